import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { AccountsApi, identityProblemKey } from '@lexport/web-identity-data-access';
import type { PasswordResetView } from '@lexport/identity-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { NewPasswordFieldsComponent, newPasswordForm, readyToSend } from '@lexport/web-identity-ui';

/** Where a reset email leads: choose a new password, or learn why the link no longer works. */
@Component({
  selector: 'lex-password-reset-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoDirective,
    EmptyStateComponent,
    NewPasswordFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t">
      @if (!link()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
      } @else if (link()?.status === 'valid') {
        <section class="card" [attr.aria-busy]="busy()">
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" class="progress" [attr.aria-label]="t('common.saving')" />
          }
          <h1 class="title">{{ t('identity.passwordReset.title') }}</h1>
          @if (problemKey(); as key) {
            <p class="error" role="alert">{{ t(key) }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <lex-new-password-fields [form]="form" />
            <button mat-flat-button type="submit" class="submit" [disabled]="busy()">
              {{ t('identity.passwordReset.submit') }}
            </button>
          </form>
        </section>
      } @else {
        <lex-empty-state
          [level]="1"
          icon="link_off"
          tone="error"
          [title]="t('identity.passwordReset.unusable')"
          [message]="t('identity.passwordReset.askAgain')"
        >
          <a mat-stroked-button routerLink="/forgot-password">{{ t('identity.forgotPassword.title') }}</a>
        </lex-empty-state>
      }
    </ng-container>
  `,
  styleUrl: './sign-in-page.component.scss',
})
export class PasswordResetPageComponent implements OnInit {
  private readonly api = inject(AccountsApi);
  private readonly router = inject(Router);
  readonly userId = input.required<string>();
  readonly token = input<string>('');
  protected readonly link = signal<PasswordResetView | null>(null);
  protected readonly busy = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly form = newPasswordForm();

  async ngOnInit(): Promise<void> {
    try {
      this.link.set(await firstValueFrom(this.api.passwordReset(this.userId(), this.token())));
    } catch {
      this.link.set({ status: 'invalid' });
    }
  }

  protected async submit(): Promise<void> {
    if (!readyToSend(this.form) || this.busy()) return;
    this.busy.set(true);
    this.problemKey.set(null);
    try {
      await firstValueFrom(
        this.api.completePasswordReset({
          userId: this.userId(),
          token: this.token(),
          password: this.form.controls.password.value,
        }),
      );
      await this.router.navigate(['/sign-in'], { queryParams: { accepted: '1' } });
    } catch (error) {
      this.problemKey.set(identityProblemKey(toProblem(error).code));
    } finally {
      this.busy.set(false);
    }
  }
}
