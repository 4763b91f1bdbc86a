import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { ConfirmDialogComponent } from './confirm-dialog.component';
import type { ConfirmDialogData } from './confirm-dialog.component';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Leaving a page with unsaved work asks first; staying is the default answer. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (page) => {
  if (!page.hasUnsavedChanges()) return true;
  const transloco = inject(TranslocoService);
  return inject(MatDialog)
    .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
      data: {
        title: transloco.translate('requests.requestTypes.leave.title'),
        message: transloco.translate('requests.requestTypes.leave.message'),
        confirm: transloco.translate('requests.requestTypes.leave.confirm'),
        cancel: transloco.translate('requests.requestTypes.leave.stay'),
      },
      autoFocus: 'first-tabbable',
    })
    .afterClosed()
    .pipe(map((leave) => leave === true));
};
