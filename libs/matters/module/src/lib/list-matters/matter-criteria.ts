import type { FindQuery, FieldCondition, Scalar } from '@lexport/shared-readstore';
import type { MatterSortField } from '@lexport/matters-published';

export interface MatterFilters {
  readonly search?: string | undefined;
  readonly kind?: readonly string[] | undefined;
  readonly status?: readonly string[] | undefined;
  readonly practiceAreaId?: readonly string[] | undefined;
  readonly requestTypeId?: readonly string[] | undefined;
  readonly organizationId?: readonly string[] | undefined;
  readonly assigneeId?: readonly string[] | undefined;
  readonly sort: MatterSortField;
  readonly direction: 'asc' | 'desc';
}

const anyOf = (values: readonly string[] | undefined): FieldCondition | undefined =>
  values && values.length > 0 ? { in: values } : undefined;

/**
 * The read-store query of a list (a page, or an export of it all). The reader's visibility comes last, so that no
 * filter a client sends can widen what they see.
 */
export function matterQuery(
  filters: MatterFilters,
  visibility: Readonly<Record<string, Scalar>>,
): Pick<FindQuery, 'where' | 'sort'> {
  const conditions: Record<string, Scalar | FieldCondition | undefined> = {
    kind: anyOf(filters.kind),
    status: anyOf(filters.status),
    practiceAreaId: anyOf(filters.practiceAreaId),
    requestTypeId: anyOf(filters.requestTypeId),
    organizationId: anyOf(filters.organizationId),
    assigneeId: anyOf(filters.assigneeId),
    searchText: filters.search ? { contains: filters.search.toLowerCase() } : undefined,
    ...visibility,
  };
  const where = Object.fromEntries(
    Object.entries(conditions).filter((entry): entry is [string, Scalar | FieldCondition] => entry[1] !== undefined),
  );
  return {
    where,
    // Ties (the same status, the same day) keep a stable order, newest first.
    sort: [
      { field: filters.sort, direction: filters.direction },
      ...(filters.sort === 'requestedAt' ? [] : [{ field: 'requestedAt', direction: 'desc' as const }]),
    ],
  };
}
