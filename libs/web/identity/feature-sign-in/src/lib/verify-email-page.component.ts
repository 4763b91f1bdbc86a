import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { AccountsApi, identityProblemKey } from '@lexport/web-identity-data-access';
import type { EmailVerificationView, EmailVerified } from '@lexport/identity-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/**
 * Where the confirmation email leads. Opening the link only checks it; the person confirms with a click, so that a
 * mail scanner following links cannot confirm an address on its own.
 */
@Component({
  selector: 'lex-verify-email-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoDirective,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t">
      @if (!link()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('identity.verifyEmail.checking')" />
      } @else if (outcome(); as done) {
        <lex-empty-state
          [level]="1"
          icon="mark_email_read"
          [title]="t('identity.verifyEmail.confirmedTitle')"
          [message]="
            t(done.status === 'active' ? 'identity.verifyEmail.active' : 'identity.verifyEmail.awaitingApproval')
          "
        >
          <a mat-flat-button routerLink="/sign-in">{{ t('identity.verifyEmail.goToSignIn') }}</a>
        </lex-empty-state>
      } @else if (link()?.status === 'valid') {
        <section class="card" [attr.aria-busy]="busy()">
          @if (busy()) {
            <mat-progress-bar
              mode="indeterminate"
              class="progress"
              [attr.aria-label]="t('identity.verifyEmail.busy')"
            />
          }
          <h1 class="title">{{ t('identity.verifyEmail.title') }}</h1>
          <p class="subtitle">{{ t('identity.verifyEmail.prompt') }}</p>
          @if (problemKey(); as key) {
            <p class="error" role="alert">{{ t(key) }}</p>
          }
          <form (ngSubmit)="confirm()">
            <mat-form-field appearance="outline">
              <mat-label>{{ t('identity.verifyEmail.password') }}</mat-label>
              <input
                matInput
                type="password"
                name="password"
                autocomplete="current-password"
                required
                [ngModel]="password()"
                (ngModelChange)="password.set($event)"
              />
              <mat-hint>{{ t('identity.verifyEmail.passwordHint') }}</mat-hint>
            </mat-form-field>
            <button mat-flat-button type="submit" class="submit" [disabled]="busy() || !password()">
              {{ t('identity.verifyEmail.confirm') }}
            </button>
          </form>
        </section>
      } @else if (link()?.status === 'used') {
        <lex-empty-state
          [level]="1"
          icon="task_alt"
          [title]="t('identity.verifyEmail.confirmedTitle')"
          [message]="t('identity.verifyEmail.used')"
        >
          <a mat-flat-button routerLink="/sign-in">{{ t('identity.verifyEmail.goToSignIn') }}</a>
        </lex-empty-state>
      } @else {
        <lex-empty-state
          [level]="1"
          icon="link_off"
          tone="error"
          [title]="t('identity.verifyEmail.title')"
          [message]="t(link()?.status === 'expired' ? 'identity.verifyEmail.expired' : 'identity.verifyEmail.invalid')"
        >
          <a mat-stroked-button routerLink="/sign-up">{{ t('identity.verifyEmail.askAgain') }}</a>
        </lex-empty-state>
      }
    </ng-container>
  `,
  styleUrl: './sign-in-page.component.scss',
})
export class VerifyEmailPageComponent implements OnInit {
  private readonly api = inject(AccountsApi);
  readonly userId = input.required<string>();
  readonly token = input<string>('');
  protected readonly link = signal<EmailVerificationView | null>(null);
  protected readonly outcome = signal<EmailVerified | null>(null);
  protected readonly busy = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly password = signal('');

  async ngOnInit(): Promise<void> {
    try {
      this.link.set(await firstValueFrom(this.api.emailVerification(this.userId(), this.token())));
    } catch {
      this.link.set({ status: 'invalid' });
    }
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problemKey.set(null);
    try {
      this.outcome.set(
        await firstValueFrom(
          this.api.verifyEmail({ userId: this.userId(), token: this.token(), password: this.password() }),
        ),
      );
    } catch (error) {
      this.problemKey.set(identityProblemKey(toProblem(error).code));
    } finally {
      this.busy.set(false);
    }
  }
}
