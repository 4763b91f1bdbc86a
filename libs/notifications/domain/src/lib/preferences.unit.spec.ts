import { fold, given } from '@lexport/shared-ddd';
import { inboxDecider } from './inbox';
import { emailPreferencesDecider, wantsEmail } from './preferences';

const at = '2026-11-27T10:00:00.000Z';

describe('email preferences', () => {
  it('turns a category off, and records nothing when nothing changes', () => {
    given(emailPreferencesDecider)([])
      .when({ type: 'ChangeEmailPreferences', data: { emailsOff: ['administration', 'administration'], at } })
      .then([{ type: 'EmailPreferencesChanged', data: { emailsOff: ['administration'], changedAt: at } }]);
    given(emailPreferencesDecider)([
      { type: 'EmailPreferencesChanged', data: { emailsOff: ['administration'], changedAt: at } },
    ])
      .when({ type: 'ChangeEmailPreferences', data: { emailsOff: ['administration'], at } })
      .then([]);
  });

  it('keeps account and security emails on', () => {
    given(emailPreferencesDecider)([])
      .when({ type: 'ChangeEmailPreferences', data: { emailsOff: ['account'], at } })
      .thenThrows('email-category-mandatory');
    expect(wantsEmail({ emailsOff: ['account', 'administration'] }, 'account')).toBe(true);
    expect(wantsEmail({ emailsOff: ['administration'] }, 'administration')).toBe(false);
    expect(wantsEmail({ emailsOff: [] }, 'administration')).toBe(true);
  });
});

describe('reading in-app notifications', () => {
  it('marks chosen notifications read, once each', () => {
    given(inboxDecider)([])
      .when({ type: 'MarkNotificationsRead', data: { notificationIds: ['n1', 'n1', 'n2'], at } })
      .then([{ type: 'NotificationsRead', data: { notificationIds: ['n1', 'n2'], readAt: at } }]);
    given(inboxDecider)([])
      .when({ type: 'MarkNotificationsRead', data: { notificationIds: [], at } })
      .thenThrows('notifications-required');
  });

  it('marks everything up to a position read, never moving backwards', () => {
    const allRead = { type: 'AllNotificationsRead' as const, data: { upToPosition: 40, readAt: at } };
    given(inboxDecider)([])
      .when({ type: 'MarkAllNotificationsRead', data: { upToPosition: 40, at } })
      .then([allRead]);
    given(inboxDecider)([allRead])
      .when({ type: 'MarkAllNotificationsRead', data: { upToPosition: 30, at } })
      .then([]);
    expect(fold(inboxDecider, [allRead]).readUpToPosition).toBe(40);
  });
});
