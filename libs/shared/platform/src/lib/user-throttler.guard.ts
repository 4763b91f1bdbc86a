import type { ExecutionContext, Provider } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerStorageService } from '@nestjs/throttler';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { AuthenticatedUser } from './access';
import type { LexportConfig } from './config';
import { LEXPORT_CONFIG } from './tokens';

type UserRequest = Request & { user?: AuthenticatedUser };

const userOf = (context: ExecutionContext) => context.switchToHttp().getRequest<UserRequest>().user;

/**
 * Limits each signed-in person per route, so that a firm whose clients share one egress address is not limited as
 * one person. It needs the user the session guard found, so it is not a module guard (those run before the session
 * guard) but is added by `configureApplication` after them; anonymous requests are left to the per-address limit.
 */
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http' || !userOf(context);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return `user:${(request['user'] as AuthenticatedUser | undefined)?.id ?? ''}`;
  }
}

const userThrottlerStorage = Symbol('UserThrottlerStorage');

export const userThrottlerProviders: Provider[] = [
  { provide: userThrottlerStorage, useClass: ThrottlerStorageService },
  {
    provide: UserThrottlerGuard,
    useFactory: (config: LexportConfig, storage: ThrottlerStorage, reflector: Reflector) =>
      new UserThrottlerGuard(
        { throttlers: [{ name: 'user', ttl: 60_000, limit: config.requestsPerMinutePerUser }] },
        storage,
        reflector,
      ),
    inject: [LEXPORT_CONFIG, userThrottlerStorage, Reflector],
  },
];
