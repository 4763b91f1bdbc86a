import { organizationRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';

/** What an admin says about an organization, when creating it and when changing it. */
export class OrganizationBody extends createZodDto(organizationRequest) {}
