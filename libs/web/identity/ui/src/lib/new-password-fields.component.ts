import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';

export const passwordMinimumLength = 12;

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const form = control.parent;
  return form && control.value !== form.get('password')?.value ? { mismatch: true } : null;
}

export type NewPasswordForm = FormGroup<{ password: FormControl<string>; confirmation: FormControl<string> }>;

/** A new password typed twice; the server still has the last word on strength. */
export function newPasswordForm(): NewPasswordForm {
  return new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(passwordMinimumLength)],
    }),
    confirmation: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAsPassword] }),
  });
}

/** Marks the form for display and says whether it may be sent. */
export function readyToSend(form: NewPasswordForm): boolean {
  form.controls.confirmation.updateValueAndValidity();
  form.markAllAsTouched();
  return form.valid;
}

@Component({
  selector: 'lex-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  template: `
    <div class="fields" *transloco="let t" [formGroup]="form()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('identity.invitation.password') }}</mat-label>
        <input matInput type="password" formControlName="password" autocomplete="new-password" required />
        <mat-hint>{{ t('identity.invitation.passwordHint', { min: minimumLength }) }}</mat-hint>
        @if (form().controls.password.hasError('required')) {
          <mat-error>{{ t('identity.invitation.passwordRequired') }}</mat-error>
        } @else if (form().controls.password.hasError('minlength')) {
          <mat-error>{{ t('identity.errors.password-too-short') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t('identity.invitation.confirmation') }}</mat-label>
        <input matInput type="password" formControlName="confirmation" autocomplete="new-password" required />
        @if (form().controls.confirmation.hasError('mismatch')) {
          <mat-error>{{ t('identity.invitation.mismatch') }}</mat-error>
        }
      </mat-form-field>
    </div>
  `,
  styles: `
    :host,
    .fields {
      display: contents;
    }
  `,
})
export class NewPasswordFieldsComponent {
  readonly form = input.required<NewPasswordForm>();
  protected readonly minimumLength = passwordMinimumLength;
}
