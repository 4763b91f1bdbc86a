import { Injectable, inject } from '@angular/core';
import type { CategoryView, LegalTeamMemberView, LocalizedText, PracticeAreaView } from '@lexport/requests-published';
import { CategoriesApi, LegalTeamApi, PracticeAreasApi } from '@lexport/web-requests-data-access';
import { forkJoin, map } from 'rxjs';
import type { Observable } from 'rxjs';

/** What a request type refers to, to choose from and to show by name. */
export interface References {
  readonly categories: readonly CategoryView[];
  readonly practiceAreas: readonly PracticeAreaView[];
  readonly team: readonly LegalTeamMemberView[];
}

/** The API's largest page of categories: the catalogue holds far fewer. */
const allCategories = 200;

@Injectable({ providedIn: 'root' })
export class RequestTypeReferences {
  private readonly categories = inject(CategoriesApi);
  private readonly practiceAreas = inject(PracticeAreasApi);
  private readonly team = inject(LegalTeamApi);

  load(): Observable<References> {
    return forkJoin({
      categories: this.categories
        .list({ sort: 'name', direction: 'asc', limit: allCategories })
        .pipe(map((page) => page.items)),
      practiceAreas: this.practiceAreas.list(),
      team: this.team.list(),
    });
  }
}

export type UiLanguage = keyof LocalizedText;

export function uiLanguage(language: string): UiLanguage {
  return language === 'fr' ? 'fr' : 'en';
}

/** A text in the reader's language, or in the other one while it is missing there. */
export function localized(text: LocalizedText, language: string): string {
  const own = uiLanguage(language);
  return text[own].trim() || text[own === 'en' ? 'fr' : 'en'].trim();
}
