import { notificationsProblemCodes } from '@lexport/notifications-published';
import { notificationsTexts } from '@lexport/web-notifications-i18n';
import { notificationsProblemKey } from './notifications-problems';

describe('notifications problem messages', () => {
  it.each(['en', 'fr'] as const)('explains in %s every code notifications may answer', (language) => {
    const errors = notificationsTexts[language]['errors'] as Record<string, string>;
    expect(notificationsProblemCodes.filter((code) => !errors[code]?.trim())).toEqual([]);
  });

  it('reads notifications codes in the notifications scope and the others in the shell', () => {
    expect(notificationsProblemKey('email-category-mandatory')).toBe('notifications.errors.email-category-mandatory');
    expect(notificationsProblemKey('network')).toBe('errors.network');
  });
});
