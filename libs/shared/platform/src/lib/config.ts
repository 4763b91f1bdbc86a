import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { frameAncestorsSetting, trustProxySetting } from './transport-config';
import type { TrustProxy } from './transport-config';

const boolean = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LEXPORT_DATA_DIR: z.string().min(1).default('./data'),
  SQLITE_PATH: z.string().min(1).optional(),
  EVENTSTORE_URL: z
    .string()
    .regex(
      /^(esdb|kurrentdb|kurrent)(\+discover)?:\/\/\S+$/,
      'must be an esdb://, esdb+discover:// or kurrentdb:// connection string',
    )
    .optional(),
  MONGO_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
    .optional(),
  MONGO_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/)
    .default('lexport'),
  OPERATOR_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  READ_YOUR_WRITES_TIMEOUT_MS: z.coerce.number().int().min(0).max(30_000).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: boolean.default(false),
  WEB_DIST: z.string().min(1).default('dist/apps/web/browser'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  DEV_MAILBOX: boolean.default(false),
  MAIL_FROM: z.string().min(3).max(320).default('Lexport <no-reply@lexport.localhost>'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  FIRM_NAME: z.string().trim().min(1).max(120).default('Lexport'),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  INSTANCE_ID: z.string().trim().min(1).max(200).optional(),
  INVITATION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  EMAIL_VERIFICATION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(24),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  REQUESTS_PER_MINUTE_PER_USER: z.coerce.number().int().min(1).max(100_000).default(600),
  TRUST_PROXY: trustProxySetting.default(false),
  FRAME_ANCESTORS: frameAncestorsSetting.default(["'none'"]),
  API_DOCS: boolean.optional(),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(1024).default(25),
});

export interface LexportConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly dataDirectory: string;
  readonly sqlitePath: string;
  readonly eventStoreUrl: string | undefined;
  readonly mongoUrl: string | undefined;
  readonly mongoDatabase: string;
  readonly operatorToken: string | undefined;
  readonly readYourWritesTimeoutMs: number;
  readonly logLevel: string;
  readonly demoData: boolean;
  readonly webDist: string;
  /** Where emails go; without it the server starts only with `developmentMailbox` (see emailDeliveryMustBeChosen). */
  readonly smtpUrl: string | undefined;
  /**
   * DEV_MAILBOX=true: emails are kept in the development mailbox, which admins read in the portal. It
   * holds every user's links (invitations, password resets), so it is an explicit choice, never in production.
   */
  readonly developmentMailbox: boolean;
  readonly mailFrom: string;
  /** Base of links in emails; defaults to http://<host>:<port>. */
  readonly publicUrl: string;
  readonly firmName: string;
  /** Signs the links sent by email (invitations, password resets) and the CSRF tokens. */
  readonly tokenSecret: string;
  readonly sessionHours: number;
  /** Names this process among the portal's instances on one store (default: the host name). */
  readonly instanceId: string;
  /** How long an invitation link works. */
  readonly invitationHours: number;
  /** How long a sign-up's email confirmation link works. */
  readonly emailVerificationHours: number;
  /** Requests per minute and route that one signed-in person may make (anonymous requests are limited per address). */
  readonly requestsPerMinutePerUser: number;
  /** Which proxies may name the client's address in X-Forwarded-For (see transport-config.ts). */
  readonly trustProxy: TrustProxy;
  /** CSP frame-ancestors sources: who may show the portal in a frame. */
  readonly frameAncestors: readonly string[];
  /** Serve the OpenAPI document and its browsable page (default: everywhere but production). */
  readonly apiDocs: boolean;
  /** The largest file one upload may carry (ATTACHMENT_MAX_MB, in MiB). */
  readonly attachmentMaxBytes: number;
  /** Where attachments are kept on disk when MONGO_URL does not put them in GridFS: `<data directory>/blobs`. */
  readonly blobDirectory: string;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Reads and checks the environment once at start-up: a wrong setting stops the process with a list of what is wrong. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): LexportConfig {
  const relevant = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const dataDirectory = resolve(values.LEXPORT_DATA_DIR);
  return {
    environment: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    dataDirectory,
    sqlitePath: resolve(dataDirectory, values.SQLITE_PATH ?? 'lexport.sqlite'),
    eventStoreUrl: values.EVENTSTORE_URL,
    mongoUrl: values.MONGO_URL,
    mongoDatabase: values.MONGO_DATABASE,
    operatorToken: values.OPERATOR_TOKEN,
    readYourWritesTimeoutMs: values.READ_YOUR_WRITES_TIMEOUT_MS,
    logLevel: values.LOG_LEVEL,
    demoData: demoData(values.DEMO_DATA, values.NODE_ENV),
    webDist: resolve(values.WEB_DIST),
    smtpUrl: values.SMTP_URL,
    developmentMailbox: developmentMailbox(values.DEV_MAILBOX, values.SMTP_URL, values.NODE_ENV),
    mailFrom: values.MAIL_FROM,
    publicUrl: (
      values.PUBLIC_URL ?? `http://${values.HOST === '0.0.0.0' ? 'localhost' : values.HOST}:${values.PORT}`
    ).replace(/\/$/, ''),
    firmName: values.FIRM_NAME,
    tokenSecret: values.TOKEN_SECRET ?? localTokenSecret(dataDirectory, values.NODE_ENV),
    sessionHours: values.SESSION_HOURS,
    instanceId: values.INSTANCE_ID ?? hostname(),
    invitationHours: values.INVITATION_HOURS,
    emailVerificationHours: values.EMAIL_VERIFICATION_HOURS,
    requestsPerMinutePerUser: values.REQUESTS_PER_MINUTE_PER_USER,
    trustProxy: values.TRUST_PROXY,
    frameAncestors: values.FRAME_ANCESTORS,
    apiDocs: values.API_DOCS ?? values.NODE_ENV !== 'production',
    attachmentMaxBytes: values.ATTACHMENT_MAX_MB * 1024 * 1024,
    blobDirectory: join(dataDirectory, 'blobs'),
  };
}

