import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { AccountsApi, identityProblemKey } from '@lexport/web-identity-data-access';
import { userLanguages } from '@lexport/identity-published';
import type { SignUpPolicyView } from '@lexport/identity-published';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { NewPasswordFieldsComponent, newPasswordForm, readyToSend } from '@lexport/web-identity-ui';

type Language = (typeof userLanguages)[number];

/** Creates a client account when the legal team allows it; the account opens once the emailed link is followed. */
@Component({
  selector: 'lex-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoDirective,
    EmptyStateComponent,
    NewPasswordFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t">
      @if (!policy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
      } @else if (policy()?.mode === 'disabled') {
        <lex-empty-state
          [level]="1"
          icon="lock"
          [title]="t('identity.signUp.title')"
          [message]="t('identity.signUp.closed')"
        >
          <a mat-stroked-button routerLink="/sign-in">{{ t('identity.signUp.signIn') }}</a>
        </lex-empty-state>
      } @else if (sentTo(); as email) {
        <section class="card">
          <h1 class="title">{{ t('identity.signUp.sentTitle') }}</h1>
          <p class="notice" role="status">{{ t('identity.signUp.sentMessage', { email }) }}</p>
          @if (policy()?.requireApproval) {
            <p class="subtitle">{{ t('identity.signUp.approvalNote') }}</p>
          }
          <div class="actions">
            <a mat-flat-button routerLink="/sign-in">{{ t('identity.signUp.signIn') }}</a>
            @if (resent()) {
              <span role="status">{{ t('identity.signUp.resent') }}</span>
            } @else {
              <button mat-button type="button" (click)="resend(email)">{{ t('identity.signUp.resend') }}</button>
            }
          </div>
        </section>
      } @else {
        <section class="card" [attr.aria-busy]="busy()">
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" class="progress" [attr.aria-label]="t('identity.signUp.busy')" />
          }
          <h1 class="title">{{ t('identity.signUp.title') }}</h1>
          <p class="subtitle">{{ t('identity.signUp.subtitle') }}</p>
          @if (problemKey(); as key) {
            <p class="error" role="alert">{{ t(key) }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.signUp.name') }}</mat-label>
              <input matInput formControlName="name" autocomplete="name" required />
              @if (form.controls.name.invalid) {
                <mat-error>{{ t('identity.signUp.nameRequired') }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.signIn.email') }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="email" required />
              @if (form.controls.email.hasError('server')) {
                <mat-error>{{ t(messageKey(form.controls.email.getError('server'))) }}</mat-error>
              } @else if (form.controls.email.hasError('required')) {
                <mat-error>{{ t('identity.signIn.emailRequired') }}</mat-error>
              } @else if (form.controls.email.invalid) {
                <mat-error>{{ t('identity.signIn.emailInvalid') }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.signUp.organizationName') }}</mat-label>
              <input matInput formControlName="organizationName" autocomplete="organization" />
              <mat-hint>{{ t('identity.signUp.organizationHint') }}</mat-hint>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.signUp.language') }}</mat-label>
              <mat-select formControlName="language">
                @for (language of languages; track language) {
                  <mat-option [value]="language">{{ t('app.languages.' + language) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <lex-new-password-fields [form]="passwordForm" />
            @if (passwordProblemKey(); as key) {
              <p class="error" role="alert">{{ t(key) }}</p>
            }
            <div class="actions">
              <button mat-flat-button type="submit" class="submit" [disabled]="busy()">
                {{ t('identity.signUp.submit') }}
              </button>
              <span>
                {{ t('identity.signUp.haveAccount') }}
                <a mat-button routerLink="/sign-in">{{ t('identity.signUp.signIn') }}</a>
              </span>
            </div>
          </form>
        </section>
      }
    </ng-container>
  `,
  styleUrl: './sign-in-page.component.scss',
})
export class SignUpPageComponent implements OnInit {
  private readonly api = inject(AccountsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly languages = userLanguages;
  protected readonly messageKey = identityProblemKey;
  protected readonly policy = signal<SignUpPolicyView | null>(null);
  protected readonly busy = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly passwordProblemKey = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly resent = signal(false);
  protected readonly passwordForm = newPasswordForm();
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    organizationName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(160)] }),
    language: new FormControl<Language>(
      (userLanguages as readonly string[]).includes(this.transloco.getActiveLang())
        ? (this.transloco.getActiveLang() as Language)
        : 'en',
      { nonNullable: true },
    ),
  });

  async ngOnInit(): Promise<void> {
    try {
      this.policy.set(await firstValueFrom(this.api.signUpPolicy()));
    } catch {
      this.policy.set({ mode: 'disabled', requireApproval: true });
    }
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    const passwordReady = readyToSend(this.passwordForm);
    if (this.form.invalid || !passwordReady || this.busy()) return;
    this.busy.set(true);
    this.problemKey.set(null);
    this.passwordProblemKey.set(null);
    const value = this.form.getRawValue();
    try {
      await firstValueFrom(this.api.signUp({ ...value, password: this.passwordForm.controls.password.value }));
      this.sentTo.set(value.email);
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code.startsWith('password-')) this.passwordProblemKey.set(identityProblemKey(problem.code));
      else if (!placeFieldErrors(this.form, problem)) this.problemKey.set(identityProblemKey(problem.code));
    } finally {
      this.busy.set(false);
    }
  }

  protected async resend(email: string): Promise<void> {
    await firstValueFrom(this.api.resendVerification({ email }));
    this.resent.set(true);
  }
}
