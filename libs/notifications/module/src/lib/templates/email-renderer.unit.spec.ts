import { EmailRenderer } from './email-renderer';

/** A template of the shape contexts contribute; the mechanism's behaviour does not depend on its wording. */
const templates = {
  notice: {
    en: {
      subject: '{{inviterName}} invites you to the {{firmName}} client portal',
      html: '<p>Hello {{recipientName}},</p><p>{{inviterName}} invites you{{#if organizationName}} for {{organizationName}}{{/if}}.</p>{{> button url=acceptUrl label="Open" linkHint=linkHint}}',
      text: 'Hello {{recipientName}},\n\n{{inviterName}} invites you{{#if organizationName}} for {{organizationName}}{{/if}}.\n\nOpen: {{acceptUrl}}',
    },
    fr: {
      subject: '{{inviterName}} vous invite sur le portail client de {{firmName}}',
      html: '<p>Bonjour {{recipientName}},</p>{{> button url=acceptUrl label="Ouvrir" linkHint=linkHint}}',
      text: 'Bonjour {{recipientName}},\n\nOuvrir : {{acceptUrl}}',
    },
  },
};

const data = {
  recipientName: 'Claire Dupont',
  inviterName: 'Maître Martin',
  organizationName: 'Acme SA',
  acceptUrl: 'http://localhost:3000/invitations/abc?token=t1',
};

describe('email templates', () => {
  const renderer = new EmailRenderer('Martin & Associés', templates);

  it.each(['en', 'fr'])('renders a template in %s with a subject, an HTML part and a plain-text part', (language) => {
    const email = renderer.render('notice', language, data);
    expect(email.subject.length).toBeGreaterThan(10);
    expect(email.subject).not.toMatch(/{{|&amp;/);
    expect(email.html).toContain(`<html lang="${language}">`);
    expect(email.html).toContain('Martin &amp; Associés');
    expect(email.text).toContain('Martin & Associés');
    expect(email.text).not.toMatch(/<[a-z]/);
    expect(email.text).toContain('Claire Dupont');
  });

  it('puts the invitation link in both parts, in the recipient language', () => {
    const french = renderer.render('notice', 'fr', data);
    expect(french.subject).toBe('Maître Martin vous invite sur le portail client de Martin & Associés');
    expect(french.html).toContain('href="http://localhost:3000/invitations/abc?token&#x3D;t1"');
    expect(french.text).toContain('http://localhost:3000/invitations/abc?token=t1');
  });

  it('escapes what users typed and never runs it as a template', () => {
    const email = renderer.render('notice', 'en', { ...data, recipientName: '<script>alert(1)</script> {{firmName}}' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.html).toContain('{{firmName}}');
  });

  it('lets no control character, bidirectional override or broken character from a value into the email', () => {
    const email = new EmailRenderer('Martin\u0000 & Associés', templates).render('notice', 'en', {
      ...data,
      inviterName: 'Mallory\r\nBcc: everyone@example.test',
      recipientName: 'Claire \u202Efdp.exe\u0007 Dupont',
      organizationName: 'Acme \uD800SA',
    });
    expect(email.subject).toBe(
      'Mallory  Bcc: everyone@example.test invites you to the Martin & Associés client portal',
    );
    for (const part of [email.subject, email.text, email.html]) {
      for (const character of ['\u0000', '\u0007', '\u202E', 'Mallory\r', 'Mallory\n'])
        expect(part).not.toContain(character);
      expect(part.isWellFormed()).toBe(true);
    }
    expect(email.text).toContain('Claire fdp.exe Dupont');
    expect(email.text).toContain('Acme \uFFFDSA');
  });

  it('falls back to English for a language it does not have', () => {
    expect(renderer.render('notice', 'de', data).subject).toBe(
      'Maître Martin invites you to the Martin & Associés client portal',
    );
  });

  it('refuses to send an email with a missing value rather than a blank', () => {
    expect(() => renderer.render('notice', 'en', { recipientName: 'Claire' })).toThrow();
  });

  it('says which templates it lacks, and refuses to render one', () => {
    expect(renderer.missing(['notice', 'password-reset'])).toEqual(['password-reset']);
    expect(() => renderer.render('password-reset', 'en', data)).toThrow(/No email template password-reset/);
  });
});

describe('optional values', () => {
  it('leaves out the organization of an invitation when there is none', () => {
    const { organizationName: _omitted, ...withoutOrganization } = data;
    const email = new EmailRenderer('Lexport', templates).render('notice', 'en', withoutOrganization);
    expect(email.text).toContain('Maître Martin invites you.');
  });
});
