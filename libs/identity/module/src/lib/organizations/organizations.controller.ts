import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, idCreatedBy, ProjectionsService, Public, ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { listOrganizationsQuery, organizationIdParams, organizationRequest, signUpPolicyRequest } from '@lexport/identity-published';
import type { OrganizationView, SignUpPolicyView } from '@lexport/identity-published';
import type { FindQuery } from '@lexport/shared-readstore';
import { normalizeEmailDomains, organizationMustExist } from '@lexport/identity-domain';
import { createZodDto } from 'nestjs-zod';
import { UserAccounts } from '../users/user-accounts';
import { Organizations } from './organizations';
import type { OrganizationDocument } from './organizations.projection';
import { organizationsProjection } from './organizations.projection';

class OrganizationBody extends createZodDto(organizationRequest) {}
class OrganizationIdParams extends createZodDto(organizationIdParams) {}
class ListOrganizationsParameters extends createZodDto(listOrganizationsQuery) {}
class SignUpPolicyBody extends createZodDto(signUpPolicyRequest) {}

const toView = ({ sortName: _sortName, ...view }: OrganizationDocument): OrganizationView => view;

/** The client organizations the firm serves. Legal staff read them; admins create and change them. */
@ApiTags('identity')
@Controller('identity/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: Organizations,
    private readonly accounts: UserAccounts,
    private readonly projections: ProjectionsService,
  ) {}

  @Get()
  @RequireRoles('staff', 'admin')
  @ReadsProjections(organizationsProjection.name)
  @ApiOperation({ summary: 'Client organizations by name' })
  async list(@Query() query: ListOrganizationsParameters): Promise<PageOf<OrganizationView>> {
    const where: FindQuery['where'] = query.search ? { name: { contains: query.search } } : {};
    const page = await this.projections.reader(organizationsProjection.name).find<OrganizationDocument>('organizations', { where, sort: [{ field: 'sortName' }], limit: query.limit, offset: query.offset });
    return { ...page, items: page.items.map(toView) };
  }

  @Post()
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Add a client organization' })
  async create(@Body() body: OrganizationBody, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const organizationId = idCreatedBy(context, 'organization');
    const at = this.accounts.now();
    const as = { ...context, actor: admin.id };
    const emailDomains = normalizeEmailDomains(body.emailDomains);
    await this.organizations.claimDomains(organizationId, emailDomains, at, as);
    const outcome = await this.organizations.execute(organizationId, { type: 'CreateOrganization', data: { organizationId, ...body, emailDomains, by: admin.id, at } }, as);
    return { id: organizationId, revision: outcome.revision, position: outcome.position };
  }

  @Put(':organizationId')
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Rename an organization, change its sign-up domains or what its clients see' })
  async update(@Param() params: OrganizationIdParams, @Body() body: OrganizationBody, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const current = organizationMustExist(await this.organizations.state(params.organizationId));
    const at = this.accounts.now();
    const as = { ...context, actor: admin.id };
    const emailDomains = normalizeEmailDomains(body.emailDomains);
    const added = emailDomains.filter((domain) => !current.emailDomains.includes(domain));
    await this.organizations.claimDomains(params.organizationId, added, at, as);
    // The domains it loses are given back by the releaseEmailDomainsOfOrganization workflow.
    const outcome = await this.organizations.execute(params.organizationId, { type: 'UpdateOrganization', data: { ...body, emailDomains, by: admin.id, at } }, as);
    return { id: params.organizationId, revision: outcome.revision, position: outcome.position };
  }
}

/** Whether the sign-in page offers "Sign up": anyone may ask; only admins change it. */
@ApiTags('identity')
@Controller('identity/sign-up-policy')
export class SignUpPolicyController {
  constructor(
    private readonly organizations: Organizations,
    private readonly accounts: UserAccounts,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The sign-up policy: disabled, open or allowed email domains, and whether an admin approves new accounts' })
  async show(): Promise<SignUpPolicyView> {
    return this.organizations.signUpPolicy();
  }

  @Put()
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Change the sign-up policy' })
  async change(@Body() body: SignUpPolicyBody, @CurrentUser() admin: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const outcome = await this.organizations.changeSignUpPolicy({ type: 'ChangeSignUpPolicy', data: { ...body, by: admin.id, at: this.accounts.now() } }, { ...context, actor: admin.id });
    return { id: 'sign-up-policy', revision: outcome.revision, position: outcome.position };
  }
}
