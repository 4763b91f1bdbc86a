import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, OrganizationsApi } from '@lexport/web-identity-data-access';
import { requestVisibilities } from '@lexport/identity-published';
import type { OrganizationView, RequestVisibility } from '@lexport/identity-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

const splitDomains = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);

/** Adds a client organization or edits one: name, sign-up email domains, what its users see. */
@Component({
  selector: 'lex-organization-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t; prefix: 'identity.organizations'">
      <h2 mat-dialog-title>{{ organization ? t('dialog.editTitle') : t('dialog.createTitle') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="dialog-fields">
          @if (problemKey(); as key) {
            <p class="form-error" role="alert">
              <ng-container *transloco="let root">{{ root(key) }}</ng-container>
            </p>
          }
          <mat-form-field appearance="outline">
            <mat-label>{{ t('fields.name') }}</mat-label>
            <input matInput formControlName="name" autocomplete="organization" required />
            @if (form.controls.name.hasError('server')) {
              <mat-error
                ><ng-container *transloco="let root">{{
                  root(messageKey(form.controls.name.getError('server')))
                }}</ng-container></mat-error
              >
            } @else if (form.controls.name.invalid) {
              <mat-error>{{ t('fields.nameRequired') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t('fields.emailDomains') }}</mat-label>
            <input matInput formControlName="emailDomains" autocomplete="off" placeholder="acme.com, acme.fr" />
            <mat-hint>{{ t('fields.emailDomainsHint') }}</mat-hint>
            @if (form.controls.emailDomains.hasError('server')) {
              <mat-error
                ><ng-container *transloco="let root">{{ root(domainErrorKey()) }}</ng-container></mat-error
              >
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t('fields.requestVisibility') }}</mat-label>
            <mat-select formControlName="requestVisibility">
              @for (visibility of visibilities; track visibility) {
                <mat-option [value]="visibility">{{ t('visibility.' + visibility) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="saving()">
            <ng-container *transloco="let root">{{ root('common.cancel') }}</ng-container>
          </button>
          <button mat-flat-button type="submit" [disabled]="saving()">{{ t('dialog.save') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class OrganizationDialogComponent {
  private readonly api = inject(OrganizationsApi);
  private readonly dialog = inject(MatDialogRef<OrganizationDialogComponent, CommandAccepted>);
  protected readonly organization = inject<OrganizationView | null>(MAT_DIALOG_DATA, { optional: true });
  protected readonly visibilities = requestVisibilities;
  protected readonly messageKey = identityProblemKey;
  protected readonly saving = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly domainErrorKey = signal('identity.errors.email-domain-invalid');
  protected readonly form = new FormGroup({
    name: new FormControl(this.organization?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(160)],
    }),
    emailDomains: new FormControl(this.organization?.emailDomains.join(', ') ?? '', { nonNullable: true }),
    requestVisibility: new FormControl<RequestVisibility>(this.organization?.requestVisibility ?? 'organization', {
      nonNullable: true,
    }),
  });

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problemKey.set(null);
    const value = this.form.getRawValue();
    const body = { ...value, emailDomains: splitDomains(value.emailDomains) };
    try {
      const request = this.organization ? this.api.update(this.organization.id, body) : this.api.create(body);
      this.dialog.close(await firstValueFrom(request));
    } catch (error) {
      const problem = toProblem(error);
      // "emailDomains/2" names one domain of the list; the list is one field here.
      const fieldErrors = problem.fieldErrors.map((fieldError) => ({
        ...fieldError,
        field: fieldError.field.split('.')[0] ?? fieldError.field,
      }));
      this.domainErrorKey.set(
        problem.code === 'email-domain-taken'
          ? 'identity.errors.email-domain-taken'
          : 'identity.errors.email-domain-invalid',
      );
      if (!placeFieldErrors(this.form, { ...problem, fieldErrors }))
        this.problemKey.set(identityProblemKey(problem.code));
    } finally {
      this.saving.set(false);
    }
  }
}
