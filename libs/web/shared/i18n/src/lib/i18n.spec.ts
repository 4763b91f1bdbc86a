import en from './en.json';
import fr from './fr.json';
import { preferredLanguage } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('languages', () => {
  it('prefers the stored choice, then the browser, then English', () => {
    expect(preferredLanguage('fr', ['en-GB'])).toBe('fr');
    expect(preferredLanguage(null, ['de-DE', 'fr-CA'])).toBe('fr');
    expect(preferredLanguage('xx', ['de'])).toBe('en');
  });

  it('translates every English text into French', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });
});
