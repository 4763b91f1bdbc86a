import { emailLanguages, emailTemplates } from '@lexport/notifications-published';
import { EmailRenderer } from './email-renderer';

const data = {
  recipientName: 'Claire Dupont',
  inviterName: 'Maître Martin',
  organizationName: 'Acme SA',
  acceptUrl: 'http://localhost:3000/invitations/abc?token=t1',
  verifyUrl: 'http://localhost:3000/verify?token=t2',
  resetUrl: 'http://localhost:3000/reset?token=t3',
  expiresAt: '30 November 2026',
  expiresInMinutes: 60,
  changedAt: '27 November 2026 10:00',
  unlockAt: '27 November 2026 10:15',
  signInUrl: 'http://localhost:3000/sign-in',
  reviewUrl: 'http://localhost:3000/admin/users?status=awaiting-approval',
  applicantName: 'Nina Rossi',
  applicantEmail: 'nina@initech.test',
};

describe('email templates', () => {
  const renderer = new EmailRenderer('Martin & Associés');

  it.each(emailTemplates.flatMap((template) => emailLanguages.map((language) => [template, language] as const)))(
    'renders %s in %s with a subject, an HTML part and a plain-text part',
    (template, language) => {
      const email = renderer.render(template, language, data);
      expect(email.subject.length).toBeGreaterThan(10);
      expect(email.subject).not.toMatch(/{{|&amp;/);
      expect(email.html).toContain(`<html lang="${language}">`);
      expect(email.html).toContain('Martin &amp; Associés');
      expect(email.text).toContain('Martin & Associés');
      expect(email.text).not.toMatch(/<[a-z]/);
      expect(email.text).toContain('Claire Dupont');
    },
  );

  it('puts the invitation link in both parts, in the recipient language', () => {
    const french = renderer.render('invitation', 'fr', data);
    expect(french.subject).toBe('Maître Martin vous invite sur le portail client de Martin & Associés');
    expect(french.html).toContain('href="http://localhost:3000/invitations/abc?token&#x3D;t1"');
    expect(french.text).toContain('http://localhost:3000/invitations/abc?token=t1');
  });

  it('escapes what users typed and never runs it as a template', () => {
    const email = renderer.render('invitation', 'en', { ...data, recipientName: '<script>alert(1)</script> {{firmName}}' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.html).toContain('{{firmName}}');
  });

  it('lets no control character, bidirectional override or broken character from a value into the email', () => {
    const email = new EmailRenderer('Martin\u0000 & Associés').render('invitation', 'en', {
      ...data,
      inviterName: 'Mallory\r\nBcc: everyone@example.test',
      recipientName: 'Claire \u202Efdp.exe\u0007 Dupont',
      organizationName: 'Acme \uD800SA',
    });
    expect(email.subject).toBe('Mallory  Bcc: everyone@example.test invites you to the Martin & Associés client portal');
    for (const part of [email.subject, email.text, email.html]) {
      for (const character of ['\u0000', '\u0007', '\u202E', 'Mallory\r', 'Mallory\n']) expect(part).not.toContain(character);
      expect(part.isWellFormed()).toBe(true);
    }
    expect(email.text).toContain('Claire fdp.exe Dupont');
    expect(email.text).toContain('Acme \uFFFDSA');
  });

  it('falls back to English for a language it does not have', () => {
    expect(renderer.render('password-reset', 'de', data).subject).toBe('Reset your Martin & Associés portal password');
  });

  it('refuses to send an email with a missing value rather than a blank', () => {
    expect(() => renderer.render('password-reset', 'en', { recipientName: 'Claire' })).toThrow();
  });
});

describe('optional values', () => {
  it('leaves out the organization of an invitation when there is none', () => {
    const { organizationName: _omitted, ...withoutOrganization } = data;
    const email = new EmailRenderer('Lexport').render('invitation', 'en', withoutOrganization);
    expect(email.text).toContain('client portal. There you can');
  });
});
