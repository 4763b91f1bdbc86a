import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { OnInit } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, OrganizationsStore, UsersApi } from '@lexport/web-identity-data-access';
import type { AccountAction, OrganizationView, UserView } from '@lexport/identity-published';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type { Observable } from 'rxjs';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { AccessDialogComponent } from './access-dialog.component';
import type { AccessDialogData } from './access-dialog.component';
import { InviteUserDialogComponent } from './invite-user-dialog.component';
import { UserHistoryDialogComponent } from './user-history-dialog.component';
import type { UserHistoryDialogData } from './user-history-dialog.component';

/** What the menu offers for an account: the actions the server says the admin may take, then the history. */
type MenuItem = 'resend' | 'revoke' | 'changeRoles' | 'deactivate' | 'reactivate' | 'approve' | 'decline' | 'history';

const menuItemOf: Record<AccountAction, Exclude<MenuItem, 'history'>> = {
  'resend-invitation': 'resend',
  'revoke-invitation': 'revoke',
  'change-roles': 'changeRoles',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  'approve-sign-up': 'approve',
  'decline-sign-up': 'decline',
};

const filters = ['all', 'awaiting-approval', 'active', 'invited', 'deactivated'] as const;
type Filter = (typeof filters)[number];

/**
 * Admins see every account: invite, re-invite, withdraw, approve or decline sign-ups, change roles and
 * organizations, deactivate or reactivate.
 */
