/**
 * The problem codes notifications' routes answer besides the shared ones (`sharedProblemCodes`). Keep in sync with
 * `libs/notifications/domain` and `libs/notifications/module`: problems.unit.spec.ts reads their sources and fails
 * on a code thrown there and missing here.
 */
export const notificationsProblemCodes = ['notifications-required', 'email-category-mandatory'] as const;
export type NotificationsProblemCode = (typeof notificationsProblemCodes)[number];
