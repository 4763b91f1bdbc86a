import { requestsProblemCodes } from '@lexport/requests-published';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { requestsProblemKey } from './requests-problems';

describe('requests problem messages', () => {
  it.each(['en', 'fr'] as const)('explains in %s every code the requests context may answer', (language) => {
    const errors = requestsTexts[language]['errors'] as Record<string, string>;
    expect(requestsProblemCodes.filter((code) => !errors[code]?.trim())).toEqual([]);
  });

  it('reads requests codes in the requests scope and the others in the shell', () => {
    expect(requestsProblemKey('category-name-taken')).toBe('requests.errors.category-name-taken');
    expect(requestsProblemKey('too_small')).toBe('errors.too_small');
  });
});
