import { timingSafeEqual } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from './access';
import type { LexportConfig } from './config';
import { LEXPORT_CONFIG } from './tokens';

/**
 * Operators are signed-in users with the operator role, or tools holding the bearer token set in OPERATOR_TOKEN
 * (the projections CLI). Without either, the operations API stays closed.
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(@Inject(LEXPORT_CONFIG) private readonly config: LexportConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>().user;
    if (user?.roles.includes('operator')) return true;
    if (user) throw new ForbiddenException('Only operators may use the operations API.');
    const expected = this.config.operatorToken;
    // Without a configured token, signing in as an operator is the only way in: anonymous callers are unauthenticated.
    if (!expected) throw new UnauthorizedException('Sign in as an operator (or set OPERATOR_TOKEN for tools).');
    const header = context.switchToHttp().getRequest<Request>().header('authorization') ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    if (!match?.[1]) throw new UnauthorizedException('Send the operator token as "Authorization: Bearer <token>".');
    const given = Buffer.from(match[1]);
    const wanted = Buffer.from(expected);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
      throw new UnauthorizedException('The operator token is wrong.');
    return true;
  }
}
