import { InvalidQueryError, ReadStoreError } from './port';
import type { CollectionSpec, FieldCondition, Scalar } from './port';

const collectionName = /^[a-z][a-z0-9_]{0,62}$/;
const fieldPath = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function checkCollectionName(name: string): string {
  if (!collectionName.test(name)) throw new ReadStoreError(`Collection name '${name}' must be lower_snake_case`);
  return name;
}

export function checkFieldPath(path: string): string {
  if (!fieldPath.test(path)) throw new InvalidQueryError(`'${path}' is not a field path`);
  return path;
}

export const maxPageSize = 1000;

export function checkPaging(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  const checkedLimit = limit ?? 50;
  const checkedOffset = offset ?? 0;
  if (!Number.isSafeInteger(checkedLimit) || checkedLimit < 0 || checkedLimit > maxPageSize) {
    throw new InvalidQueryError(`limit must be between 0 and ${maxPageSize}`);
  }
  if (!Number.isSafeInteger(checkedOffset) || checkedOffset < 0)
    throw new InvalidQueryError('offset must be 0 or more');
  return { limit: checkedLimit, offset: checkedOffset };
}

export function isCondition(value: Scalar | FieldCondition): value is FieldCondition {
  return value !== null && typeof value === 'object';
}

export function checkTextField(spec: CollectionSpec | undefined, collection: string, field: string): void {
  if (!spec?.textFields?.includes(field)) throw new InvalidQueryError(`${collection}.${field} is not searchable`);
}
