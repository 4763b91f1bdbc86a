import { formValidationCases, formValidationFixture, validateAnswers } from '@lexport/requests-published';

// The server's suite runs the same table (libs/requests/published/src/lib/forms/form-validation.unit.spec.ts): this
// one runs it in the browser's environment, so that the field messages people see and the server's verdict agree.
describe('validating answers in the browser', () => {
  it('runs in a browser-like environment', () => {
    expect(typeof window).toBe('object');
  });

  it.each(formValidationCases.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    const issues = validateAnswers(formValidationFixture, example.answers);
    expect(issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual(example.expected);
  });
});
