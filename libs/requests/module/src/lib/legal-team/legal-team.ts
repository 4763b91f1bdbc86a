import { Injectable } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import { ProjectionsService } from '@lexport/shared-platform';
import { legalTeamProjection } from './legal-team.projection';
import type { TeamMemberDocument } from './legal-team.projection';

/** Who is on the legal team now (active staff and admins), as the requests context knows from identity's events. */
@Injectable()
export class LegalTeam {
  constructor(private readonly projections: ProjectionsService) {}

  /** The ones of `userIds` still on the legal team, in the same order. */
  async onTeam(userIds: readonly string[]): Promise<string[]> {
    const reader = this.projections.reader(legalTeamProjection.name);
    const members = await Promise.all(
      userIds.map((userId) => reader.get<TeamMemberDocument>('legal_team_members', userId)),
    );
    return userIds.filter((_userId, index) => members[index]?.onLegalTeam === true);
  }

  /** A request must never go to a client (of another organization, say) nor to someone who left. */
  async mustAllBeOnTeam(userIds: readonly string[], field: string, single = false): Promise<void> {
    const onTeam = new Set(await this.onTeam(userIds));
    const errors = userIds.flatMap((userId, index) =>
      onTeam.has(userId)
        ? []
        : [
            {
              pointer: single ? `/${field}` : `/${field}/${index}`,
              field: single ? field : `${field}.${index}`,
              code: 'not-on-legal-team',
              message: 'This person is not an active member of the legal team',
            },
          ],
    );
    if (errors.length > 0)
      throw new DomainError('not-on-legal-team', 'invalid', 'Only active staff may take requests', { errors });
  }
}
