import { translationKeys } from '@lexport/web-shared-i18n';
import { identityTexts } from './identity-texts';

describe('the identity texts', () => {
  it('translates every English text into French', () => {
    expect(translationKeys(identityTexts.fr).sort()).toEqual(translationKeys(identityTexts.en).sort());
  });
});
