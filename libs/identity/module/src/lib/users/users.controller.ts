import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, idCreatedBy, LEXPORT_CONFIG, ProjectionsService, ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext, LexportConfig } from '@lexport/shared-platform';
import type { FieldCondition, Scalar } from '@lexport/shared-readstore';
import { approveSignUpRequest, changeRolesRequest, inviteUserRequest, listUsersQuery, userIdParams } from '@lexport/identity-published';
import type { UserHistoryEntry, UserHistoryView, UserView } from '@lexport/identity-published';
import { DomainError } from '@lexport/shared-ddd';
import { actionsOnAccount, adminMayNotDeactivateThemselves, adminMayNotDropOwnAdminRole, rolesMustFit } from '@lexport/identity-domain';
import { Organizations } from '../organizations/organizations';
import { createZodDto } from 'nestjs-zod';
import { CredentialStore } from '../credentials/credential-store';
import { UserAccounts } from './user-accounts';
import type { UserDocument } from './users.projection';
import { roleTag, usersProjection } from './users.projection';

class InviteUserBody extends createZodDto(inviteUserRequest) {}
class ListUsersParameters extends createZodDto(listUsersQuery) {}
class UserIdParams extends createZodDto(userIdParams) {}
class ChangeRolesBody extends createZodDto(changeRolesRequest) {}
class ApproveSignUpBody extends createZodDto(approveSignUpRequest) {}

const toView =
  (admin: AuthenticatedUser) =>
  ({ sortName: _sortName, searchText: _searchText, roleTags: _roleTags, ...view }: UserDocument): UserView => ({ ...view, actions: actionsOnAccount(view.status, view.id === admin.id) });

/** The event fields an admin may read in the history; identifiers of links (invitation, reset) stay out. */
const historyFields = ['roles', 'previousRoles', 'organizationId', 'organizationName', 'name', 'email', 'language', 'reason', 'lockedUntil', 'expiresAt'] as const;

/** Events that email someone carry the recipient's name, address and language; only these events are about them. */
const personFields = new Set(['name', 'email', 'language']);
const eventsAboutThePerson = new Set(['UserInvited', 'UserSignedUp', 'ProfileUpdated']);

function detailsOf(type: string, data: unknown): Record<string, string> {
  const record = (data ?? {}) as Record<string, unknown>;
  const details: Record<string, string> = {};
  for (const field of historyFields) {
    if (personFields.has(field) && !eventsAboutThePerson.has(type)) continue;
    const value = record[field];
    if (Array.isArray(value)) details[field] = value.join(', ');
    else if (typeof value === 'string' && value) details[field] = value;
  }
  return details;
}

/** Admins manage accounts: invite, resend, withdraw, deactivate, reactivate. */
@ApiTags('identity')
@RequireRoles('admin')
@Controller('identity/users')
export class UsersController {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly projections: ProjectionsService,
    private readonly organizations: Organizations,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  @Get()
  @ReadsProjections(usersProjection.name)
  @ApiOperation({ summary: 'Users, searchable by name or email, filtered by role or status' })
  async list(@Query() query: ListUsersParameters, @CurrentUser() admin: AuthenticatedUser): Promise<PageOf<UserView>> {
    const where: Record<string, Scalar | FieldCondition> = {};
    if (query.status) where['status'] = query.status;
    if (query.organizationId) where['organizationId'] = query.organizationId;
    if (query.search) where['searchText'] = { contains: query.search.toLowerCase() };
    if (query.role) where['roleTags'] = { contains: roleTag(query.role) };
    const page = await this.projections.reader(usersProjection.name).find<UserDocument>('users', { where, sort: [{ field: 'sortName' }], limit: query.limit, offset: query.offset });
    return { ...page, items: page.items.map(toView(admin)) };
  }

