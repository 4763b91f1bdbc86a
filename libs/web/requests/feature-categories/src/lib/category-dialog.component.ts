import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { requestsScope } from '@lexport/web-requests-i18n';
import type { CommandAccepted } from '@lexport/shared-published';
import { categoryDescriptionMax, categoryNameLimits } from '@lexport/requests-published';
import type { CategoryView } from '@lexport/requests-published';
import { CategoriesApi, requestsProblemKey } from '@lexport/web-requests-data-access';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import type { Observable } from 'rxjs';

export type CategoryDialogData =
  { readonly mode: 'create' } | { readonly mode: 'rename'; readonly category: CategoryView };

/** Creates a category or renames one; shows the server's refusals beside the field they concern. */
@Component({
  selector: 'lex-category-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  templateUrl: './category-dialog.component.html',
  styles: `
    mat-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
  `,
})
export class CategoryDialogComponent {
  protected readonly data = inject<CategoryDialogData>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialogRef<CategoryDialogComponent, CommandAccepted>);
  private readonly api = inject(CategoriesApi);

  protected readonly messageKey = requestsProblemKey;
  protected readonly limits = { ...categoryNameLimits, description: categoryDescriptionMax };
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl(this.data.mode === 'rename' ? this.data.category.name : '', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(categoryNameLimits.min),
        Validators.maxLength(categoryNameLimits.max),
      ],
    }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(categoryDescriptionMax)] }),
  });

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.formError.set(null);
    const { name, description } = this.form.getRawValue();
    const request: Observable<CommandAccepted> =
      this.data.mode === 'rename'
        ? this.api.rename(this.data.category.id, { name })
        : this.api.create({ name, description });
    request.subscribe({
      next: (accepted) => this.dialog.close(accepted),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (!placeFieldErrors(this.form, problem)) this.formError.set(problem.code);
      },
    });
  }
}
