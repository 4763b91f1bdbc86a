import { translationKeys } from '@lexport/web-shared-i18n';
import { requestsTexts } from './requests-texts';

describe('the requests texts', () => {
  it('translates every English text into French', () => {
    expect(translationKeys(requestsTexts.fr).sort()).toEqual(translationKeys(requestsTexts.en).sort());
  });
});
