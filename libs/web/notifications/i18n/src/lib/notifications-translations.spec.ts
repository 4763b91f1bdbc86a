import { translationKeys } from '@lexport/web-shared-i18n';
import { notificationsTexts } from './notifications-texts';

describe('the notifications texts', () => {
  it('translates every English text into French', () => {
    expect(translationKeys(notificationsTexts.fr).sort()).toEqual(translationKeys(notificationsTexts.en).sort());
  });
});
