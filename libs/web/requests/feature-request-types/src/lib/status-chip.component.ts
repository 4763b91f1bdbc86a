import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import type { RequestTypeStatus } from '@lexport/requests-published';

const icons: Record<RequestTypeStatus, string> = { draft: 'edit_note', offered: 'storefront', retired: 'inventory_2' };

/** A request type's status in words, with an icon, never by colour alone. */
@Component({
  selector: 'lex-request-type-status',
  imports: [MatIconModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span [class]="'chip ' + status()" *transloco="let t">
      <mat-icon aria-hidden="true" inline>{{ icons[status()] }}</mat-icon>
      {{ t('requests.requestTypes.status.' + status()) }}
    </span>
  `,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .offered {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .retired {
      background: var(--mat-sys-surface-variant);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
    }
  `,
})
export class RequestTypeStatusComponent {
  readonly status = input.required<RequestTypeStatus>();
  protected readonly icons = icons;
}
