import { createParamDecorator, SetMetadata } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export type AccessRole = 'client' | 'staff' | 'admin' | 'operator';

/** Who is signed in, as the identity module's session guard puts it on the request. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly AccessRole[];
  readonly organizationId: string | null;
  readonly language: string;
}

export const publicAccessKey = 'lexport:public';
export const requiredRolesKey = 'lexport:roles';

/** Anyone may call it, signed in or not (the session, if any, is still read). */
export const Public = () => SetMetadata(publicAccessKey, true);

/** Signed-in users holding at least one of these roles. Without it (and without @Public) any signed-in user may call. */
export const RequireRoles = (...roles: AccessRole[]) => SetMetadata(requiredRolesKey, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    (context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>().user ??
      null) as AuthenticatedUser | null,
);
