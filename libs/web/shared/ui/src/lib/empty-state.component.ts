import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A centred message for a page with nothing to show yet (or a failure), with room for an action. */
@Component({
  selector: 'lex-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty-state" [attr.role]="tone() === 'error' ? 'alert' : 'status'">
      <mat-icon class="icon" [class.error]="tone() === 'error'" aria-hidden="true">{{ icon() }}</mat-icon>
      @if (level() === 1) {
        <h1 class="title">{{ title() }}</h1>
      } @else {
        <h2 class="title">{{ title() }}</h2>
      }
      @if (message()) {
        <p class="message">{{ message() }}</p>
      }
      <div class="actions"><ng-content /></div>
    </div>
  `,
  styles: `
    .empty-state {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      padding: 48px 16px;
      gap: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-primary);
    }
    .icon.error {
      color: var(--mat-sys-error);
    }
    .title {
      margin: 8px 0 0;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-surface);
    }
    .message {
      margin: 0;
      max-width: 48ch;
      font: var(--mat-sys-body-large);
    }
    .actions {
      margin-top: 16px;
    }
  `,
})
export class EmptyStateComponent {
  /** 1 when the message is the whole page (an expired link), so that the page still has its one h1. */
  readonly level = input<1 | 2>(2);
  readonly icon = input('inbox');
  readonly title = input.required<string>();
  readonly message = input<string>();
  readonly tone = input<'neutral' | 'error'>('neutral');
}
