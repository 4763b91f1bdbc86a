/**
 * The events notifications publishes to other contexts: none yet. Reading a notification and changing one's email
 * preferences are the person's own events in this context's streams, which only its projections read.
 */
export type NotificationsEvent = never;
export const notificationsEventTypes = [] as const satisfies readonly NotificationsEvent[];
