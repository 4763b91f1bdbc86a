import { computed, inject, Injectable, signal } from '@angular/core';
import type { OrganizationView } from '@lexport/identity-published';
import { firstValueFrom } from 'rxjs';
import { OrganizationsApi } from './organizations-api';

/**
 * The client organizations, shared by the users page and its dialogs (names in the list, choices when inviting or
 * approving, names in an account's history). The organizations page reloads it after each change.
 */
@Injectable({ providedIn: 'root' })
export class OrganizationsStore {
  private readonly api = inject(OrganizationsApi);
  private readonly list = signal<readonly OrganizationView[]>([]);
  readonly organizations = this.list.asReadonly();
  private readonly names = computed(
    () => new Map(this.list().map((organization) => [organization.id, organization.name])),
  );

  /** Loads the list (all of them: a firm has hundreds at most); a failure keeps the last list and is thrown. */
  async load(): Promise<readonly OrganizationView[]> {
    const page = await firstValueFrom(this.api.list({ limit: 500 }));
    this.list.set(page.items);
    return page.items;
  }

  /** The organization's name, or its id while the list is not loaded. */
  nameOf(organizationId: string): string {
    return this.names().get(organizationId) ?? organizationId;
  }
}
