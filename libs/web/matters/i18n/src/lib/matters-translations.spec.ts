import { translationKeys } from '@lexport/web-shared-i18n';
import { mattersTexts } from './matters-texts';

describe('the matters texts', () => {
  it('translates every English text into French', () => {
    expect(translationKeys(mattersTexts.fr).sort()).toEqual(translationKeys(mattersTexts.en).sort());
  });
});
