import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/**
 * The top of every page: its one h1, a line saying what the page is for, the page's main actions (projected), and
 * a progress bar slot that keeps its height so that the content does not jump while something loads.
 */
@Component({
  selector: 'lex-page-header',
  imports: [MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div>
        <h1 class="page-title">{{ title() }}</h1>
        @if (subtitle()) {
          <p class="page-subtitle">{{ subtitle() }}</p>
        }
      </div>
      <ng-content />
    </header>
    <ng-content select="[below-title]" />
    <div class="progress-slot">
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="busyLabel()" />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class PageHeaderComponent {
  readonly title = input.required<string>();
  readonly subtitle = input<string>();
  readonly busy = input(false);
  /** What the progress bar stands for, for screen readers ("Loading", "Saving"). */
  readonly busyLabel = input('');
}
