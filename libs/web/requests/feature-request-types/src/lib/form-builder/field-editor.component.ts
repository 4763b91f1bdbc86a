import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import type { MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { formLimits } from '@lexport/requests-published';
import type { FieldCondition, FieldOption, FormField } from '@lexport/requests-published';
import { BuilderErrors } from './builder-errors';
import { issueText } from './builder-issues';
import type { BuilderIssue } from './builder-issues';
import { emptyText } from './builder-model';
import { ConditionEditorComponent } from './condition-editor.component';
import { OptionsEditorComponent } from './options-editor.component';

/** One field's settings: what every field has, then what its type adds, then when it is shown. */
@Component({
  selector: 'lex-field-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoDirective,
    ConditionEditorComponent,
    OptionsEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './field-editor.component.html',
  styleUrl: './field-editor.component.scss',
})
export class FieldEditorComponent {
  readonly field = input.required<FormField>();
  /** The field's JSON pointer in the draft (`/sections/0/fields/2`): where its issues point. */
  readonly pointer = input.required<string>();
  /** Prefix of the ids of its controls (`<prefix>-label-en`), so that the builder can move focus to one of them. */
  readonly idPrefix = input.required<string>();
  readonly conditionTargets = input<readonly FormField[]>([]);
  readonly fieldChange = output<FormField>();

  protected readonly errors = inject(BuilderErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly limits = formLimits;
  protected readonly describe = (issue: BuilderIssue) =>
    issueText(issue, (key, params) => this.transloco.translate(key, params));

  // Narrowed views of the field, one per kind of settings, so that the template reads typed properties.
  protected readonly text = computed(() => {
    const field = this.field();
    return field.type === 'short-text' || field.type === 'long-text' ? field : null;
  });
  protected readonly shortText = computed(() => {
    const field = this.field();
    return field.type === 'short-text' ? field : null;
  });
  protected readonly numeric = computed(() => {
    const field = this.field();
    return field.type === 'number' ? field : null;
  });
  protected readonly money = computed(() => {
    const field = this.field();
    return field.type === 'money' ? field : null;
  });
  protected readonly date = computed(() => {
    const field = this.field();
    return field.type === 'date' ? field : null;
  });
  protected readonly choice = computed(() => {
    const field = this.field();
    return field.type === 'single-select' || field.type === 'multi-select' ? field : null;
  });
  protected readonly multiple = computed(() => {
    const field = this.field();
    return field.type === 'multi-select' ? field : null;
  });
  protected readonly party = computed(() => {
    const field = this.field();
    return field.type === 'party' ? field : null;
  });
  protected readonly file = computed(() => {
    const field = this.field();
    return field.type === 'file' ? field : null;
  });

  protected id(part: string): string {
    return `${this.idPrefix()}-${part}`;
  }

  protected at(part: string): string {
    return `${this.pointer()}/${part}`;
  }

  /** Merges changes into the field; `undefined` removes a setting. */
  protected patch(changes: Record<string, unknown>): void {
    const next: Record<string, unknown> = { ...this.field(), ...changes };
    for (const [name, value] of Object.entries(changes)) if (value === undefined) delete next[name];
    this.fieldChange.emit(next as FormField);
  }

  protected setLabel(language: 'en' | 'fr', value: string): void {
    this.patch({ label: { ...this.field().label, [language]: value } });
  }

  /** Help is optional: emptied in both languages, it is gone. */
  protected setHelp(language: 'en' | 'fr', value: string): void {
    const help = { ...(this.field().help ?? emptyText()), [language]: value };
    this.patch({ help: help.en.trim() === '' && help.fr.trim() === '' ? undefined : help });
  }

  protected setNumber(name: string, value: number | null | string): void {
    this.patch({ [name]: typeof value === 'number' && Number.isFinite(value) ? value : undefined });
  }

  protected setText(name: string, value: string): void {
    this.patch({ [name]: value.trim() === '' ? undefined : value.trim() });
  }

  protected togglePattern(on: boolean): void {
    this.patch({ pattern: on ? { regex: '', message: emptyText() } : undefined });
  }

  protected setPattern(changes: { regex?: string; en?: string; fr?: string }): void {
    const pattern = this.shortText()?.pattern;
    if (!pattern) return;
    this.patch({
      pattern: {
        regex: changes.regex ?? pattern.regex,
        message: { en: changes.en ?? pattern.message.en, fr: changes.fr ?? pattern.message.fr },
      },
    });
  }

  protected addCurrency(event: MatChipInputEvent): void {
    const money = this.money();
    const codes = event.value
      .toUpperCase()
      .split(/[\s,;]+/)
      .filter(Boolean);
    event.chipInput.clear();
    if (!money || codes.length === 0) return;
    this.patch({ currencies: [...money.currencies, ...codes.filter((code) => !money.currencies.includes(code))] });
  }

  protected removeCurrency(code: string): void {
    const money = this.money();
    if (money) this.patch({ currencies: money.currencies.filter((candidate) => candidate !== code) });
  }

  protected setOptions(options: FieldOption[]): void {
    this.patch({ options });
  }

  protected toggleRoles(on: boolean): void {
    this.patch({ roles: on ? [] : undefined });
  }

  protected setRoles(roles: FieldOption[]): void {
    this.patch({ roles });
  }

  protected setCondition(condition: FieldCondition | undefined): void {
    this.patch({ visibleWhen: condition });
  }
}
