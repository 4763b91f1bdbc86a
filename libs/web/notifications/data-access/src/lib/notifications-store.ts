import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { NotificationsPage } from '@lexport/notifications-published';
import { firstValueFrom } from 'rxjs';
import { NotificationsApi } from './notifications-api';

const pollEveryMs = 30_000;

/** The signed-in person's unread count, shared by the bell and the notifications page, refreshed while visible. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);
  private readonly count = signal(0);
  private timer: ReturnType<typeof setInterval> | undefined;
  readonly unread = this.count.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts polling (idempotent); the count also refreshes after every change made here. */
  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') void this.refresh();
    }, pollEveryMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.count.set(0);
  }

  async refresh(): Promise<void> {
    try {
      this.count.set((await firstValueFrom(this.api.unreadCount())).unread);
    } catch {
      // The bell keeps its last count; the page itself reports failures.
    }
  }

  page(options: { limit: number; offset?: number; unread?: boolean }): Promise<NotificationsPage> {
    return firstValueFrom(
      this.api.list({
        limit: options.limit,
        offset: options.offset ?? 0,
        ...(options.unread ? { unread: 'true' } : {}),
      }),
    );
  }

  async markRead(notificationIds: readonly string[]): Promise<void> {
    await firstValueFrom(this.api.markRead({ notificationIds: [...notificationIds] }));
    await this.refresh();
  }

  async markAllRead(upToPosition: number): Promise<void> {
    await firstValueFrom(this.api.markRead({ upToPosition }));
    await this.refresh();
  }
}
