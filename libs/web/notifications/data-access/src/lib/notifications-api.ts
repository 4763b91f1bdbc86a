import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EmailPreferencesRequest,
  EmailPreferencesView,
  listMailboxQuery,
  listNotificationsQuery,
  MailboxMessageView,
  MarkNotificationsReadRequest,
  NotificationsPage,
  UnreadCountView,
} from '@lexport/notifications-published';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type { Observable } from 'rxjs';
import type * as z from 'zod';

/** A query object as HTTP parameters, leaving out what is not set. */
const queryParams = (query: object): Record<string, string> =>
  Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );

/** One's in-app notifications and email preferences. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(query: z.input<typeof listNotificationsQuery>): Observable<NotificationsPage> {
    return this.http.get<NotificationsPage>('/api/notifications', { params: queryParams(query) });
  }

  unreadCount(): Observable<UnreadCountView> {
    return this.http.get<UnreadCountView>('/api/notifications/unread-count');
  }

  markRead(body: MarkNotificationsReadRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>('/api/notifications/read', body);
  }

  preferences(): Observable<EmailPreferencesView> {
    return this.http.get<EmailPreferencesView>('/api/notifications/preferences');
  }

  changePreferences(body: EmailPreferencesRequest): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>('/api/notifications/preferences', body);
  }
}

/** What the portal would have emailed, when it keeps its emails in the development mailbox. */
@Injectable({ providedIn: 'root' })
export class MailboxApi {
  private readonly http = inject(HttpClient);

  list(query: z.input<typeof listMailboxQuery>): Observable<PageOf<Omit<MailboxMessageView, 'html' | 'text'>>> {
    return this.http.get<PageOf<Omit<MailboxMessageView, 'html' | 'text'>>>('/api/dev/mailbox', {
      params: queryParams(query),
    });
  }

  message(messageId: string): Observable<MailboxMessageView> {
    return this.http.get<MailboxMessageView>(`/api/dev/mailbox/${encodeURIComponent(messageId)}`);
  }
}
