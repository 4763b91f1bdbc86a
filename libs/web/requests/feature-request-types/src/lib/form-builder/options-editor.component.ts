import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector, input, output } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { formLimits } from '@lexport/requests-published';
import type { FieldOption } from '@lexport/requests-published';
import { BuilderErrors } from './builder-errors';
import { issueText } from './builder-issues';
import type { BuilderIssue } from './builder-issues';
import { emptyText, moved } from './builder-model';

/** The options of a choice (or the roles of a party): value and labels, added, removed and reordered by keyboard. */
@Component({
  selector: 'lex-options-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset *transloco="let t; prefix: 'requests.builder.options'" class="options" [attr.aria-describedby]="hintId()">
      <legend class="legend">{{ legend() }}</legend>
      <p class="hint" [id]="hintId()">{{ t('hint') }}</p>
      @for (issue of errors.at(pointer()); track $index) {
        <p class="issue">
          <mat-icon aria-hidden="true" inline>error</mat-icon>
          {{ describe(issue) }}
        </p>
      }
      <ol class="option-list">
        @for (option of options(); track $index; let index = $index, first = $first, last = $last) {
          <li class="option" [attr.aria-label]="t('position', { number: index + 1, total: options().length })">
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="label">
              <mat-label>{{ t('labelEn') }}</mat-label>
              <input
                matInput
                [id]="idOf(index, 'label-en')"
                [ngModel]="option.label.en"
                (ngModelChange)="change(index, { label: { en: $event, fr: option.label.fr } })"
                [errorStateMatcher]="errors.matcher(at(index, 'label/en'))"
                autocomplete="off"
              />
              @if (errors.first(at(index, 'label/en')); as issue) {
                <mat-error>{{ describe(issue) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="label">
              <mat-label>{{ t('labelFr') }}</mat-label>
              <input
                matInput
                [id]="idOf(index, 'label-fr')"
                lang="fr"
                [ngModel]="option.label.fr"
                (ngModelChange)="change(index, { label: { en: option.label.en, fr: $event } })"
                [errorStateMatcher]="errors.matcher(at(index, 'label/fr'))"
                autocomplete="off"
              />
              @if (errors.first(at(index, 'label/fr')); as issue) {
                <mat-error>{{ describe(issue) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="value">
              <mat-label>{{ t('value') }}</mat-label>
              <input
                matInput
                [id]="idOf(index, 'value')"
                [ngModel]="option.value"
                (ngModelChange)="change(index, { value: $event })"
                [errorStateMatcher]="errors.matcher(at(index, 'value'))"
                autocomplete="off"
                spellcheck="false"
              />
              @if (errors.first(at(index, 'value')); as issue) {
                <mat-error>{{ describe(issue) }}</mat-error>
              }
            </mat-form-field>
            <div class="option-actions">
              <button
                mat-icon-button
                type="button"
                [id]="idOf(index, 'up')"
                [disabled]="first"
                (click)="move(index, -1)"
                [attr.aria-label]="t('moveUp', { name: nameOf(option, index) })"
                [matTooltip]="t('moveUpShort')"
              >
                <mat-icon aria-hidden="true">arrow_upward</mat-icon>
              </button>
              <button
                mat-icon-button
                type="button"
                [id]="idOf(index, 'down')"
                [disabled]="last"
                (click)="move(index, 1)"
                [attr.aria-label]="t('moveDown', { name: nameOf(option, index) })"
                [matTooltip]="t('moveDownShort')"
              >
                <mat-icon aria-hidden="true">arrow_downward</mat-icon>
              </button>
              <button
                mat-icon-button
                type="button"
                (click)="remove(index)"
                [attr.aria-label]="t('remove', { name: nameOf(option, index) })"
                [matTooltip]="t('removeShort')"
              >
                <mat-icon aria-hidden="true">delete</mat-icon>
              </button>
            </div>
          </li>
        }
      </ol>
      <button
        mat-stroked-button
        type="button"
        [id]="idPrefix() + '-add'"
        (click)="add()"
        [disabled]="options().length >= limit()"
      >
        <mat-icon aria-hidden="true">add</mat-icon>
        {{ t('add') }}
      </button>
    </fieldset>
  `,
  styles: `
    .options {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      padding: 8px 12px 12px;
      margin: 0;
      min-width: 0;
    }
    .legend {
      font: var(--mat-sys-title-small);
      padding: 0 4px;
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .issue {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
    }
    .option-list {
      list-style: none;
      margin: 0 0 8px;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .option {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 0.8fr) auto;
      gap: 8px;
      align-items: start;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .option-actions {
      display: flex;
    }
    @media (max-width: 719px) {
      .option {
        grid-template-columns: minmax(0, 1fr);
      }
      .option-actions {
        justify-content: flex-end;
      }
    }
  `,
})
export class OptionsEditorComponent {
  readonly options = input.required<readonly FieldOption[]>();
  /** The JSON pointer of the list (`/sections/0/fields/2/options`). */
  readonly pointer = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly legend = input.required<string>();
  readonly limit = input<number>(formLimits.options);
  readonly optionsChange = output<FieldOption[]>();

  protected readonly errors = inject(BuilderErrors);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly describe = (issue: BuilderIssue) =>
    issueText(issue, (key, params) => this.transloco.translate(key, params));

  protected hintId(): string {
    return `${this.idPrefix()}-hint`;
  }

  protected idOf(index: number, part: string): string {
    return `${this.idPrefix()}-${index}-${part}`;
  }

  protected at(index: number, part: string): string {
    return `${this.pointer()}/${index}/${part}`;
  }

  protected nameOf(option: FieldOption, index: number): string {
    return option.label[this.language()] || option.value || String(index + 1);
  }

  protected change(index: number, changes: Partial<FieldOption>): void {
    this.optionsChange.emit(this.options().map((option, at) => (at === index ? { ...option, ...changes } : option)));
  }

  protected add(): void {
    const taken = new Set(this.options().map((option) => option.value));
    let number = this.options().length + 1;
    while (taken.has(`option-${number}`)) number++;
    this.optionsChange.emit([...this.options(), { value: `option-${number}`, label: emptyText() }]);
    this.focus(this.idOf(this.options().length, 'label-en'));
  }

  protected move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    const option = this.options()[index];
    if (!option || target < 0 || target >= this.options().length) return;
    this.optionsChange.emit(moved(this.options(), index, target));
    // Focus stays on the button pressed, or on the other one once the option reached the end it was moved to.
    const atEnd = offset < 0 ? target === 0 : target === this.options().length - 1;
    this.focus(this.idOf(target, offset < 0 !== atEnd ? 'up' : 'down'));
    this.announce('requests.builder.options.moved', {
      name: this.nameOf(option, index),
      number: target + 1,
      total: this.options().length,
    });
  }

  protected remove(index: number): void {
    const option = this.options()[index];
    if (!option) return;
    const remaining = this.options().length - 1;
    this.optionsChange.emit(this.options().filter((_option, at) => at !== index));
    this.focus(remaining === 0 ? `${this.idPrefix()}-add` : this.idOf(Math.min(index, remaining - 1), 'label-en'));
    this.announce('requests.builder.options.removed', { name: this.nameOf(option, index) });
  }

  private language(): 'en' | 'fr' {
    return this.transloco.getActiveLang() === 'fr' ? 'fr' : 'en';
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'polite');
  }

  private focus(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
