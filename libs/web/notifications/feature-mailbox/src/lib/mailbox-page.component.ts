import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { DomSanitizer } from '@angular/platform-browser';
import type { SafeHtml } from '@angular/platform-browser';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { notificationsScope } from '@lexport/web-notifications-i18n';
import type { PageOf } from '@lexport/shared-published';
import type { MailboxMessageView } from '@lexport/notifications-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { MailboxApi, notificationsProblemKey } from '@lexport/web-notifications-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';

type Summary = Omit<MailboxMessageView, 'html' | 'text'>;

/**
 * The development mailbox: what the embedded portal would have emailed, so that whoever ran `npm start` can open an
 * invitation link. The HTML part is shown in a sandboxed frame (no scripts, no same-origin access).
 */
@Component({
  selector: 'lex-mailbox-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(notificationsScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <lex-page-header
        [title]="t('notifications.mailbox.title')"
        [subtitle]="t('notifications.mailbox.subtitle')"
        [busy]="loading()"
        [busyLabel]="t('common.loading')"
      >
        <button mat-stroked-button type="button" (click)="load()">
          <mat-icon aria-hidden="true">refresh</mat-icon>
          {{ t('notifications.mailbox.refresh') }}
        </button>
      </lex-page-header>
      @if (problemKey(); as key) {
        <lex-empty-state
          icon="error"
          tone="error"
          [title]="t('notifications.mailbox.unavailable')"
          [message]="t(key)"
        />
      } @else if (messages()?.total === 0) {
        <lex-empty-state
          icon="mail"
          [title]="t('notifications.mailbox.empty.title')"
          [message]="t('notifications.mailbox.empty.message')"
        />
      } @else if (messages(); as page) {
        <div class="layout">
          <mat-selection-list [multiple]="false" class="list" [attr.aria-label]="t('notifications.mailbox.title')">
            @for (message of page.items; track message.id) {
              <mat-list-option
                [value]="message.id"
                [selected]="selected()?.id === message.id"
                (click)="open(message.id)"
              >
                <span matListItemTitle>{{ message.subject }}</span>
                <span matListItemLine>{{ message.to }} · {{ message.receivedAt | date: 'short' }}</span>
              </mat-list-option>
            }
          </mat-selection-list>
          @if (selected(); as message) {
            <article class="message" [attr.aria-label]="message.subject">
              <h2 class="subject">{{ message.subject }}</h2>
              <p class="meta">
                {{ t('notifications.mailbox.to') }} {{ message.to }} · {{ t('notifications.mailbox.from') }}
                {{ message.from }}
              </p>
              <iframe
                class="body"
                sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
                [srcdoc]="html()"
                [title]="message.subject"
              ></iframe>
            </article>
          }
        </div>
      }
    </ng-container>
  `,
  styles: `
    :host {
      max-width: 1200px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(260px, 1fr) 2fr;
      gap: 16px;
    }
    @media (max-width: 839.98px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .list,
    .message {
      background: var(--mat-sys-surface-container-low);
      border-radius: var(--mat-sys-corner-large);
    }
    .message {
      padding: 16px;
    }
    .subject {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .body {
      width: 100%;
      height: 520px;
      border: 0;
      background: #fff;
      border-radius: var(--mat-sys-corner-medium);
    }
  `,
})
export class MailboxPageComponent implements OnInit {
  private readonly api = inject(MailboxApi);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly messages = signal<PageOf<Summary> | null>(null);
  protected readonly selected = signal<MailboxMessageView | null>(null);
  protected readonly html = signal<SafeHtml>('');

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.problemKey.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ limit: 100 }));
      this.messages.set(page);
      const first = page.items[0];
      if (first && !this.selected()) await this.open(first.id);
    } catch (error) {
      this.problemKey.set(notificationsProblemKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(id: string): Promise<void> {
    const message = await firstValueFrom(this.api.message(id));
    this.selected.set(message);
    // The HTML was rendered by the portal's own templates, user data escaped; the frame runs no script.
    this.html.set(this.sanitizer.bypassSecurityTrustHtml(message.html.replace('<head>', '<head><base target="_top">')));
  }
}
