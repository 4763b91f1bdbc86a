import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import { sharedProblemCodes } from '@lexport/shared-published';
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
    return {
      status: error.status,
      code: error.status >= 500 ? 'internal-error' : `http-${error.status}`,
      detail: undefined,
      fieldErrors: [],
    };
  }
  return { status: 0, code: 'unexpected', detail: error instanceof Error ? error.message : undefined, fieldErrors: [] };
}

/** Failures the browser names itself: no answer at all, or something that is not a problem-details answer. */
const browserCodes = ['network', 'unexpected'] as const;
/** zod's issue codes, which the field errors of an `invalid-input` problem carry. */
const fieldIssueCodes = ['too_small', 'too_big', 'invalid_type', 'invalid_format', 'unrecognized_keys'] as const;
/** What the shell's texts explain (`errors.<code>`): codes any route may answer, from the shared published language. */
export const sharedMessageCodes: readonly string[] = [...browserCodes, ...sharedProblemCodes, ...fieldIssueCodes];

/** The key of a shared failure's message; anything else reads as a generic failure rather than a raw code. */
export function problemMessageKey(code: string): string {
  return `errors.${sharedMessageCodes.includes(code) ? code : 'unexpected'}`;
}

/**
 * The message key function of one context: its own problem codes (from its published language) read
 * `<scope>.errors.<code>` in its translation scope, the shared ones `errors.<code>`.
 */
export function problemMessageKeys(scope: string, codes: readonly string[]): (code: string) => string {
  return (code) => (codes.includes(code) ? `${scope}.errors.${code}` : problemMessageKey(code));
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