function demoData(wanted: boolean, environment: string): boolean {
  if (wanted && environment === 'production') {
    throw new ConfigurationError([
      'DEMO_DATA: not allowed in production (the demo accounts share a published password)',
    ]);
  }
  return wanted;
}

function developmentMailbox(wanted: boolean, smtpUrl: string | undefined, environment: string): boolean {
  if (!wanted) return false;
  if (environment === 'production') {
    throw new ConfigurationError([
      'DEV_MAILBOX: not allowed in production (the mailbox shows every user’s links); set SMTP_URL instead',
    ]);
  }
  if (smtpUrl) throw new ConfigurationError(['DEV_MAILBOX: choose one, SMTP_URL or DEV_MAILBOX=true, not both']);
  return true;
}

/**
 * The portal (not the operator CLI, which sends nothing) starts only when emails have somewhere to go: a real SMTP
 * server, or the development mailbox chosen on purpose.
 */
export function emailDeliveryMustBeChosen(config: Pick<LexportConfig, 'smtpUrl' | 'developmentMailbox'>): void {
  if (config.smtpUrl || config.developmentMailbox) return;
  throw new ConfigurationError([
    'SMTP_URL: emails need somewhere to go. Either set SMTP_URL (smtp:// or smtps://) to send them,',
    '  or, outside production only, set DEV_MAILBOX=true to keep them in the development mailbox (read by admins at /dev/mailbox)',
  ]);
}

/** Outside production a secret is created once per data directory, so that `npm start` needs no setting. */
function localTokenSecret(dataDirectory: string, environment: string): string {
  if (environment === 'production')
    throw new ConfigurationError(['TOKEN_SECRET: required in production (32 characters or more)']);
  const file = join(dataDirectory, 'token-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDirectory, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
