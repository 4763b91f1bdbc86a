import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { AccountsApi, identityProblemKey } from '@lexport/web-identity-data-access';
import { toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

/** Asks for a reset link. The page says the same thing whether or not the address has an account. */
@Component({
  selector: 'lex-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t">
      <section class="card" [attr.aria-busy]="busy()">
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" class="progress" [attr.aria-label]="t('common.loading')" />
        }
        <h1 class="title">{{ t('identity.forgotPassword.title') }}</h1>
        @if (sent()) {
          <p class="notice" role="status">{{ t('identity.forgotPassword.sent') }}</p>
          <a mat-stroked-button routerLink="/sign-in">{{ t('identity.invitation.goToSignIn') }}</a>
        } @else {
          <p class="subtitle">{{ t('identity.forgotPassword.subtitle') }}</p>
          @if (problemKey(); as key) {
            <p class="error" role="alert">{{ t(key) }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.signIn.email') }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="username" required />
              @if (email.hasError('required')) {
                <mat-error>{{ t('identity.signIn.emailRequired') }}</mat-error>
              } @else if (email.hasError('email')) {
                <mat-error>{{ t('identity.signIn.emailInvalid') }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" class="submit" [disabled]="busy()">
              {{ t('identity.forgotPassword.submit') }}
            </button>
          </form>
        }
      </section>
    </ng-container>
  `,
  styleUrl: './sign-in-page.component.scss',
})
export class ForgotPasswordPageComponent {
  private readonly api = inject(AccountsApi);
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email],
  });
  protected readonly form = new FormGroup({ email: this.email });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly problemKey = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.email.markAsTouched();
    if (this.email.invalid || this.busy()) return;
    this.busy.set(true);
    this.problemKey.set(null);
    try {
      await firstValueFrom(this.api.requestPasswordReset({ email: this.email.value }));
      this.sent.set(true);
    } catch (error) {
      this.problemKey.set(identityProblemKey(toProblem(error).code));
    } finally {
      this.busy.set(false);
    }
  }
}
