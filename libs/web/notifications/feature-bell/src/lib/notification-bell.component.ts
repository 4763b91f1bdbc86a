import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnDestroy, OnInit } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { notificationsScope } from '@lexport/web-notifications-i18n';
import type { NotificationView } from '@lexport/notifications-published';
import { NotificationsStore } from '@lexport/web-notifications-data-access';
import { NotificationTextPipe } from '@lexport/web-notifications-ui';

/** The toolbar bell: the unread count as a badge, the latest notifications in a menu. */
@Component({
  selector: 'lex-notification-bell',
  imports: [
    DatePipe,
    RouterLink,
    MatBadgeModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslocoDirective,
    NotificationTextPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(notificationsScope)],
  template: `
    <ng-container *transloco="let t">
      <button
        mat-icon-button
        type="button"
        [matMenuTriggerFor]="menu"
        (menuOpened)="loadRecent()"
        [attr.aria-label]="
          store.unread() > 0 ? t('notifications.bellUnread', { count: store.unread() }) : t('notifications.bell')
        "
      >
        <mat-icon
          aria-hidden="true"
          [matBadge]="store.unread() > 0 ? (store.unread() > 99 ? '99+' : store.unread()) : null"
          matBadgeColor="warn"
          matBadgeSize="medium"
          [matBadgeDescription]="''"
          >notifications</mat-icon
        >
      </button>
      <mat-menu #menu="matMenu" xPosition="before" class="notification-menu">
        <div
          class="menu-header"
          (click)="$event.stopPropagation()"
          (keydown)="$event.stopPropagation()"
          role="presentation"
        >
          <span class="menu-title">{{ t('notifications.recent') }}</span>
          @if (store.unread() > 0 && recent().length > 0) {
            <button mat-button type="button" (click)="markAllRead()">{{ t('notifications.markAllRead') }}</button>
          }
        </div>
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
        }
        @for (notification of recent(); track notification.id) {
          <button mat-menu-item type="button" (click)="open(notification)" [class.unread]="!notification.read">
            <span class="text">{{ notification | notificationText }}</span>
            <span class="time">{{ notification.createdAt | date: 'short' }}</span>
          </button>
        } @empty {
          @if (!loading()) {
            <p class="empty">{{ t('notifications.empty') }}</p>
          }
        }
        <a mat-menu-item routerLink="/notifications">
          <mat-icon aria-hidden="true">list</mat-icon>
          {{ t('notifications.seeAll') }}
        </a>
      </mat-menu>
    </ng-container>
  `,
  styles: `
    .menu-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 8px 4px 16px;
    }
    .menu-title {
      font: var(--mat-sys-title-small);
    }
    .text {
      display: block;
      white-space: normal;
      line-height: 1.3;
    }
    .time {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .unread .text {
      font-weight: 600;
    }
    .empty {
      padding: 8px 16px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationBellComponent implements OnInit, OnDestroy {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  protected readonly recent = signal<readonly NotificationView[]>([]);
  protected readonly loading = signal(false);

  ngOnInit(): void {
    this.store.start();
  }

  ngOnDestroy(): void {
    this.store.stop();
  }

  protected async loadRecent(): Promise<void> {
    this.loading.set(true);
    try {
      this.recent.set((await this.store.page({ limit: 5 })).items);
    } catch {
      this.recent.set([]);
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(notification: NotificationView): Promise<void> {
    if (!notification.read) await this.store.markRead([notification.id]);
    if (notification.link) await this.router.navigateByUrl(notification.link);
  }

  protected async markAllRead(): Promise<void> {
    const newest = this.recent()[0];
    if (!newest) return;
    await this.store.markAllRead(newest.position);
    await this.loadRecent();
  }
}
