import { identityProblemCodes } from '@lexport/identity-published';
import { identityTexts } from '@lexport/web-identity-i18n';
import { identityProblemKey } from './identity-problems';

describe('identity problem messages', () => {
  it.each(['en', 'fr'] as const)('explains in %s every code identity may answer', (language) => {
    const errors = identityTexts[language]['errors'] as Record<string, string>;
    expect(identityProblemCodes.filter((code) => !errors[code]?.trim())).toEqual([]);
  });

  it('reads identity codes in the identity scope and the others in the shell', () => {
    expect(identityProblemKey('email-taken')).toBe('identity.errors.email-taken');
    expect(identityProblemKey('too-many-requests')).toBe('errors.too-many-requests');
  });
});
