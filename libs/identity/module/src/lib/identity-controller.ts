import { applyDecorators, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/** The class decorators of an identity slice's controller: its OpenAPI tag, its path under identity/, and who may call it when that holds for every route of the class. */
export const IdentityController = (path: string, ...access: ClassDecorator[]) =>
  applyDecorators(ApiTags('identity'), Controller(`identity/${path}`), ...access);
