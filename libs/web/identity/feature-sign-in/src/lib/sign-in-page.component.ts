import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { AccountsApi, identityProblemKey } from '@lexport/web-identity-data-access';
import { SessionStore, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

/**
 * Sign in with email and password; explains a wrong password, a lock-out, an unconfirmed address or a deactivated
 * account in words, and offers "Create an account" when the legal team allows sign-up.
 */
@Component({
  selector: 'lex-sign-in-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  templateUrl: './sign-in-page.component.html',
  styleUrl: './sign-in-page.component.scss',
})
export class SignInPageComponent implements OnInit {
  private readonly api = inject(AccountsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  readonly returnUrl = input<string>();
  readonly accepted = input<string>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<{ key: string; code: string; lockedUntil?: string } | null>(null);
  protected readonly hidePassword = signal(true);
  protected readonly signUpOpen = signal(false);
  protected readonly verificationResent = signal(false);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  ngOnInit(): void {
    // Without the policy the page still signs people in; it just does not offer sign-up.
    firstValueFrom(this.api.signUpPolicy()).then(
      (policy) => this.signUpOpen.set(policy.mode !== 'disabled'),
      () => this.signUpOpen.set(false),
    );
  }

  protected async resendVerification(): Promise<void> {
    await firstValueFrom(this.api.resendVerification({ email: this.form.controls.email.value }));
    this.verificationResent.set(true);
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.verificationResent.set(false);
    try {
      const { email, password } = this.form.getRawValue();
      await this.session.signIn(email, password);
      const target = this.returnUrl();
      await this.router.navigateByUrl(target && target.startsWith('/') && !target.startsWith('//') ? target : '/');
    } catch (error) {
      const problem = toProblem(error);
      const lockedUntil = (error as { error?: { lockedUntil?: string } }).error?.lockedUntil;
      this.problem.set({
        key: identityProblemKey(problem.code),
        code: problem.code,
        ...(lockedUntil ? { lockedUntil } : {}),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
