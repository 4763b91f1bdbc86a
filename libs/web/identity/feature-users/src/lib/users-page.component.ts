import { HttpClient } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { UserView } from '@lexport/identity-contracts';
import type { CommandAccepted, PageOf } from '@lexport/shared-contracts';
import { problemMessageKey, toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { InviteUserDialogComponent } from './invite-user-dialog.component';

type UserAction = 'resend' | 'revoke' | 'deactivate' | 'reactivate';

const requests: Record<UserAction, { method: 'POST' | 'DELETE'; path: string }> = {
  resend: { method: 'POST', path: 'invitation' },
  revoke: { method: 'DELETE', path: 'invitation' },
  deactivate: { method: 'POST', path: 'deactivation' },
  reactivate: { method: 'DELETE', path: 'deactivation' },
};

/** Admins see every account and invite, re-invite, withdraw, deactivate or reactivate. */
@Component({
  selector: 'lex-users-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule, MatTableModule, TranslocoDirective, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <header class="page-header">
        <div>
          <h1 class="page-title">{{ t('users.title') }}</h1>
          <p class="page-subtitle">{{ t('users.subtitle') }}</p>
        </div>
        <button mat-flat-button type="button" (click)="invite()">
          <mat-icon aria-hidden="true">person_add</mat-icon>
          {{ t('users.invite.action') }}
        </button>
      </header>
      <div class="progress-slot">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
        }
      </div>
      @if (problemKey(); as key) {
        <lex-empty-state icon="error" tone="error" [title]="t('users.loadFailed')" [message]="t(key)">
          <button mat-stroked-button type="button" (click)="load()">{{ t('common.retry') }}</button>
        </lex-empty-state>
      } @else if (users(); as page) {
        <table mat-table [dataSource]="page.items" class="users">
          <caption class="visually-hidden">{{ t('users.title') }}</caption>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ t('users.fields.name') }}</th>
            <td mat-cell *matCellDef="let user">
              <div class="name">{{ user.name }}</div>
              <div class="email">{{ user.email }}</div>
            </td>
          </ng-container>
          <ng-container matColumnDef="roles">
            <th mat-header-cell *matHeaderCellDef>{{ t('users.fields.roles') }}</th>
            <td mat-cell *matCellDef="let user">
              @for (role of user.roles; track role; let last = $last) {
                {{ t('users.roles.' + role) }}{{ last ? '' : ', ' }}
              }
              @if (user.organizationId) {
                · {{ user.organizationId }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ t('users.fields.status') }}</th>
            <td mat-cell *matCellDef="let user">{{ t('users.status.' + user.status) }}</td>
          </ng-container>
          <ng-container matColumnDef="lastLoginAt">
            <th mat-header-cell *matHeaderCellDef>{{ t('users.fields.lastLogin') }}</th>
            <td mat-cell *matCellDef="let user">{{ user.lastLoginAt ? (user.lastLoginAt | date: 'short') : '—' }}</td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ t('common.actions') }}</span></th>
            <td mat-cell *matCellDef="let user" class="actions">
              @if (actionsFor(user).length > 0) {
                <button mat-icon-button type="button" [matMenuTriggerFor]="menu" [attr.aria-label]="t('users.actionsFor', { name: user.name })">
                  <mat-icon aria-hidden="true">more_vert</mat-icon>
                </button>
                <mat-menu #menu="matMenu">
                  @for (action of actionsFor(user); track action) {
                    <button mat-menu-item type="button" (click)="run(action, user)">{{ t('users.actions.' + action) }}</button>
                  }
                </mat-menu>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      }
    </ng-container>
  `,
  styles: `
    .users {
      width: 100%;
      background: var(--mat-sys-surface-container-low);
    }
    .name {
      font-weight: 500;
    }
    .email {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      width: 56px;
      text-align: end;
    }
  `,
})
export class UsersPageComponent implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly columns = ['name', 'roles', 'status', 'lastLoginAt', 'actions'];
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly users = signal<PageOf<UserView> | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected actionsFor(user: UserView): UserAction[] {
    switch (user.status) {
      case 'invited':
        return ['resend', 'revoke'];
      case 'active':
        return ['deactivate'];
      case 'deactivated':
        return ['reactivate'];
      default:
        return [];
    }
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.problemKey.set(null);
    try {
      this.users.set(await firstValueFrom(this.http.get<PageOf<UserView>>('/api/identity/users', { params: { limit: 200 } })));
    } catch (error) {
      this.problemKey.set(problemMessageKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected invite(): void {
    this.dialog
      .open<InviteUserDialogComponent, undefined, CommandAccepted>(InviteUserDialogComponent, { autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.snackBar.open(this.transloco.translate('users.invite.sent'), undefined, { duration: 4000, politeness: 'polite' });
        void this.load();
      });
  }

  protected async run(action: UserAction, user: UserView): Promise<void> {
    const { method, path } = requests[action];
    try {
      await firstValueFrom(this.http.request(method, `/api/identity/users/${encodeURIComponent(user.id)}/${path}`));
      this.snackBar.open(this.transloco.translate(`users.done.${action}`), undefined, { duration: 4000, politeness: 'polite' });
      await this.load();
    } catch (error) {
      this.snackBar.open(this.transloco.translate(problemMessageKey(toProblem(error).code)), undefined, { duration: 6000, politeness: 'assertive' });
    }
  }
}
