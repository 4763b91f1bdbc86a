import { userIdParams } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';

export class UserIdParams extends createZodDto(userIdParams) {}
