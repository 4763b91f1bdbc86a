import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import type { FieldError, ProblemDetails } from '@lexport/shared-published';

/** What the UI needs to explain a failure: a translatable code, and field errors for forms. */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly fieldErrors: readonly FieldError[];
}

export function toProblem(error: unknown): Problem {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return { status: 0, code: 'network', detail: undefined, fieldErrors: [] };
    const body = error.error as Partial<ProblemDetails> | null;
    if (body && typeof body === 'object' && typeof body.code === 'string') {
      return { status: error.status, code: body.code, detail: body.detail, fieldErrors: body.errors ?? [] };
    }
    return { status: error.status, code: error.status >= 500 ? 'internal-error' : `http-${error.status}`, detail: undefined, fieldErrors: [] };
  }
  return { status: 0, code: 'unexpected', detail: error instanceof Error ? error.message : undefined, fieldErrors: [] };
}

/** Codes the i18n files explain; anything else reads as a generic failure rather than a raw code. */
const explainedCodes = new Set([
  'network',
  'internal-error',
  'unexpected',
  'invalid-input',
  'not-found',
  'concurrent-modification',
  'too-many-requests',
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_format',
  'unrecognized_keys',
  'category-name-taken',
  'category-not-found',
  'category-already-exists',
  'invalid-credentials',
  'account-locked',
  'account-deactivated',
  'unauthenticated',
  'forbidden',
  'csrf-token-invalid',
  'password-too-short',
  'password-too-long',
  'password-too-guessable',
  'password-contains-personal-data',
  'invitation-invalid',
  'invitation-already-used',
  'invitation-revoked',
  'invitation-expired',
  'invitation-replaced',
  'reset-link-invalid',
  'current-password-wrong',
  'email-taken',
  'organization-required',
  'organization-not-allowed',
  'client-role-exclusive',
  'roles-required',
  'sign-up-disabled',
  'email-domain-not-allowed',
  'email-not-verified',
  'account-awaiting-approval',
  'verification-invalid',
  'verification-expired',
  'verification-replaced',
  'email-already-verified',
  'sign-up-not-awaiting-approval',
  'organization-not-found',
  'organization-name-required',
  'email-domain-invalid',
  'email-domain-taken',
  'own-admin-role',
  'own-deactivation',
  'email-category-mandatory',
  'notifications-required',
  'user-not-found',
]);

export function problemMessageKey(code: string): string {
  return `errors.${explainedCodes.has(code) ? code : 'unexpected'}`;
}

/** Puts each field error of a problem on the form control it names; says whether any found its control. */
export function placeFieldErrors(form: AbstractControl, problem: Problem): boolean {
  let placed = false;
  for (const fieldError of problem.fieldErrors) {
    const control = form.get(fieldError.field);
    if (!control) continue;
    control.setErrors({ server: fieldError.code });
    control.markAsTouched();
    placed = true;
  }
  return placed;
}
