import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { openableKinds } from '@lexport/requests-published';
import type { FormField } from '@lexport/requests-published';
import { requestsProblemKey } from '@lexport/web-requests-data-access';
import { localized } from './references';
import type { References } from './references';
import { detailsLimits } from './request-type-details';
import type { DetailsForm } from './request-type-details';

/**
 * A request type's details: category, names and descriptions in both languages, what it opens, who handles it and,
 * once it has a form, which answer becomes a request's subject. Used by the "New request type" dialog and the editor.
 */
@Component({
  selector: 'lex-request-type-details-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fields" [formGroup]="group()" *transloco="let t">
      <mat-form-field appearance="outline">
        <mat-label>{{ t('requests.requestTypes.fields.category') }}</mat-label>
        <mat-select formControlName="categoryId" required>
          @for (category of references().categories; track category.id) {
            <mat-option [value]="category.id">{{ category.name }}</mat-option>
          }
        </mat-select>
        @if (group().controls.categoryId.hasError('server')) {
          <mat-error>{{ t(messageKey(group().controls.categoryId.getError('server'))) }}</mat-error>
        } @else {
          <mat-error>{{ t('requests.requestTypes.validation.categoryRequired') }}</mat-error>
        }
      </mat-form-field>

      <div class="pair" formGroupName="name">
        @for (language of languages; track language) {
          <mat-form-field appearance="outline">
            <mat-label>{{ t('requests.requestTypes.fields.name.' + language) }}</mat-label>
            <input
              matInput
              [formControlName]="language"
              [attr.lang]="language"
              [attr.maxlength]="limits.name.max"
              autocomplete="off"
              required
            />
            @let control = group().controls.name.controls[language];
            @if (control.hasError('server')) {
              <mat-error>{{ t(messageKey(control.getError('server'))) }}</mat-error>
            } @else if (control.hasError('minlength')) {
              <mat-error>{{ t('requests.requestTypes.validation.nameTooShort', { min: limits.name.min }) }}</mat-error>
            } @else {
              <mat-error>{{ t('requests.requestTypes.validation.nameRequired') }}</mat-error>
            }
          </mat-form-field>
        }
      </div>

      <div class="pair" formGroupName="description">
        @for (language of languages; track language) {
          <!-- Dynamic: the hint takes two lines in a narrow column, and would run over the next field's label. -->
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('requests.requestTypes.fields.description.' + language) }}</mat-label>
            <textarea
              matInput
              rows="3"
              [formControlName]="language"
              [attr.lang]="language"
              [attr.maxlength]="limits.description"
            ></textarea>
            <mat-hint>{{ t('requests.requestTypes.fields.descriptionHint') }}</mat-hint>
            @let control = group().controls.description.controls[language];
            @if (control.hasError('server')) {
              <mat-error>{{ t(messageKey(control.getError('server'))) }}</mat-error>
            }
          </mat-form-field>
        }
      </div>

      <mat-form-field appearance="outline">
        <mat-label>{{ t('requests.requestTypes.fields.opens') }}</mat-label>
        <mat-select formControlName="opens">
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ t('requests.requestTypes.opens.' + kind) }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ t('requests.requestTypes.fields.opensHint') }}</mat-hint>
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ t('requests.requestTypes.fields.practiceArea') }}</mat-label>
        <mat-select formControlName="practiceAreaId" required>
          @for (area of references().practiceAreas; track area.id) {
            <mat-option [value]="area.id">{{ name(area.name) }}</mat-option>
          }
        </mat-select>
        @if (group().controls.practiceAreaId.hasError('server')) {
          <mat-error>{{ t(messageKey(group().controls.practiceAreaId.getError('server'))) }}</mat-error>
        } @else {
          <mat-error>{{ t('requests.requestTypes.validation.practiceAreaRequired') }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ t('requests.requestTypes.fields.defaultAssignee') }}</mat-label>
        <mat-select formControlName="defaultAssigneeId">
          <mat-option [value]="null">{{ t('requests.requestTypes.fields.noAssignee') }}</mat-option>
          @for (member of references().team; track member.id) {
            <mat-option [value]="member.id">{{ member.name }} · {{ member.email }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ t('requests.requestTypes.fields.defaultAssigneeHint') }}</mat-hint>
        @if (group().controls.defaultAssigneeId.hasError('server')) {
          <mat-error>{{ t(messageKey(group().controls.defaultAssigneeId.getError('server'))) }}</mat-error>
        }
      </mat-form-field>

      @if (subjectFields(); as fields) {
        <mat-form-field appearance="outline">
          <mat-label>{{ t('requests.requestTypes.fields.subjectField') }}</mat-label>
          <mat-select formControlName="subjectField" [id]="subjectId()">
            <mat-option [value]="null">{{ t('requests.requestTypes.fields.noSubjectField') }}</mat-option>
            @for (field of fields; track field.key) {
              <mat-option [value]="field.key">{{ name(field.label) || field.key }} ({{ field.key }})</mat-option>
            }
            @if (unknownSubject(); as key) {
              <mat-option [value]="key">{{
                t('requests.requestTypes.fields.subjectNotInForm', { key: key })
              }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ t('requests.requestTypes.fields.subjectFieldHint') }}</mat-hint>
          @if (group().controls.subjectField.hasError('server')) {
            <mat-error>{{ t(messageKey(group().controls.subjectField.getError('server'))) }}</mat-error>
          }
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class RequestTypeDetailsFieldsComponent {
  readonly group = input.required<DetailsForm>();
  readonly references = input.required<References>();
  /** The draft's short-text fields; without them (a new type has no form yet), no subject field to choose. */
  readonly subjectFields = input<readonly FormField[] | null>(null);
  readonly subjectId = input('lex-request-type-subject');

  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly languages = ['en', 'fr'] as const;
  protected readonly kinds = openableKinds;
  protected readonly limits = detailsLimits;
  protected readonly messageKey = requestsProblemKey;
  protected unknownSubject(): string | null {
    const key = this.group().controls.subjectField.value;
    const fields = this.subjectFields() ?? [];
    return key && !fields.some((field) => field.key === key) ? key : null;
  }

  protected name(text: { en: string; fr: string }): string {
    return localized(text, this.language());
  }
}
