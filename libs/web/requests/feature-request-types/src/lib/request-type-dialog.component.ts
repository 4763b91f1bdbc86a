import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import type { CommandAccepted } from '@lexport/shared-published';
import { requestsProblemKey, RequestTypesApi } from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import type { References } from './references';
import { detailsForm, detailsOf } from './request-type-details';
import { RequestTypeDetailsFieldsComponent } from './request-type-details-fields.component';

/** A new request type: its details first; its form is built next, in the editor it opens on. */
@Component({
  selector: 'lex-request-type-dialog',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDialogModule,
    MatProgressSpinnerModule,
    TranslocoDirective,
    RequestTypeDetailsFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('requests.requestTypes.dialog.title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="dialog-fields">
          <p class="intro">{{ t('requests.requestTypes.dialog.intro') }}</p>
          @if (references.categories.length === 0) {
            <p class="form-error" role="alert">
              {{ t('requests.requestTypes.dialog.noCategories') }}
              <a routerLink="/catalogue/categories" mat-dialog-close>{{
                t('requests.requestTypes.dialog.toCategories')
              }}</a>
            </p>
          }
          @if (references.practiceAreas.length === 0) {
            <p class="form-error" role="alert">
              {{ t('requests.requestTypes.dialog.noPracticeAreas') }}
              <a routerLink="/legal/practice-areas" mat-dialog-close>{{
                t('requests.requestTypes.dialog.toPracticeAreas')
              }}</a>
            </p>
          }
          @if (problemKey(); as key) {
            <p class="form-error" role="alert">{{ t(key) }}</p>
          }
          <lex-request-type-details-fields [group]="form" [references]="references" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ t('common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">
            @if (saving()) {
              <mat-spinner diameter="18" [attr.aria-label]="t('common.saving')" />
            }
            {{ t('requests.requestTypes.dialog.create') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .intro {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
  `,
})
export class RequestTypeDialogComponent {
  protected readonly references = inject<References>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialogRef<RequestTypeDialogComponent, CommandAccepted>);
  private readonly api = inject(RequestTypesApi);

  protected readonly form = detailsForm();
  protected readonly saving = signal(false);
  protected readonly problemKey = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problemKey.set(null);
    try {
      this.dialog.close(await firstValueFrom(this.api.create({ ...detailsOf(this.form), subjectField: null })));
    } catch (error) {
      const problem = toProblem(error);
      if (!placeFieldErrors(this.form, problem)) this.problemKey.set(requestsProblemKey(problem.code));
    } finally {
      this.saving.set(false);
    }
  }
}
