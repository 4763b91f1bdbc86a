import { identityNotificationKinds } from '@lexport/identity-published';
import { requestsNotificationKinds } from '@lexport/requests-published';
import { mattersNotificationKinds } from '@lexport/matters-published';
import { notificationsTexts } from '@lexport/web-notifications-i18n';

/** Every kind of in-app notification a context publishes is worded, in both languages. */
describe('the wording of in-app notifications', () => {
  it.each(['en', 'fr'] as const)('has a %s text for every kind identity publishes', (language) => {
    const kinds = (notificationsTexts[language] as { kinds: Record<string, string> }).kinds;
    expect(identityNotificationKinds.filter((kind) => !kinds[kind]?.trim())).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('has a %s text for every kind requests publishes', (language) => {
    const kinds = (notificationsTexts[language] as { kinds: Record<string, string> }).kinds;
    expect(requestsNotificationKinds.filter((kind) => !kinds[kind]?.trim())).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('has a %s text for every kind matters publishes', (language) => {
    const kinds = (notificationsTexts[language] as { kinds: Record<string, string> }).kinds;
    expect(mattersNotificationKinds.filter((kind) => !kinds[kind]?.trim())).toEqual([]);
  });
});
