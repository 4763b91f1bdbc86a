import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, UsersApi } from '@lexport/web-identity-data-access';
import { userLanguages, userRoles } from '@lexport/identity-published';
import type { OrganizationView, UserRole } from '@lexport/identity-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

/** Invites a client user (of a client organization) or a member of the legal team. */
@Component({
  selector: 'lex-invite-user-dialog',
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
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('identity.users.invite.title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="dialog-fields">
          @if (problemKey(); as key) {
            <p class="form-error" role="alert">{{ t(key) }}</p>
          }
          <mat-form-field appearance="outline">
            <mat-label>{{ t('identity.users.fields.name') }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" required />
            @if (form.controls.name.hasError('required')) {
              <mat-error>{{ t('identity.users.invite.nameRequired') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t('identity.users.fields.email') }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required />
            @if (form.controls.email.hasError('server')) {
              <mat-error>{{ t(messageKey(form.controls.email.getError('server'))) }}</mat-error>
            } @else if (form.controls.email.invalid) {
              <mat-error>{{ t('identity.signIn.emailInvalid') }}</mat-error>
            }
          </mat-form-field>
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
          @if (form.controls.roles.value.includes('client')) {
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.users.fields.organization') }}</mat-label>
              <mat-select formControlName="organizationId" required>
                @for (organization of organizations; track organization.id) {
                  <mat-option [value]="organization.id">{{ organization.name }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ t('identity.users.invite.organizationHint') }}</mat-hint>
              @if (form.controls.organizationId.hasError('server')) {
                <mat-error>{{ t(messageKey(form.controls.organizationId.getError('server'))) }}</mat-error>
              }
            </mat-form-field>
          }
          <mat-form-field appearance="outline">
            <mat-label>{{ t('identity.users.fields.language') }}</mat-label>
            <mat-select formControlName="language">
              @for (language of languages; track language) {
                <mat-option [value]="language">{{ t('app.languages.' + language) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ t('common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">{{ t('identity.users.invite.send') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class InviteUserDialogComponent {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialogRef<InviteUserDialogComponent, CommandAccepted>);
  protected readonly organizations =
    inject<readonly OrganizationView[] | null>(MAT_DIALOG_DATA, { optional: true }) ?? [];
  protected readonly roles = userRoles;
  protected readonly languages = userLanguages;
  protected readonly messageKey = identityProblemKey;
  protected readonly saving = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    roles: new FormControl<UserRole[]>(['client'], { nonNullable: true, validators: [Validators.required] }),
    organizationId: new FormControl('', { nonNullable: true }),
    language: new FormControl<'en' | 'fr'>('en', { nonNullable: true }),
  });

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problemKey.set(null);
    const value = this.form.getRawValue();
    const organizationId =
      value.roles.includes('client') && value.organizationId.trim() ? value.organizationId.trim() : null;
    try {
      this.dialog.close(await firstValueFrom(this.api.invite({ ...value, organizationId })));
    } catch (error) {
      const problem = toProblem(error);
      if (!placeFieldErrors(this.form, problem)) this.problemKey.set(identityProblemKey(problem.code));
    } finally {
      this.saving.set(false);
    }
  }
}