@Component({
  selector: 'lex-users-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatMenuModule,
    MatTableModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <lex-page-header
        [title]="t('identity.users.title')"
        [subtitle]="t('identity.users.subtitle')"
        [busy]="loading()"
        [busyLabel]="t('common.loading')"
      >
        <button mat-flat-button type="button" (click)="invite()">
          <mat-icon aria-hidden="true">person_add</mat-icon>
          {{ t('identity.users.invite.action') }}
        </button>
        <div below-title class="list-controls">
          <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
            <mat-label>{{ t('identity.users.search') }}</mat-label>
            <mat-icon matPrefix aria-hidden="true">search</mat-icon>
            <input matInput type="search" [formControl]="search" autocomplete="off" />
          </mat-form-field>
          <mat-button-toggle-group
            class="filters"
            [value]="filter()"
            (change)="show($event.value)"
            [attr.aria-label]="t('identity.users.filter.label')"
            hideSingleSelectionIndicator
          >
            @for (option of filters; track option) {
              <mat-button-toggle [value]="option">{{ t('identity.users.filter.' + option) }}</mat-button-toggle>
            }
          </mat-button-toggle-group>
        </div>
      </lex-page-header>
      @if (problemKey(); as key) {
        <lex-empty-state icon="error" tone="error" [title]="t('identity.users.loadFailed')" [message]="t(key)">
          <button mat-stroked-button type="button" (click)="load()">{{ t('common.retry') }}</button>
        </lex-empty-state>
      } @else if (users(); as page) {
        @if (page.items.length === 0) {
          <lex-empty-state icon="person_search" [title]="t('identity.users.empty')" />
        } @else {
          <table mat-table [dataSource]="page.items" class="users">
            <caption class="visually-hidden">
              {{
                t('identity.users.title')
              }}
            </caption>
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef>{{ t('identity.users.fields.name') }}</th>
              <td mat-cell *matCellDef="let user">
                <div class="name">{{ user.name }}</div>
                <div class="email">{{ user.email }}</div>
              </td>
            </ng-container>
            <ng-container matColumnDef="roles">
              <th mat-header-cell *matHeaderCellDef>{{ t('identity.users.fields.roles') }}</th>
              <td mat-cell *matCellDef="let user">
                @for (role of user.roles; track role; let last = $last) {
                  {{ t('identity.users.roles.' + role) }}{{ last ? '' : ', ' }}
                }
                @if (user.organizationId) {
                  · {{ organizationName(user.organizationId) }}
                } @else if (user.organizationName) {
                  ·
                  <span class="signed-up-for">{{
                    t('identity.users.signedUpFor', { name: user.organizationName })
                  }}</span>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef>{{ t('identity.users.fields.status') }}</th>
              <td mat-cell *matCellDef="let user">{{ t('identity.users.status.' + user.status) }}</td>
            </ng-container>
            <ng-container matColumnDef="lastLoginAt">
              <th mat-header-cell *matHeaderCellDef>{{ t('identity.users.fields.lastLogin') }}</th>
              <td mat-cell *matCellDef="let user">{{ user.lastLoginAt ? (user.lastLoginAt | date: 'short') : '—' }}</td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef>
                <span class="visually-hidden">{{ t('common.actions') }}</span>
              </th>
              <td mat-cell *matCellDef="let user" class="actions">
                @if (menuFor(user); as items) {
                  <button
                    mat-icon-button
                    type="button"
                    [matMenuTriggerFor]="menu"
                    [attr.aria-label]="t('identity.users.actionsFor', { name: user.name })"
                  >
                    <mat-icon aria-hidden="true">more_vert</mat-icon>
                  </button>
                  <mat-menu #menu="matMenu">
                    @for (item of items; track item) {
                      <button mat-menu-item type="button" (click)="run(item, user)">
                        {{ t('identity.users.actions.' + item) }}
                      </button>
                    }
                  </mat-menu>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        }
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
    .list-controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      margin-bottom: 8px;
    }
    .search {
      width: min(360px, 100%);
    }
    .filters {
      flex-wrap: wrap;
    }
    .signed-up-for {
      font-style: italic;
    }
    .actions {
      width: 56px;
      text-align: end;
    }
  `,
})
export class UsersPageComponent implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly directory = inject(OrganizationsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  /** The list filter, from the address (?status=awaiting-approval), so that a notification can link to it. */
  readonly status = input<string>();
  protected readonly filters = filters;
  protected readonly filter = computed<Filter>(() =>
    (filters as readonly string[]).includes(this.status() ?? '') ? (this.status() as Filter) : 'all',
  );
  protected readonly organizations = this.directory.organizations;
  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(250), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe(() => void this.load());
  }

  protected readonly columns = ['name', 'roles', 'status', 'lastLoginAt', 'actions'];
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly users = signal<PageOf<UserView> | null>(null);

  ngOnInit(): void {
    void this.load();
    void this.loadOrganizations();
  }

  protected organizationName(organizationId: string): string {
    return this.directory.nameOf(organizationId);
  }

  protected async show(filter: Filter): Promise<void> {
    await this.router.navigate([], {
      queryParams: { status: filter === 'all' ? null : filter },
      queryParamsHandling: 'merge',
    });
    await this.load();
  }

  /** The server decided what this admin may do to this account (it refuses the rest anyway); history is always there. */
  protected menuFor(user: UserView): readonly MenuItem[] {
    return [...user.actions.map((action) => menuItemOf[action]), 'history'];
  }

  private async loadOrganizations(): Promise<void> {
    try {
      await this.directory.load();
    } catch {
      // Names fall back to ids; the dialogs that need the list load it again.
    }
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.problemKey.set(null);
    try {
      const filter = this.filter();
      this.users.set(
        await firstValueFrom(
          this.api.list({
            limit: 200,
            status: filter === 'all' ? undefined : filter,
            search: this.search.value.trim() || undefined,
          }),
        ),
      );
    } catch (error) {
      this.problemKey.set(identityProblemKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected invite(): void {
    this.dialog
      .open<InviteUserDialogComponent, readonly OrganizationView[], CommandAccepted>(InviteUserDialogComponent, {
        data: this.organizations(),
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.snackBar.open(this.transloco.translate('identity.users.invite.sent'), undefined, {
          duration: 4000,
          politeness: 'polite',
        });
        void this.load();
      });
  }

  protected async run(action: MenuItem, user: UserView): Promise<void> {
    if (action === 'history') {
      this.dialog.open<UserHistoryDialogComponent, UserHistoryDialogData>(UserHistoryDialogComponent, {
        data: { user, organizations: this.organizations() },
        width: 'min(640px, 95vw)',
      });
      return;
    }
    if (action === 'approve' || action === 'changeRoles') {
      if (this.organizations().length === 0) await this.loadOrganizations();
      this.dialog
        .open<AccessDialogComponent, AccessDialogData, CommandAccepted>(AccessDialogComponent, {
          data: { user, organizations: this.organizations(), purpose: action === 'approve' ? 'approve' : 'roles' },
          autoFocus: 'first-tabbable',
          width: 'min(520px, 95vw)',
        })
        .afterClosed()
        .subscribe((accepted) => {
          if (!accepted) return;
          this.snackBar.open(this.transloco.translate(`identity.users.done.${action}`), undefined, {
            duration: 4000,
            politeness: 'polite',
          });
          void this.load();
        });
      return;
    }
    const commands: Record<
      Exclude<MenuItem, 'history' | 'approve' | 'changeRoles'>,
      (userId: string) => Observable<CommandAccepted>
    > = {
      resend: (userId) => this.api.resendInvitation(userId),
      revoke: (userId) => this.api.revokeInvitation(userId),
      deactivate: (userId) => this.api.deactivate(userId),
      reactivate: (userId) => this.api.reactivate(userId),
      decline: (userId) => this.api.declineSignUp(userId),
    };
    try {
      await firstValueFrom(commands[action](user.id));
      this.snackBar.open(this.transloco.translate(`identity.users.done.${action}`), undefined, {
        duration: 4000,
        politeness: 'polite',
      });
      await this.load();
    } catch (error) {
      this.snackBar.open(this.transloco.translate(identityProblemKey(toProblem(error).code)), undefined, {
        duration: 6000,
        politeness: 'assertive',
      });
    }
  }
}
