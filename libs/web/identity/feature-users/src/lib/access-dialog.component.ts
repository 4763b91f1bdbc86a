import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, UsersApi } from '@lexport/web-identity-data-access';
import { userRoles } from '@lexport/identity-published';
import type { OrganizationView, UserRole, UserView } from '@lexport/identity-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

export interface AccessDialogData {
  readonly user: UserView;
  readonly organizations: readonly OrganizationView[];
  /** Approve a sign-up into an organization, or change the roles (and organization) of any account. */
  readonly purpose: 'approve' | 'roles';
}

/** What an account may do: its roles and, for clients, the organization whose data they see. */
@Component({
  selector: 'lex-access-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>
        {{
          data.purpose === 'approve'
            ? t('identity.users.approve.title', { name: data.user.name })
            : t('identity.users.rolesDialog.title', { name: data.user.name })
        }}
      </h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="dialog-fields">
          @if (data.purpose === 'approve') {
            <p>{{ t('identity.users.approve.message') }}</p>
            @if (data.user.organizationName) {
              <p class="hint">{{ t('identity.users.signedUpFor', { name: data.user.organizationName }) }}</p>
            }
          }
          @if (problemKey(); as key) {
            <p class="form-error" role="alert">{{ t(key) }}</p>
          }
          @if (data.purpose === 'roles') {
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.users.fields.roles') }}</mat-label>
              <mat-select formControlName="roles" multiple required>
                @for (role of roles; track role) {
                  <mat-option [value]="role">{{ t('identity.users.roles.' + role) }}</mat-option>
                }
              </mat-select>
              @if (form.controls.roles.hasError('server')) {
                <mat-error>{{ t(messageKey(form.controls.roles.getError('server'))) }}</mat-error>
              }
            </mat-form-field>
          }
          @if (data.purpose === 'approve' || form.controls.roles.value.includes('client')) {
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.users.fields.organization') }}</mat-label>
              <mat-select formControlName="organizationId" required>
                @for (organization of data.organizations; track organization.id) {
                  <mat-option [value]="organization.id">{{ organization.name }}</mat-option>
                }
              </mat-select>
              @if (form.controls.organizationId.hasError('server')) {
                <mat-error>{{ t(messageKey(form.controls.organizationId.getError('server'))) }}</mat-error>
              } @else if (form.controls.organizationId.invalid) {
                <mat-error>{{ t('identity.users.organizationRequired') }}</mat-error>
              }
            </mat-form-field>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ t('common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{
              data.purpose === 'approve' ? t('identity.users.approve.submit') : t('identity.users.rolesDialog.submit')
            }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AccessDialogComponent {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialogRef<AccessDialogComponent, CommandAccepted>);
  protected readonly data = inject<AccessDialogData>(MAT_DIALOG_DATA);
  protected readonly roles = userRoles;
  protected readonly messageKey = identityProblemKey;
  protected readonly saving = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly form = new FormGroup({
    roles: new FormControl<UserRole[]>([...this.data.user.roles], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    organizationId: new FormControl(this.data.user.organizationId ?? '', { nonNullable: true }),
  });

  protected async submit(): Promise<void> {
    const needsOrganization = this.data.purpose === 'approve' || this.form.controls.roles.value.includes('client');
    this.form.controls.organizationId.setValidators(needsOrganization ? [Validators.required] : []);
    this.form.controls.organizationId.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problemKey.set(null);
    const { roles, organizationId } = this.form.getRawValue();
    try {
      const request =
        this.data.purpose === 'approve'
          ? this.api.approveSignUp(this.data.user.id, { organizationId })
          : this.api.changeRoles(this.data.user.id, {
              roles,
              organizationId: needsOrganization ? organizationId : null,
            });
      this.dialog.close(await firstValueFrom(request));
    } catch (error) {
      const problem = toProblem(error);
      if (!placeFieldErrors(this.form, problem)) this.problemKey.set(identityProblemKey(problem.code));
    } finally {
      this.saving.set(false);
    }
  }
}
