import { Injectable } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import { ProjectionsService } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import type { Scalar } from '@lexport/shared-readstore';
import type { MatterDocument, OrganizationDocument } from './matters.projection';
import { mattersProjection } from './matters.projection';

export const isStaff = (user: AuthenticatedUser) => user.roles.includes('staff') || user.roles.includes('admin');

/**
 * Who sees which matters: staff see all; a client sees their own, and their organization's when it shares
 * requests (`requestVisibility: organization`). Another organization's matter does not exist for them (404).
 */
@Injectable()
export class MatterAccess {
  constructor(private readonly projections: ProjectionsService) {}

  /** The conditions a list query adds for this reader. */
  async visibleTo(user: AuthenticatedUser): Promise<Readonly<Record<string, Scalar>>> {
    if (isStaff(user)) return {};
    if (user.organizationId !== null && (await this.sharesRequests(user.organizationId)))
      return { organizationId: user.organizationId };
    return { requesterId: user.id };
  }

  async mayRead(user: AuthenticatedUser, matter: MatterDocument): Promise<boolean> {
    if (isStaff(user)) return true;
    if (matter.requesterId === user.id) return true;
    return (
      user.organizationId !== null &&
      matter.organizationId === user.organizationId &&
      (await this.sharesRequests(user.organizationId))
    );
  }

  async readable(user: AuthenticatedUser, matterId: string): Promise<MatterDocument> {
    const matter = await this.projections.reader(mattersProjection.name).get<MatterDocument>('matters', matterId);
    if (!matter || !(await this.mayRead(user, matter)))
      throw new DomainError('matter-not-found', 'not-found', 'There is no such matter or case', { matterId });
    return matter;
  }

  /** The files this reader may see: internal notes' files are the legal team's only. */
  filesFor(user: AuthenticatedUser, matter: MatterDocument): MatterDocument['attachments'] {
    return isStaff(user) ? matter.attachments : matter.attachments.filter((file) => !file.internal);
  }

  private async sharesRequests(organizationId: string): Promise<boolean> {
    const organization = await this.projections
      .reader(mattersProjection.name)
      .get<OrganizationDocument>('matter_organizations', organizationId);
    // An organization not yet known here shares nothing: the narrower view until its settings arrive.
    return (organization?.requestVisibility ?? 'own') === 'organization';
  }
}
