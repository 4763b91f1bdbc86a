import { HttpClient } from '@angular/common/http';
import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { NotificationsPage, UnreadCountView } from '@lexport/notifications-published';
import { firstValueFrom } from 'rxjs';

const pollEveryMs = 30_000;

/** The signed-in person's unread count, shared by the bell and the notifications page, refreshed while visible. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly http = inject(HttpClient);
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
      this.count.set((await firstValueFrom(this.http.get<UnreadCountView>('/api/notifications/unread-count'))).unread);
    } catch {
      // The bell keeps its last count; the page itself reports failures.
    }
  }

  page(options: { limit: number; offset?: number; unread?: boolean }): Promise<NotificationsPage> {
    const params: Record<string, string | number> = { limit: options.limit, offset: options.offset ?? 0 };
    if (options.unread) params['unread'] = 'true';
    return firstValueFrom(this.http.get<NotificationsPage>('/api/notifications', { params }));
  }

  async markRead(notificationIds: readonly string[]): Promise<void> {
    await firstValueFrom(this.http.post('/api/notifications/read', { notificationIds }));
    await this.refresh();
  }

  async markAllRead(upToPosition: number): Promise<void> {
    await firstValueFrom(this.http.post('/api/notifications/read', { upToPosition }));
    await this.refresh();
  }
}
