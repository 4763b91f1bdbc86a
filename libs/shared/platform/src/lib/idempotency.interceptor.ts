import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import type { Clock } from '@lexport/shared-ddd';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import type { Request } from 'express';
import { catchError, from, switchMap, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { idempotencyKeyPattern } from './command-context';
import { ProblemDetailsFilter } from './problem-details.filter';
import { requestFingerprint } from './request-fingerprint';
import { InvalidHeaderException } from './errors';
import { CLOCK, READ_STORE } from './tokens';

export const idempotencyKeysCollection = 'idempotency_keys';

/** How long a key stays bound to its request; a client retries within minutes, not days. */
const keyLifetimeMs = 24 * 3_600_000;

const sweepEveryMs = 3_600_000;

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface IdempotencyKeyDocument extends ReadModelDocument {
  readonly caller: string;
  readonly fingerprint: string;
  readonly firstUsedAt: string;
}

/**
 * An Idempotency-Key belongs to the caller who first sent it and to that request (method, URL, body). A retry of the
 * same request runs the command again, which finds what the first attempt wrote (ids derive from the key) and answers
 * the same; the key reused by someone else or for another request is refused with 422, as the IETF Idempotency-Key
 * draft asks, instead of silently answering with another request's result.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit, OnModuleDestroy {
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.readStore.ensureCollection(idempotencyKeysCollection, { indexes: ['firstUsedAt'] });
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), sweepEveryMs);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /** Forgets lapsed bindings, a page at a time, so that the collection holds about a day of keys. */
  async sweep(): Promise<number> {
    const lapsedBefore = new Date(this.clock.now().getTime() - keyLifetimeMs).toISOString();
    const lapsed = await this.readStore.find<IdempotencyKeyDocument>(idempotencyKeysCollection, {
      where: { firstUsedAt: { lt: lapsedBefore } },
      limit: 500,
    });
    await this.readStore.transaction(async (writer) => {
      for (const binding of lapsed.items) await writer.delete(idempotencyKeysCollection, binding.id);
    });
    return lapsed.items.length;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: { id?: string } }>();
    const key = request.header(idempotencyKeyHeader);
    if (key === undefined || !unsafeMethods.has(request.method)) return next.handle();
    if (!idempotencyKeyPattern.test(key))
      throw new InvalidHeaderException(idempotencyKeyHeader, 'must be 8 to 128 letters, digits or - _ . :');
    const id = createHash('sha256').update(key).digest('hex');
    return from(this.bind(id, request.user?.id ?? 'anonymous', requestFingerprint(request))).pipe(
      switchMap((bound) =>
        next.handle().pipe(
          catchError((error: unknown) => {
            // A request refused as it stands (invalid input, a rule) leaves its key free for the corrected request.
            const refused = bound && new ProblemDetailsFilter().toProblem(error).status < 500;
            return refused
              ? from(this.unbind(id)).pipe(switchMap(() => throwError(() => error)))
              : throwError(() => error);
          }),
        ),
      ),
    );
  }

  /** Binds the key to this caller and request; true when this request is the one that bound it. */
  private async bind(id: string, caller: string, fingerprint: string): Promise<boolean> {
    const now = this.clock.now();
    return this.readStore.transaction(async (writer) => {
      const existing = await writer.get<IdempotencyKeyDocument>(idempotencyKeysCollection, id);
      if (existing && Date.parse(existing.firstUsedAt) > now.getTime() - keyLifetimeMs) {
        if (existing.caller === caller && existing.fingerprint === fingerprint) return false;
        throw new DomainError(
          'idempotency-key-reused',
          'invalid',
          'This Idempotency-Key was already used for another request; use a new key for a new request.',
          {
            header: idempotencyKeyHeader,
          },
        );
      }
      await writer.upsert(idempotencyKeysCollection, {
        id,
        caller,
        fingerprint,
        firstUsedAt: now.toISOString(),
      } satisfies IdempotencyKeyDocument);
      return true;
    });
  }

  private async unbind(id: string): Promise<void> {
    await this.readStore.transaction((writer) => writer.delete(idempotencyKeysCollection, id));
  }
}
