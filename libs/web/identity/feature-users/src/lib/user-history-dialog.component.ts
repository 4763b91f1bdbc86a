import { HttpClient } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { OrganizationView, UserHistoryEntry, UserHistoryView, UserView } from '@lexport/identity-published';
import { problemMessageKey, toProblem } from '@lexport/web-shared-data-access';
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
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('users.history.title', { name: data.user.name }) }}</h2>
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
                · {{ t('users.history.by', { actor: actorOf(entry) }) }}
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
        <button mat-button type="button" mat-dialog-close>{{ t('users.history.close') }}</button>
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
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<UserHistoryDialogData>(MAT_DIALOG_DATA);
  protected readonly entries = signal<readonly UserHistoryEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.entries.set((await firstValueFrom(this.http.get<UserHistoryView>(`/api/identity/users/${encodeURIComponent(this.data.user.id)}/history`))).items);
    } catch (error) {
      this.problemKey.set(problemMessageKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected label(type: string): string {
    const key = `users.history.events.${type}`;
    const text = this.transloco.translate(key);
    return text === key ? type : text;
  }

  protected actorOf(entry: UserHistoryEntry): string {
    if (entry.actorName) return entry.actorName;
    return this.transloco.translate(entry.actor.startsWith('system:') ? 'users.history.system' : 'users.history.someone');
  }

  protected detailsOf(entry: UserHistoryEntry): { label: string; value: string }[] {
    return Object.entries(entry.details).map(([field, value]) => ({ label: this.transloco.translate(`users.history.fields.${field}`), value: this.valueOf(field, value) }));
  }

  private valueOf(field: string, value: string): string {
    if (field === 'roles' || field === 'previousRoles') {
      return value
        .split(', ')
        .map((role) => this.transloco.translate(`users.roles.${role}`))
        .join(', ');
    }
    if (field === 'organizationId') return this.data.organizations.find((organization) => organization.id === value)?.name ?? value;
    if (field === 'language') return this.transloco.translate(`app.languages.${value}`);
    if (field === 'lockedUntil' || field === 'expiresAt') return new Date(value).toLocaleString(this.transloco.getActiveLang());
    return value;
  }
}
