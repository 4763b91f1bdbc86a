import en from './en.json';
import fr from './fr.json';
import { preferredLanguage } from './i18n';
import { translationKeys } from './scopes';

describe('languages', () => {
  it('prefers the stored choice, then the browser, then English', () => {
    expect(preferredLanguage('fr', ['en-GB'])).toBe('fr');
    expect(preferredLanguage(null, ['de-DE', 'fr-CA'])).toBe('fr');
    expect(preferredLanguage('xx', ['de'])).toBe('en');
  });

  it('translates every English text of the shell into French', () => {
    expect(translationKeys(fr).sort()).toEqual(translationKeys(en).sort());
  });
});
