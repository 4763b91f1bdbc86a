import type { EmailCategory, EmailLanguage } from './emails';

/**
 * What each context gives the notifications mechanism: the emails its published events cause, and their texts.
 * Notifications knows no context's events or wording; `apps/api` hands it every context's contribution.
 */
export interface PublishedEventEnvelope<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly streamName: string;
  readonly position: number;
  readonly recordedAt: string;
  readonly metadata: { readonly actor: string; readonly correlationId: string; readonly occurredAt: string };
}

/** A published event union as it is delivered: `Envelope<IdentityUserEvent>` narrows on `type`. */
export type Envelope<Event extends { readonly type: string; readonly data: unknown }> = Event extends unknown
  ? PublishedEventEnvelope<Event['type'], Event['data']>
  : never;

export interface EmailRecipient {
  readonly email: string;
  readonly language: string;
  readonly name?: string;
  /** The recipient's account, when the email goes to one: their preferences decide optional categories. */
  readonly userId?: string;
}

/** The people notifications knows, for rules that write to a role rather than to a person named in the event. */
export interface PeopleDirectory {
  admins(): Promise<readonly EmailRecipient[]>;
  /** An active person by account id (a request's legal team, say); undefined for anyone unknown or deactivated. */
  person(userId: string): Promise<EmailRecipient | undefined>;
}

/**
 * Which email an event causes, to whom. `data` must derive from the event alone (it runs once, when the event is
 * first seen, and its result is stored).
 */
export interface EmailRule<Event extends PublishedEventEnvelope = PublishedEventEnvelope> {
  readonly eventType: Event['type'];
  /** A template of the same contribution. */
  readonly template: string;
  readonly category: EmailCategory;
  recipients(event: Event, people: PeopleDirectory): readonly EmailRecipient[] | Promise<readonly EmailRecipient[]>;
  data(event: Event, recipient: EmailRecipient): Record<string, unknown>;
}

/**
 * Rules over a context's published events, typed by event:
 *   const rule = emailRuleOn<IdentityUserEvent>();  rule('PasswordChanged', { recipients: (event) => … event.data.email … })
 */
export function emailRuleOn<Published extends { readonly type: string; readonly data: unknown }>() {
  return <Type extends Published['type']>(
    eventType: Type,
    rule: Omit<EmailRule<Envelope<Extract<Published, { type: Type }>>>, 'eventType'>,
  ): EmailRule =>
    // The reactor hands a rule only events of its type, so the narrowing holds.
    ({ eventType, ...rule }) as unknown as EmailRule;
}

/** A template's subject, HTML and plain-text bodies (Handlebars; `{{ }}` escapes HTML, keep it so for anything typed by people). */
export interface EmailTexts {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export type EmailTemplate = Readonly<Record<EmailLanguage, EmailTexts>>;

export interface EmailContribution {
  readonly rules: readonly EmailRule[];
  readonly templates: Readonly<Record<string, EmailTemplate>>;
}

/** One in-app notification an event causes: to a person, or to every active admin. */
export interface InAppNotice {
  readonly to: string | { readonly role: 'admins' };
  /** The kind of notification; the web client words it in the reader's language. */
  readonly kind: string;
  /** Values the text mentions (a name, an email address), already known to the reader. */
  readonly params: Readonly<Record<string, string>>;
  /** Where in the portal the notification leads, if anywhere. */
  readonly link: string | null;
}

/** What an in-app rule may know of people, as notifications' own directory has them when the event is applied. */
export interface NoticeDirectory {
  person(
    userId: string,
  ): Promise<{ readonly name: string; readonly email: string; readonly invitedBy: string | null } | undefined>;
}

/**
 * Which in-app notifications an event causes. It runs in a rebuildable projection: it must depend only on the event
 * and the directory, so that a rebuild gives the same notifications.
 */
export interface InAppRule<Event extends PublishedEventEnvelope = PublishedEventEnvelope> {
  readonly eventType: Event['type'];
  notices(event: Event, people: NoticeDirectory): readonly InAppNotice[] | Promise<readonly InAppNotice[]>;
}

export function inAppRuleOn<Published extends { readonly type: string; readonly data: unknown }>() {
  return <Type extends Published['type']>(
    eventType: Type,
    notices: InAppRule<Envelope<Extract<Published, { type: Type }>>>['notices'],
  ): InAppRule =>
    // The inbox hands a rule only events of its type, so the narrowing holds.
    ({ eventType, notices }) as unknown as InAppRule;
}

export interface InAppContribution {
  /** Bumped whenever its rules change, so that the inbox is rebuilt with them (blue/green). */
  readonly version: number;
  /** Every kind the rules may give, so that the web client can be checked to word each of them. */
  readonly kinds: readonly string[];
  readonly rules: readonly InAppRule[];
}

const multilineBrand = Symbol('multiline');

/** A value whose line breaks an email keeps (a note, a long answer); every other value is one line. */
export interface MultilineText {
  readonly [multilineBrand]: true;
  readonly text: string;
}

export function multiline(text: string): MultilineText {
  return { [multilineBrand]: true, text };
}

export function isMultiline(value: unknown): value is MultilineText {
  return typeof value === 'object' && value !== null && multilineBrand in value;
}
