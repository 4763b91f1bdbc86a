import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { problemMessageKey, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

/** Asks for a reset link. The page says the same thing whether or not the address has an account. */
@Component({
  selector: 'lex-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="card" [attr.aria-busy]="busy()">
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" class="progress" [attr.aria-label]="t('common.loading')" />
        }
        <h1 class="title">{{ t('forgotPassword.title') }}</h1>
        @if (sent()) {
          <p class="notice" role="status">{{ t('forgotPassword.sent') }}</p>
          <a mat-stroked-button routerLink="/sign-in">{{ t('invitation.goToSignIn') }}</a>
        } @else {
          <p class="subtitle">{{ t('forgotPassword.subtitle') }}</p>
          @if (problemKey(); as key) {
            <p class="error" role="alert">{{ t(key) }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('signIn.email') }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="username" required />
              @if (email.hasError('required')) {
                <mat-error>{{ t('signIn.emailRequired') }}</mat-error>
              } @else if (email.hasError('email')) {
                <mat-error>{{ t('signIn.emailInvalid') }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" class="submit" [disabled]="busy()">{{ t('forgotPassword.submit') }}</button>
          </form>
        }
      </section>
    </ng-container>
  `,
  styleUrl: './sign-in-page.component.scss',
})
export class ForgotPasswordPageComponent {
  private readonly http = inject(HttpClient);
  protected readonly email = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] });
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
      await firstValueFrom(this.http.post('/api/identity/password-resets', { email: this.email.value }));
      this.sent.set(true);
    } catch (error) {
      this.problemKey.set(problemMessageKey(toProblem(error).code));
    } finally {
      this.busy.set(false);
    }
  }
}
