import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, ProfileApi } from '@lexport/web-identity-data-access';
import { userLanguages } from '@lexport/identity-published';
import { NewPasswordFieldsComponent, newPasswordForm, readyToSend } from '@lexport/web-identity-ui';
import { EmailPreferencesComponent } from '@lexport/web-notifications-feature-inbox';
import { placeFieldErrors, SessionStore, toProblem } from '@lexport/web-shared-data-access';
import { LanguagePreference } from '@lexport/web-shared-i18n';
import type { Language } from '@lexport/web-shared-i18n';
import { PageHeaderComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** One's own account: name and language, password, and which emails arrive. */
@Component({
  selector: 'lex-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoDirective,
    NewPasswordFieldsComponent,
    EmailPreferencesComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <lex-page-header [title]="t('identity.profile.title')" [subtitle]="t('identity.profile.subtitle')" />
      <div class="sections">
        <section class="section" aria-labelledby="profile-details" [attr.aria-busy]="savingDetails()">
          <h2 id="profile-details" class="section-title">{{ t('identity.profile.details') }}</h2>
          <div class="progress-slot">
            @if (savingDetails()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.saving')" />
            }
          </div>
          @if (detailsProblemKey(); as key) {
            <p class="form-error" role="alert">{{ t(key) }}</p>
          }
          <form [formGroup]="details" (ngSubmit)="saveDetails()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.profile.email') }}</mat-label>
              <input matInput [value]="session.user()?.email ?? ''" readonly autocomplete="email" />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.profile.name') }}</mat-label>
              <input matInput formControlName="name" autocomplete="name" required />
              @if (details.controls.name.invalid) {
                <mat-error>{{ t('identity.profile.nameRequired') }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.profile.language') }}</mat-label>
              <mat-select formControlName="language">
                @for (language of languages; track language) {
                  <mat-option [value]="language">{{ t('app.languages.' + language) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <button mat-flat-button type="submit" class="submit" [disabled]="savingDetails()">
              {{ t('identity.profile.save') }}
            </button>
          </form>
        </section>

        <section class="section" aria-labelledby="profile-password" [attr.aria-busy]="savingPassword()">
          <h2 id="profile-password" class="section-title">{{ t('identity.profile.password') }}</h2>
          <p class="section-help">{{ t('identity.profile.passwordHelp') }}</p>
          <div class="progress-slot">
            @if (savingPassword()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.saving')" />
            }
          </div>
          @if (passwordProblemKey(); as key) {
            <p class="form-error" role="alert">{{ t(key) }}</p>
          }
          <form [formGroup]="passwordForm" (ngSubmit)="changePassword()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.profile.currentPassword') }}</mat-label>
              <input
                matInput
                type="password"
                [formControl]="currentPassword"
                autocomplete="current-password"
                required
              />
              @if (currentPassword.hasError('server')) {
                <mat-error>{{ t(messageKey(currentPassword.getError('server'))) }}</mat-error>
              } @else if (currentPassword.invalid) {
                <mat-error>{{ t('identity.profile.currentPasswordRequired') }}</mat-error>
              }
            </mat-form-field>
            <lex-new-password-fields [form]="passwordForm" />
            <button mat-flat-button type="submit" class="submit" [disabled]="savingPassword()">
              {{ t('identity.profile.changePassword') }}
            </button>
          </form>
        </section>

        <section class="section" aria-labelledby="profile-emails">
          <h2 id="profile-emails" class="section-title">{{ t('identity.profile.emails') }}</h2>
          <p class="section-help">{{ t('identity.profile.emailsHelp') }}</p>
          <lex-email-preferences />
        </section>
      </div>
    </ng-container>
  `,
  styles: `
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
      gap: 24px;
      align-items: start;
    }
    .section {
      padding: 24px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
    }
    .section-title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .section-help {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .submit {
      align-self: flex-start;
    }
  `,
})
export class ProfilePageComponent {
  private readonly api = inject(ProfileApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly languagePreference = inject(LanguagePreference);
  protected readonly session = inject(SessionStore);
  protected readonly languages = userLanguages;
  protected readonly messageKey = identityProblemKey;
  protected readonly savingDetails = signal(false);
  protected readonly savingPassword = signal(false);
  protected readonly detailsProblemKey = signal<string | null>(null);
  protected readonly passwordProblemKey = signal<string | null>(null);
  protected readonly details = new FormGroup({
    name: new FormControl(this.session.user()?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    language: new FormControl<Language>((this.session.user()?.language as Language | undefined) ?? 'en', {
      nonNullable: true,
    }),
  });
  protected readonly currentPassword = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly passwordForm = newPasswordForm();

  protected async saveDetails(): Promise<void> {
    this.details.markAllAsTouched();
    if (this.details.invalid || this.savingDetails()) return;
    this.savingDetails.set(true);
    this.detailsProblemKey.set(null);
    const value = this.details.getRawValue();
    try {
      await firstValueFrom(this.api.update(value));
      this.session.update(value);
      this.languagePreference.use(value.language);
      this.snackBar.open(this.transloco.translate('identity.profile.saved'), undefined, {
        duration: 3000,
        politeness: 'polite',
      });
    } catch (error) {
      const problem = toProblem(error);
      if (!placeFieldErrors(this.details, problem)) this.detailsProblemKey.set(identityProblemKey(problem.code));
    } finally {
      this.savingDetails.set(false);
    }
  }

  protected async changePassword(): Promise<void> {
    this.currentPassword.markAsTouched();
    const ready = readyToSend(this.passwordForm);
    if (this.currentPassword.invalid || !ready || this.savingPassword()) return;
    this.savingPassword.set(true);
    this.passwordProblemKey.set(null);
    try {
      await firstValueFrom(
        this.api.changePassword({
          currentPassword: this.currentPassword.value,
          newPassword: this.passwordForm.controls.password.value,
        }),
      );
      this.currentPassword.reset();
      this.passwordForm.reset();
      this.snackBar.open(this.transloco.translate('identity.profile.passwordChanged'), undefined, {
        duration: 4000,
        politeness: 'polite',
      });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.fieldErrors.some((fieldError) => fieldError.field === 'currentPassword'))
        this.currentPassword.setErrors({ server: problem.code });
      else this.passwordProblemKey.set(identityProblemKey(problem.code));
    } finally {
      this.savingPassword.set(false);
    }
  }
}
