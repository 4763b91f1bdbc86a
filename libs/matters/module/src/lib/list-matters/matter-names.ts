import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import type { OrganizationDocument, PersonDocument, PracticeAreaDocument } from './matters.projection';

/**
 * The names a list of matters shows beside each row (organization, assignee, practice area), each read once per
 * list or export however many rows name it.
 */
export class MatterNames {
  private readonly known = new Map<string, Promise<ReadModelDocument | undefined>>();

  constructor(private readonly reader: Pick<ReadStore, 'get'>) {}

  organization(id: string | null) {
    return this.read<OrganizationDocument>('matter_organizations', id);
  }

  person(id: string | null) {
    return this.read<PersonDocument>('matter_people', id);
  }

  practiceArea(id: string | null) {
    return this.read<PracticeAreaDocument>('matter_practice_areas', id);
  }

  private read<T extends ReadModelDocument>(collection: string, id: string | null): Promise<T | undefined> {
    if (id === null) return Promise.resolve(undefined);
    const key = `${collection}/${id}`;
    let found = this.known.get(key);
    if (!found) {
      found = this.reader.get<T>(collection, id);
      this.known.set(key, found);
    }
    return found as Promise<T | undefined>;
  }
}
