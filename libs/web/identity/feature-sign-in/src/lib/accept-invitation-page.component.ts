import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { AccountsApi, identityProblemKey } from '@lexport/web-identity-data-access';
import type { InvitationView } from '@lexport/identity-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { NewPasswordFieldsComponent, newPasswordForm, readyToSend } from '@lexport/web-identity-ui';

/** Where an invitation email leads: the invited person chooses a password, or learns why the link no longer works. */
@Component({
  selector: 'lex-accept-invitation-page',
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
  templateUrl: './accept-invitation-page.component.html',
  styleUrl: './sign-in-page.component.scss',
})
export class AcceptInvitationPageComponent implements OnInit {
  private readonly api = inject(AccountsApi);
  private readonly router = inject(Router);

  readonly userId = input.required<string>();
  readonly token = input<string>('');

  protected readonly invitation = signal<InvitationView | null>(null);
  protected readonly busy = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly form = newPasswordForm();

  async ngOnInit(): Promise<void> {
    try {
      this.invitation.set(await firstValueFrom(this.api.invitation(this.userId(), this.token())));
    } catch {
      this.invitation.set({ status: 'invalid' });
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (!readyToSend(this.form) || this.busy()) return;
    this.busy.set(true);
    this.problemKey.set(null);
    try {
      await firstValueFrom(
        this.api.acceptInvitation({
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
