import { translations } from '@lexport/web-shared-i18n';
import { problemMessageKey, problemMessageKeys, sharedMessageCodes } from './problem';

describe('shared problem messages', () => {
  it.each(['en', 'fr'] as const)('explains in %s every code any route may answer', (language) => {
    const errors = translations[language]['errors'] as Record<string, string>;
    expect(sharedMessageCodes.filter((code) => !errors[code]?.trim())).toEqual([]);
  });

  it('reads an unknown code as a generic failure', () => {
    expect(problemMessageKey('too-many-requests')).toBe('errors.too-many-requests');
    expect(problemMessageKey('http-418')).toBe('errors.unexpected');
  });

  it("reads a context's own codes in its scope and the others in the shell", () => {
    const messageKey = problemMessageKeys('requests', ['category-name-taken']);
    expect(messageKey('category-name-taken')).toBe('requests.errors.category-name-taken');
    expect(messageKey('network')).toBe('errors.network');
    expect(messageKey('email-taken')).toBe('errors.unexpected');
  });
});
