import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { FieldCondition, FieldOption, FormField } from '@lexport/requests-published';
import { BuilderErrors } from './builder-errors';
import { issueText } from './builder-issues';
import type { BuilderIssue } from './builder-issues';

type Operator = 'equals' | 'anyOf';

/** "Shown only when <an earlier field> equals / is any of <value(s)>": the one condition a field may have. */
@Component({
  selector: 'lex-condition-editor',
  imports: [
    FormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset *transloco="let t; prefix: 'requests.builder.condition'" class="condition">
      <legend class="legend">{{ t('legend') }}</legend>
      <mat-checkbox
        [id]="idPrefix() + '-toggle'"
        [checked]="condition() !== undefined"
        [disabled]="condition() === undefined && targets().length === 0"
        (change)="toggle($event.checked)"
        [attr.aria-describedby]="condition() === undefined && targets().length === 0 ? idPrefix() + '-none' : null"
      >
        {{ t('toggle') }}
      </mat-checkbox>
      @if (condition() === undefined && targets().length === 0) {
        <p class="hint" [id]="idPrefix() + '-none'">{{ t('noTargets') }}</p>
      }
      @for (issue of errors.at(pointer()); track $index) {
        <p class="issue">
          <mat-icon aria-hidden="true" inline>error</mat-icon>
          {{ describe(issue) }}
        </p>
      }
      @if (condition(); as current) {
        <div class="row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('field') }}</mat-label>
            <mat-select
              [id]="idPrefix() + '-field'"
              [ngModel]="current.field"
              (ngModelChange)="chooseTarget($event)"
              [errorStateMatcher]="errors.matcher(pointer() + '/field')"
            >
              @for (target of targets(); track target.key) {
                <mat-option [value]="target.key">{{ labelOf(target) }}</mat-option>
              }
              @if (!target()) {
                <mat-option [value]="current.field">{{ t('unknownField', { key: current.field }) }}</mat-option>
              }
            </mat-select>
            @if (errors.first(pointer() + '/field'); as issue) {
              <mat-error>{{ describe(issue) }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('operator') }}</mat-label>
            <mat-select [id]="idPrefix() + '-operator'" [ngModel]="operator()" (ngModelChange)="chooseOperator($event)">
              <mat-option value="equals">{{ t('equals') }}</mat-option>
              @if (allowsAnyOf()) {
                <mat-option value="anyOf">{{ t('anyOf') }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="value">
            <mat-label>{{ t('value') }}</mat-label>
            @switch (valueKind()) {
              @case ('checkbox') {
                <mat-select
                  [id]="idPrefix() + '-value'"
                  [ngModel]="equals()"
                  (ngModelChange)="setEquals($event)"
                  [errorStateMatcher]="valueMatcher()"
                >
                  <mat-option [value]="true">{{ t('ticked') }}</mat-option>
                  <mat-option [value]="false">{{ t('notTicked') }}</mat-option>
                </mat-select>
              }
              @case ('number') {
                <input
                  matInput
                  type="number"
                  [id]="idPrefix() + '-value'"
                  [ngModel]="equals()"
                  (ngModelChange)="setEquals($event)"
                  [errorStateMatcher]="valueMatcher()"
                />
              }
              @case ('option') {
                <mat-select
                  [id]="idPrefix() + '-value'"
                  [ngModel]="equals()"
                  (ngModelChange)="setEquals($event)"
                  [errorStateMatcher]="valueMatcher()"
                >
                  @for (option of options(); track $index) {
                    <mat-option [value]="option.value">{{ optionLabel(option) }}</mat-option>
                  }
                </mat-select>
              }
              @case ('options') {
                <mat-select
                  multiple
                  [id]="idPrefix() + '-value'"
                  [ngModel]="anyOf()"
                  (ngModelChange)="setAnyOf($event)"
                  [errorStateMatcher]="valueMatcher()"
                >
                  @for (option of options(); track $index) {
                    <mat-option [value]="option.value">{{ optionLabel(option) }}</mat-option>
                  }
                </mat-select>
              }
              @case ('texts') {
                <textarea
                  matInput
                  rows="3"
                  [id]="idPrefix() + '-value'"
                  [ngModel]="anyOf().join('\\n')"
                  [ngModelOptions]="{ updateOn: 'blur' }"
                  (ngModelChange)="setAnyOf(lines($event))"
                  [errorStateMatcher]="valueMatcher()"
                ></textarea>
              }
              @default {
                <input
                  matInput
                  [id]="idPrefix() + '-value'"
                  [ngModel]="equals()"
                  (ngModelChange)="setEquals($event)"
                  [errorStateMatcher]="valueMatcher()"
                  autocomplete="off"
                />
              }
            }
            @if (valueKind() === 'texts') {
              <mat-hint>{{ t('onePerLine') }}</mat-hint>
            }
            @if (valueIssue(); as issue) {
              <mat-error>{{ describe(issue) }}</mat-error>
            }
          </mat-form-field>
        </div>
      }
    </fieldset>
  `,
  styles: `
    .condition {
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
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .issue {
      margin: 4px 0;
      color: var(--mat-sys-error);
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class ConditionEditorComponent {
  readonly condition = input<FieldCondition | undefined>();
  /** The earlier fields it may depend on (`conditionTargets`). */
  readonly targets = input.required<readonly FormField[]>();
  /** The JSON pointer of the condition (`/sections/0/fields/2/visibleWhen`). */
  readonly pointer = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly conditionChange = output<FieldCondition | undefined>();

  protected readonly errors = inject(BuilderErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly describe = (issue: BuilderIssue) =>
    issueText(issue, (key, params) => this.transloco.translate(key, params));

  protected readonly target = computed(() => {
    const key = this.condition()?.field;
    return this.targets().find((candidate) => candidate.key === key);
  });
  protected readonly operator = computed<Operator>(() => {
    const condition = this.condition();
    return condition && 'anyOf' in condition ? 'anyOf' : 'equals';
  });
  /** "Is any of" compares text: a choice or a short text. */
  protected readonly allowsAnyOf = computed(() => {
    const type = this.target()?.type;
    return type === 'single-select' || type === 'multi-select' || type === 'short-text';
  });
  protected readonly options = computed<readonly FieldOption[]>(() => {
    const target = this.target();
    return target?.type === 'single-select' || target?.type === 'multi-select' ? target.options : [];
  });
  protected readonly valueKind = computed(() => {
    const type = this.target()?.type;
    const anyOf = this.operator() === 'anyOf';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'number') return 'number';
    if (type === 'single-select' || type === 'multi-select') return anyOf ? 'options' : 'option';
    return anyOf ? 'texts' : 'text';
  });
  protected readonly equals = computed(() => {
    const condition = this.condition();
    return condition && 'equals' in condition ? condition.equals : null;
  });
  protected readonly anyOf = computed<readonly string[]>(() => {
    const condition = this.condition();
    return condition && 'anyOf' in condition ? condition.anyOf : [];
  });
  protected readonly valueIssue = computed(
    () => this.errors.first(`${this.pointer()}/equals`) ?? this.errors.first(`${this.pointer()}/anyOf`),
  );
  protected readonly valueMatcher = computed(() =>
    this.errors.matcher(`${this.pointer()}/${this.operator() === 'anyOf' ? 'anyOf' : 'equals'}`),
  );

  protected labelOf(field: FormField): string {
    const label = field.label[this.language()].trim();
    return label ? `${label} (${field.key})` : field.key;
  }

  protected optionLabel(option: FieldOption): string {
    return option.label[this.language()].trim() || option.value;
  }

  protected toggle(on: boolean): void {
    if (!on) return this.conditionChange.emit(undefined);
    const nearest = this.targets().at(-1);
    if (nearest) this.chooseTarget(nearest.key);
  }

  /** A new field to depend on starts with a value of its kind. */
  protected chooseTarget(key: string): void {
    const target = this.targets().find((candidate) => candidate.key === key);
    switch (target?.type) {
      case 'checkbox':
        return this.conditionChange.emit({ field: key, equals: true });
      case 'number':
        return this.conditionChange.emit({ field: key, equals: 0 });
      case 'single-select':
      case 'multi-select':
        return this.conditionChange.emit({ field: key, equals: target.options[0]?.value ?? '' });
      default:
        return this.conditionChange.emit({ field: key, equals: '' });
    }
  }

  protected chooseOperator(operator: Operator): void {
    const condition = this.condition();
    if (!condition || operator === this.operator()) return;
    if (operator === 'anyOf') {
      const value = 'equals' in condition ? condition.equals : '';
      this.conditionChange.emit({ field: condition.field, anyOf: typeof value === 'string' && value ? [value] : [] });
    } else {
      this.conditionChange.emit({ field: condition.field, equals: this.anyOf()[0] ?? '' });
    }
  }

  protected setEquals(value: string | number | boolean | null): void {
    const condition = this.condition();
    // An emptied number box leaves a value the schema refuses, which the builder then points out.
    if (condition) this.conditionChange.emit({ field: condition.field, equals: value ?? Number.NaN });
  }

  protected setAnyOf(values: readonly string[]): void {
    const condition = this.condition();
    if (condition) this.conditionChange.emit({ field: condition.field, anyOf: [...values] });
  }

  protected lines(text: string): string[] {
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }

  private language(): 'en' | 'fr' {
    return this.transloco.getActiveLang() === 'fr' ? 'fr' : 'en';
  }
}
