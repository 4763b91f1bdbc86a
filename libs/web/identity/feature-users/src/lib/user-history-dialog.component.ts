import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, UsersApi } from '@lexport/web-identity-data-access';
import type { OrganizationView, UserHistoryEntry, UserView } from '@lexport/identity-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

export interface UserHistoryDialogData {
  readonly user: UserView;
  readonly organizations: readonly OrganizationView[];
}

/** An account's audit history, newest first: what happened, when, by whom. */
@Component({
  selector: 'lex-user-history-dialog',
  imports: [DatePipe, MatButtonModule, MatDialogModule, MatProgressBarModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('identity.users.history.title', { name: data.user.name }) }}</h2>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (loading()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
          }
        </div>
        @if (problemKey(); as key) {
          <p class="form-error" role="alert">{{ t(key) }}</p>
        }
        <ol class="history">
          @for (entry of entries(); track entry.id) {
            <li>
              <div class="what">{{ label(entry.type) }}</div>
              <div class="when">
                <time [attr.datetime]="entry.occurredAt">{{ entry.occurredAt | date: 'medium' }}</time>
                · {{ t('identity.users.history.by', { actor: actorOf(entry) }) }}
              </div>
              @if (detailsOf(entry).length > 0) {
                <dl class="details">
                  @for (detail of detailsOf(entry); track detail.label) {
                    <div>
                      <dt>{{ detail.label }}</dt>
                      <dd>{{ detail.value }}</dd>
                    </div>
                  }
                </dl>
              }
            </li>
          }
        </ol>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ t('identity.users.history.close') }}</button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .history li {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      font-weight: 500;
    }
    .when {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .details {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
    }
    .details div {
      display: flex;
      gap: 8px;
    }
    .details dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .details dd {
      margin: 0;
    }
  `,
})
export class UserHistoryDialogComponent implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<UserHistoryDialogData>(MAT_DIALOG_DATA);
  protected readonly entries = signal<readonly UserHistoryEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.entries.set((await firstValueFrom(this.api.history(this.data.user.id))).items);
    } catch (error) {
      this.problemKey.set(identityProblemKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected label(type: string): string {
    const key = `identity.users.history.events.${type}`;
    const text = this.transloco.translate(key);
    return text === key ? type : text;
  }

  protected actorOf(entry: UserHistoryEntry): string {
    if (entry.actorName) return entry.actorName;
    return this.transloco.translate(
      entry.actor.startsWith('system:') ? 'identity.users.history.system' : 'identity.users.history.someone',
    );
  }

  protected detailsOf(entry: UserHistoryEntry): { label: string; value: string }[] {
    return Object.entries(entry.details).map(([field, value]) => ({
      label: this.transloco.translate(`identity.users.history.fields.${field}`),
      value: this.valueOf(field, value),
    }));
  }

  private valueOf(field: string, value: string): string {
    if (field === 'roles' || field === 'previousRoles') {
      return value
        .split(', ')
        .map((role) => this.transloco.translate(`identity.users.roles.${role}`))
        .join(', ');
    }
    if (field === 'organizationId')
      return this.data.organizations.find((organization) => organization.id === value)?.name ?? value;
    if (field === 'language') return this.transloco.translate(`app.languages.${value}`);
    if (field === 'lockedUntil' || field === 'expiresAt')
      return new Date(value).toLocaleString(this.transloco.getActiveLang());
    return value;
  }
}