  @Post()
  @ApiOperation({ summary: 'Invite a user by email; they receive a link to choose a password' })
  async invite(@Body() body: InviteUserBody, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    rolesMustFit(body.roles, body.organizationId);
    if (body.organizationId) await this.organizations.mustExist(body.organizationId);
    const userId = idCreatedBy(context, 'user');
    const as = { ...context, actor: admin.id };
    await this.accounts.claimEmail(body.email, userId, as);
    const now = this.accounts.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.invitationHours * 3_600_000).toISOString();
    const outcome = await this.accounts.execute(
      userId,
      { type: 'InviteUser', data: { userId, ...body, invitationId: randomUUID(), invitedBy: admin.id, inviterName: admin.name, expiresAt, at: now.toISOString() } },
      as,
    );
    return { id: userId, revision: outcome.revision, position: outcome.position };
  }

  @Post(':userId/invitation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the invitation again with a new link (older links stop working)' })
  async resend(@Param() params: UserIdParams, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const now = this.accounts.clock.now();
    const outcome = await this.accounts.execute(
      params.userId,
      {
        type: 'ResendInvitation',
        data: { invitationId: randomUUID(), expiresAt: new Date(now.getTime() + this.config.invitationHours * 3_600_000).toISOString(), by: admin.id, byName: admin.name, at: now.toISOString() },
      },
      { ...context, actor: admin.id },
    );
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Delete(':userId/invitation')
  @ApiOperation({ summary: 'Withdraw an invitation; its link stops working and the address is free again' })
  async revoke(@Param() params: UserIdParams, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const as = { ...context, actor: admin.id };
    const outcome = await this.accounts.execute(params.userId, { type: 'RevokeInvitation', data: { by: admin.id, at: this.accounts.now() } }, as);
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Post(':userId/deactivation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an account: it can no longer sign in and its sessions end' })
  async deactivate(@Param() params: UserIdParams, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    adminMayNotDeactivateThemselves(admin.id, params.userId);
    const outcome = await this.accounts.execute(params.userId, { type: 'DeactivateUser', data: { by: admin.id, at: this.accounts.now() } }, { ...context, actor: admin.id });
    await this.credentials.closeSessionsOf(params.userId);
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Delete(':userId/deactivation')
  @ApiOperation({ summary: 'Reactivate a deactivated account' })
  async reactivate(@Param() params: UserIdParams, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const outcome = await this.accounts.execute(params.userId, { type: 'ReactivateUser', data: { by: admin.id, at: this.accounts.now() } }, { ...context, actor: admin.id });
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Put(':userId/roles')
  @ApiOperation({ summary: "Change a user's roles and client organization; it takes effect on their next request" })
  async changeRoles(@Param() params: UserIdParams, @Body() body: ChangeRolesBody, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    rolesMustFit(body.roles, body.organizationId);
    adminMayNotDropOwnAdminRole(admin.id, params.userId, body.roles);
    if (body.organizationId) await this.organizations.mustExist(body.organizationId);
    const outcome = await this.accounts.execute(params.userId, { type: 'ChangeRoles', data: { ...body, by: admin.id, at: this.accounts.now() } }, { ...context, actor: admin.id });
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Post(':userId/sign-up/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a confirmed sign-up into a client organization; the person can sign in and is told by email' })
  async approve(@Param() params: UserIdParams, @Body() body: ApproveSignUpBody, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    await this.organizations.mustExist(body.organizationId);
    const outcome = await this.accounts.execute(params.userId, { type: 'ApproveSignUp', data: { organizationId: body.organizationId, by: admin.id, at: this.accounts.now() } }, { ...context, actor: admin.id });
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Post(':userId/sign-up/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a sign-up; the account never opens and the address is free again' })
  async decline(@Param() params: UserIdParams, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const as = { ...context, actor: admin.id };
    const outcome = await this.accounts.execute(params.userId, { type: 'DeclineSignUp', data: { by: admin.id, at: this.accounts.now() } }, as);
    return { id: params.userId, revision: outcome.revision, position: outcome.position };
  }

  @Get(':userId/history')
  @ApiOperation({ summary: "An account's audit history: every change, when and by whom (no secrets)" })
  async history(@Param() params: UserIdParams): Promise<UserHistoryView> {
    const events = await this.accounts.history(params.userId);
    if (events.length === 0) throw new DomainError('user-not-found', 'not-found', 'There is no such user');
    const reader = this.projections.reader(usersProjection.name);
    const names = new Map<string, string | null>();
    const nameOf = async (actor: string) => {
      const userId = actor.startsWith('sign-up:') ? actor.slice('sign-up:'.length) : actor;
      if (!names.has(userId)) names.set(userId, (await reader.get<UserDocument>('users', userId))?.name ?? null);
      return names.get(userId) ?? null;
    };
    const items: UserHistoryEntry[] = [];
    for (const event of events) {
      items.push({ id: event.id, type: event.type, occurredAt: event.metadata.occurredAt, actor: event.metadata.actor, actorName: await nameOf(event.metadata.actor), details: detailsOf(event.type, event.data) });
    }
    return { items: items.reverse() };
  }
}
