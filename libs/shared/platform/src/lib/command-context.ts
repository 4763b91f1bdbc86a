import { createHash, randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { correlationIdHeader, idempotencyKeyHeader } from '@lexport/shared-published';
import type { Request } from 'express';
import { InvalidHeaderException } from './errors';
import { requestFingerprint } from './request-fingerprint';

/** Who asks, and which command this is: becomes each event's metadata. */
export interface CommandContext {
  /** Unique per command; a retry with the same Idempotency-Key reuses it, so its events get the same ids. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly actor: string;
}

export const idempotencyKeyPattern = /^[A-Za-z0-9_.:-]{8,128}$/;

export function commandContextFrom(request: Request): CommandContext {
  const idempotencyKey = request.header(idempotencyKeyHeader);
  if (idempotencyKey !== undefined && !idempotencyKeyPattern.test(idempotencyKey)) {
    throw new InvalidHeaderException(idempotencyKeyHeader, 'must be 8 to 128 letters, digits or - _ . :');
  }
  const correlation = request.header(correlationIdHeader);
  const user = (request as Request & { user?: { id?: string } }).user;
  // Until a session says otherwise the actor is anonymous; commands that need a person require a role first.
  return {
    // The key with its caller and its request: only the same request from the same caller is the same command, so a
    // key reused for something else (even after its binding has lapsed) can never replay another request's outcome.
    commandId: idempotencyKey
      ? uuidFromName(`${user?.id ?? 'anonymous'}\n${requestFingerprint(request)}\n${idempotencyKey}`)
      : randomUUID(),
    correlationId: correlation && idempotencyKeyPattern.test(correlation) ? correlation : randomUUID(),
    actor: user?.id ?? 'anonymous',
  };
}

/**
 * The id of something a command creates (a user, an organization), derived from the command id: a retry with the same
 * Idempotency-Key creates nothing new, it finds what the first attempt created.
 */
export function idCreatedBy(context: CommandContext, what: string): string {
  return uuidFromName(`${context.commandId}/creates/${what}`);
}

/** The context of a follow-up step of a command (a compensation, a release): deterministic too, so a retry repeats it once. */
export function followUpOf(context: CommandContext, step: string): CommandContext {
  return { ...context, commandId: uuidFromName(`${context.commandId}/${step}`) };
}

/** The command's id, correlation and actor, read from the request (named apart from @nestjs/cqrs's `Command` class). */
export const CommandMetadata = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  commandContextFrom(context.switchToHttp().getRequest<Request>()),
);

const namespace = Buffer.from('6f1c7c1e6a3b4e0e9d2a4b8f0c1d2e3f', 'hex');

/** RFC 9562 version 5 (SHA-1, name-based) UUID: the same name always gives the same id. */
export function uuidFromName(name: string): string {
  const hash = createHash('sha1').update(namespace).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
