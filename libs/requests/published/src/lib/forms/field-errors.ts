import type { FieldError } from '@lexport/shared-published';
import type { AnswerIssue, AnswerIssueCode } from './answers';

type Params = AnswerIssue['params'];

/** English, for problem details and logs; people read the web client's wording of the same codes, in their language. */
const messages: Record<AnswerIssueCode, (params: Params) => string> = {
  'not-an-object': () => 'Answers must be a JSON object keyed by field',
  'unknown-field': () => 'This form has no such field',
  'hidden-field-sent': () => 'This field is not shown for these answers and must not be sent',
  required: () => 'An answer is required',
  'wrong-type': () => 'The answer has the wrong type',
  'unsafe-characters': () => 'Must not contain control characters, bidirectional overrides or broken characters',
  'too-short': ({ min }) => `Must be at least ${min} characters`,
  'too-long': ({ max }) => `Must be at most ${max} characters`,
  pattern: ({ en }) => `Does not match the expected format: ${en}`,
  'below-min': ({ min }) => `Must be at least ${min}`,
  'above-max': ({ max }) => `Must be at most ${max}`,
  'not-an-integer': () => 'Must be a whole number',
  'not-an-option': ({ value }) => `"${value}" is not one of the options`,
  'duplicate-option': ({ value }) => `"${value}" is chosen twice`,
  'too-few-items': ({ min }) => `Choose at least ${min}`,
  'too-many-items': ({ max }) => `Choose at most ${max}`,
  'invalid-email': () => 'Must be an email address',
  'invalid-phone': () =>
    'Must be a phone number: digits, with an optional leading +, spaces, dots, dashes, parentheses',
  'invalid-date': () => 'Must be a real date written YYYY-MM-DD',
  'invalid-currency': () => 'Must be one of the currencies the form accepts',
  'invalid-amount': () => 'Must be a non-negative decimal string with at most 2 decimals, such as "12500.50"',
  'too-many-files': ({ max }) => `At most ${max} files`,
  'duplicate-file': () => 'This file is attached twice',
};

/** The issues as problem-details field errors: `field` is the pointer's path with dots (`answers.fee.amount`). */
export function answerIssuesAsFieldErrors(issues: readonly AnswerIssue[]): FieldError[] {
  return issues.map((issue) => ({
    pointer: issue.pointer,
    field: issue.pointer
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .join('.'),
    code: issue.code,
    message: messages[issue.code](issue.params),
    ...(Object.keys(issue.params).length > 0 ? { params: issue.params } : {}),
  }));
}
