import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import type { MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import type { LegalTeamMemberView, PracticeAreaView } from '@lexport/requests-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { PracticeAreasApi, requestsProblemKey } from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import { firstValueFrom, startWith } from 'rxjs';
import { detailsLimits } from './request-type-details';

export interface PracticeAreaDialogData {
  readonly practiceArea: PracticeAreaView | null;
  readonly team: readonly LegalTeamMemberView[];
}

/** Creates a practice area or changes one: its names in both languages and its members from the legal team. */
@Component({
  selector: 'lex-practice-area-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>
        {{
          data.practiceArea
            ? t('requests.practiceAreas.dialog.editTitle')
            : t('requests.practiceAreas.dialog.createTitle')
        }}
      </h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="dialog-fields">
          @if (problemKey(); as key) {
            <p class="form-error" role="alert">{{ t(key) }}</p>
          }
          <ng-container formGroupName="name">
            @for (language of languages; track language) {
              <mat-form-field appearance="outline">
                <mat-label>{{ t('requests.practiceAreas.fields.name.' + language) }}</mat-label>
                <input
                  matInput
                  [formControlName]="language"
                  [attr.lang]="language"
                  [attr.maxlength]="limits.max"
                  autocomplete="off"
                  required
                />
                @let control = form.controls.name.controls[language];
                @if (control.hasError('server')) {
                  <mat-error>{{ t(messageKey(control.getError('server'))) }}</mat-error>
                } @else if (control.hasError('minlength')) {
                  <mat-error>{{ t('requests.practiceAreas.validation.nameTooShort', { min: limits.min }) }}</mat-error>
                } @else {
                  <mat-error>{{ t('requests.practiceAreas.validation.nameRequired') }}</mat-error>
                }
              </mat-form-field>
            }
          </ng-container>

          <mat-form-field appearance="outline">
            <mat-label>{{ t('requests.practiceAreas.fields.members') }}</mat-label>
            <mat-chip-grid #memberGrid [attr.aria-label]="t('requests.practiceAreas.fields.members')">
              @for (member of members(); track member.id) {
                <mat-chip-row (removed)="removeMember(member.id)">
                  {{ member.name }}
                  <button
                    matChipRemove
                    type="button"
                    [attr.aria-label]="t('requests.practiceAreas.removeMember', { name: member.name })"
                  >
                    <mat-icon aria-hidden="true">cancel</mat-icon>
                  </button>
                </mat-chip-row>
              }
              <input
                [formControl]="search"
                [matChipInputFor]="memberGrid"
                [matAutocomplete]="memberOptions"
                [placeholder]="t('requests.practiceAreas.fields.addMember')"
                autocomplete="off"
              />
            </mat-chip-grid>
            <mat-autocomplete #memberOptions="matAutocomplete" (optionSelected)="addMember($event)">
              @for (member of candidates(); track member.id) {
                <mat-option [value]="member.id">
                  {{ member.name }} <span class="email">· {{ member.email }}</span>
                </mat-option>
              } @empty {
                <mat-option disabled>{{ t('requests.practiceAreas.noCandidates') }}</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>{{ t('requests.practiceAreas.fields.membersHint') }}</mat-hint>
          </mat-form-field>
          @if (form.controls.memberIds.hasError('server')) {
            <p class="form-error" role="alert">{{ t(messageKey(form.controls.memberIds.getError('server'))) }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ t('common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">
            @if (saving()) {
              <mat-spinner diameter="18" [attr.aria-label]="t('common.saving')" />
            }
            {{
              data.practiceArea ? t('requests.practiceAreas.dialog.save') : t('requests.practiceAreas.dialog.create')
            }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .email {
      color: var(--mat-sys-on-surface-variant);
    }
    mat-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
  `,
})
export class PracticeAreaDialogComponent {
  protected readonly data = inject<PracticeAreaDialogData>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialogRef<PracticeAreaDialogComponent, CommandAccepted>);
  private readonly api = inject(PracticeAreasApi);

  protected readonly languages = ['en', 'fr'] as const;
  protected readonly limits = detailsLimits.name;
  protected readonly messageKey = requestsProblemKey;
  protected readonly saving = signal(false);
  protected readonly problemKey = signal<string | null>(null);
  private readonly nameControl = (value: string) =>
    new FormControl(value, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(this.limits.min), Validators.maxLength(this.limits.max)],
    });
  protected readonly form = new FormGroup({
    name: new FormGroup({
      en: this.nameControl(this.data.practiceArea?.name.en ?? ''),
      fr: this.nameControl(this.data.practiceArea?.name.fr ?? ''),
    }),
    memberIds: new FormControl<string[]>([...(this.data.practiceArea?.memberIds ?? [])], { nonNullable: true }),
  });
  protected readonly search = new FormControl('', { nonNullable: true });

  private readonly memberIds = toSignal(
    this.form.controls.memberIds.valueChanges.pipe(startWith(this.form.controls.memberIds.value)),
    { requireSync: true },
  );
  private readonly searchText = toSignal(this.search.valueChanges.pipe(startWith('')), { requireSync: true });
  /** Members no longer on the legal team still show, by id, until someone removes them. */
  protected readonly members = computed(() =>
    this.memberIds().map((id) => this.data.team.find((member) => member.id === id) ?? { id, name: id, email: '' }),
  );
  protected readonly candidates = computed(() => {
    const chosen = new Set(this.memberIds());
    const text = (this.searchText() ?? '').trim().toLowerCase();
    return this.data.team.filter(
      (member) =>
        !chosen.has(member.id) &&
        (text === '' || member.name.toLowerCase().includes(text) || member.email.toLowerCase().includes(text)),
    );
  });

  protected addMember(event: MatAutocompleteSelectedEvent): void {
    const id = String(event.option.value);
    const control = this.form.controls.memberIds;
    if (!control.value.includes(id)) control.setValue([...control.value, id]);
    this.search.setValue('');
    event.option.deselect();
  }

  protected removeMember(id: string): void {
    const control = this.form.controls.memberIds;
    control.setValue(control.value.filter((candidate) => candidate !== id));
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problemKey.set(null);
    const value = this.form.getRawValue();
    const body = { name: { en: value.name.en.trim(), fr: value.name.fr.trim() }, memberIds: value.memberIds };
    const practiceArea = this.data.practiceArea;
    try {
      const request = practiceArea ? this.api.change(practiceArea.id, body) : this.api.create(body);
      this.dialog.close(await firstValueFrom(request));
    } catch (error) {
      const problem = toProblem(error);
      // "memberIds.3" names one member of the list; the list is one control here.
      const fieldErrors = problem.fieldErrors.map((fieldError) =>
        fieldError.field.startsWith('memberIds') ? { ...fieldError, field: 'memberIds' } : fieldError,
      );
      if (!placeFieldErrors(this.form, { ...problem, fieldErrors }))
        this.problemKey.set(requestsProblemKey(problem.code));
    } finally {
      this.saving.set(false);
    }
  }
}
