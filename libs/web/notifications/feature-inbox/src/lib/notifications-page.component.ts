import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { notificationsScope } from '@lexport/web-notifications-i18n';
import type { NotificationView } from '@lexport/notifications-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { notificationsProblemKey, NotificationsStore } from '@lexport/web-notifications-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { NotificationTextPipe } from '@lexport/web-notifications-ui';

const pageSize = 20;

/** All of one's notifications, newest first: filter to unread, open one, mark one or all read, load more. */
@Component({
  selector: 'lex-notifications-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    TranslocoDirective,
    EmptyStateComponent,
    NotificationTextPipe,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(notificationsScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <lex-page-header
        [title]="t('notifications.title')"
        [subtitle]="t('notifications.subtitle')"
        [busy]="loading()"
        [busyLabel]="t('common.loading')"
      >
        <div class="toolbar">
          <mat-button-toggle-group
            [value]="unreadOnly() ? 'unread' : 'all'"
            (change)="filter($event.value === 'unread')"
            [attr.aria-label]="t('notifications.title')"
            hideSingleSelectionIndicator
          >
            <mat-button-toggle value="all">{{ t('notifications.all') }}</mat-button-toggle>
            <mat-button-toggle value="unread">{{ t('notifications.unreadOnly') }}</mat-button-toggle>
          </mat-button-toggle-group>
          @if (store.unread() > 0) {
            <button mat-stroked-button type="button" (click)="markAllRead()">
              <mat-icon aria-hidden="true">done_all</mat-icon>
              {{ t('notifications.markAllRead') }}
            </button>
          }
        </div>
      </lex-page-header>
      @if (problemKey(); as key) {
        <lex-empty-state icon="error" tone="error" [title]="t('notifications.loadFailed')" [message]="t(key)">
          <button mat-stroked-button type="button" (click)="load()">{{ t('common.retry') }}</button>
        </lex-empty-state>
      } @else if (items().length === 0 && !loading()) {
        <lex-empty-state
          icon="notifications_none"
          [title]="unreadOnly() ? t('notifications.noUnread') : t('notifications.empty')"
          [message]="t('notifications.emptyMessage')"
        />
      } @else {
        <ul class="notifications" [attr.aria-label]="t('notifications.title')">
          @for (notification of items(); track notification.id) {
            <li class="notification" [class.unread]="!notification.read">
              <mat-icon aria-hidden="true" class="dot">{{
                notification.read ? 'notifications_none' : 'notifications_active'
              }}</mat-icon>
              <div class="body">
                @if (notification.link) {
                  <a class="text" href="" (click)="$event.preventDefault(); open(notification)">{{
                    notification | notificationText
                  }}</a>
                } @else {
                  <span class="text">{{ notification | notificationText }}</span>
                }
                <span class="meta">
                  <time [attr.datetime]="notification.createdAt">{{ notification.createdAt | date: 'medium' }}</time>
                  @if (!notification.read) {
                    · <span class="badge">{{ t('notifications.unread') }}</span>
                  }
                </span>
              </div>
              @if (!notification.read) {
                <button
                  mat-icon-button
                  type="button"
                  (click)="markRead(notification)"
                  [attr.aria-label]="t('notifications.markRead')"
                >
                  <mat-icon aria-hidden="true">done</mat-icon>
                </button>
              }
            </li>
          }
        </ul>
        @if (items().length < total()) {
          <div class="more">
            <button mat-stroked-button type="button" (click)="loadMore()" [disabled]="loading()">
              {{ t('notifications.loadMore') }}
            </button>
          </div>
        }
      }
    </ng-container>
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .notifications {
      list-style: none;
      margin: 0;
      padding: 0;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
    }
    .notification {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 12px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .notification:last-child {
      border-bottom: none;
    }
    .body {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .text {
      color: var(--mat-sys-on-surface);
    }
    .unread .text {
      font-weight: 600;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .badge {
      color: var(--mat-sys-primary);
    }
    .dot {
      color: var(--mat-sys-on-surface-variant);
    }
    .unread .dot {
      color: var(--mat-sys-primary);
    }
    .more {
      display: flex;
      justify-content: center;
      padding: 16px;
    }
  `,
})
export class NotificationsPageComponent implements OnInit {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly items = signal<readonly NotificationView[]>([]);
  protected readonly total = signal(0);
  protected readonly unreadOnly = signal(false);
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected filter(unreadOnly: boolean): void {
    this.unreadOnly.set(unreadOnly);
    void this.load();
  }

  protected async load(): Promise<void> {
    await this.fetch(0);
  }

  protected async loadMore(): Promise<void> {
    await this.fetch(this.items().length);
  }

  private async fetch(offset: number): Promise<void> {
    this.loading.set(true);
    this.problemKey.set(null);
    try {
      const page = await this.store.page({ limit: pageSize, offset, unread: this.unreadOnly() });
      this.items.set(offset === 0 ? page.items : [...this.items(), ...page.items]);
      this.total.set(page.total);
      void this.store.refresh();
    } catch (error) {
      this.problemKey.set(notificationsProblemKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(notification: NotificationView): Promise<void> {
    if (!notification.read) await this.markRead(notification);
    if (notification.link) await this.router.navigateByUrl(notification.link);
  }

  protected async markRead(notification: NotificationView): Promise<void> {
    try {
      await this.store.markRead([notification.id]);
      this.items.set(this.items().map((item) => (item.id === notification.id ? { ...item, read: true } : item)));
    } catch (error) {
      this.snackBar.open(this.transloco.translate(notificationsProblemKey(toProblem(error).code)), undefined, {
        duration: 6000,
        politeness: 'assertive',
      });
    }
  }

  protected async markAllRead(): Promise<void> {
    try {
      const newest = (await this.store.page({ limit: 1 })).items[0];
      if (newest) await this.store.markAllRead(newest.position);
      await this.load();
    } catch (error) {
      this.snackBar.open(this.transloco.translate(notificationsProblemKey(toProblem(error).code)), undefined, {
        duration: 6000,
        politeness: 'assertive',
      });
    }
  }
}
