import { invitationQuery } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';

/** `?token=` of an emailed link (invitation, password reset, email confirmation). */
export class TokenQuery extends createZodDto(invitationQuery) {}
