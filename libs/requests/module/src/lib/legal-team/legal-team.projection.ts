import type { Recorded } from '@lexport/shared-eventstore';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { IdentityUserEvent, UserRole } from '@lexport/identity-published';

/** A person of the firm's side, as the requests context knows them from identity's published events. */
export interface TeamMemberDocument extends ReadModelDocument {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly UserRole[];
  readonly active: boolean;
  /** Staff or admin, and active: may be a practice area's member or a type's default assignee. */
  readonly onLegalTeam: boolean;
}

const eventTypes = [
  'UserInvited',
  'UserSignedUp',
  'InvitationRevoked',
  'SignUpDeclined',
  'RolesChanged',
  'ProfileUpdated',
  'UserDeactivated',
  'UserReactivated',
] as const satisfies readonly IdentityUserEvent['type'][];
type Handled = Recorded<Extract<IdentityUserEvent, { type: (typeof eventTypes)[number] }>>;

const legalRoles: readonly UserRole[] = ['staff', 'admin'];
type Member = Pick<TeamMemberDocument, 'id' | 'name' | 'email' | 'roles' | 'active'>;
const withTeam = (member: Member): TeamMemberDocument => ({
  ...member,
  onLegalTeam: member.active && member.roles.some((role) => legalRoles.includes(role)),
});

export const legalTeamProjection = defineProjection<Handled>({
  name: 'request_legal_team',
  version: 2,
  collections: { legal_team_members: { indexes: ['onLegalTeam'] } },
  eventTypes,
  async apply(event, writer) {
    if (event.type === 'UserInvited') {
      // Clients sign up rather than being invited onto the legal team, so invitations are where staff come from.
      await writer.upsert(
        'legal_team_members',
        withTeam({
          id: event.data.userId,
          name: event.data.name,
          email: event.data.email,
          roles: event.data.roles,
          active: true,
        }),
      );
      return;
    }
    if (event.type === 'UserSignedUp') {
      // Someone who signed up is a client; an admin may make them staff later (RolesChanged).
      await writer.upsert(
        'legal_team_members',
        withTeam({
          id: event.data.userId,
          name: event.data.name,
          email: event.data.email,
          roles: ['client'],
          active: true,
        }),
      );
      return;
    }
    const member = await writer.get<TeamMemberDocument>('legal_team_members', event.data.userId);
    if (!member) return;
    switch (event.type) {
      case 'RolesChanged':
        await writer.upsert('legal_team_members', withTeam({ ...member, roles: event.data.roles }));
        return;
      case 'ProfileUpdated':
        await writer.upsert('legal_team_members', withTeam({ ...member, name: event.data.name }));
        return;
      case 'InvitationRevoked':
      case 'SignUpDeclined':
      case 'UserDeactivated':
        await writer.upsert('legal_team_members', withTeam({ ...member, active: false }));
        return;
      case 'UserReactivated':
        await writer.upsert('legal_team_members', withTeam({ ...member, active: true }));
        return;
    }
  },
});
