import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import { mattersScope } from '@lexport/web-matters-i18n';
import { combineLatest } from 'rxjs';

/** The paginator's labels in the reader's language, following the language switch. Provide it on the page. */
@Injectable()
export class MattersPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    const label = (key: string) => this.transloco.selectTranslate<string>(`list.paginator.${key}`, {}, mattersScope);
    combineLatest([
      label('itemsPerPage'),
      label('firstPage'),
      label('previousPage'),
      label('nextPage'),
      label('lastPage'),
    ])
      .pipe(takeUntilDestroyed())
      .subscribe(([itemsPerPage, firstPage, previousPage, nextPage, lastPage]) => {
        this.itemsPerPageLabel = itemsPerPage;
        this.firstPageLabel = firstPage;
        this.previousPageLabel = previousPage;
        this.nextPageLabel = nextPage;
        this.lastPageLabel = lastPage;
        this.changes.next();
      });
  }

  /** Read once the scope is loaded (the labels above wait for it), so that its keys are at hand. */
  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 || pageSize === 0 ? 0 : Math.min(page * pageSize + 1, length);
    const end = length === 0 || pageSize === 0 ? 0 : Math.min((page + 1) * pageSize, length);
    return length === 0
      ? this.transloco.translate('matters.list.paginator.none')
      : this.transloco.translate('matters.list.paginator.range', { start, end, total: length });
  };
}
