import { emailLanguages } from '@lexport/notifications-published';
import { EmailRenderer } from '@lexport/notifications-module';
import { identityEmails } from '@lexport/identity-module';
import { TokenSigner } from '@lexport/shared-platform';

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

/** Identity's emails as the portal composes them: every rule's template exists, in every language, and reads well. */
describe("identity's emails", () => {
  const contribution = identityEmails(new TokenSigner({ tokenSecret: 'x'.repeat(40) }), 'http://localhost:3000');
  const renderer = new EmailRenderer('Martin & Associés', contribution.templates);

  it('has a template for every rule', () => {
    expect(renderer.missing(contribution.rules.map((rule) => rule.template))).toEqual([]);
  });

  it.each(
    Object.keys(contribution.templates).flatMap((template) =>
      emailLanguages.map((language) => [template, language] as const),
    ),
  )('renders %s in %s with a subject, an HTML part and a plain-text part', (template, language) => {
    const email = renderer.render(template, language, data);
    expect(email.subject.length).toBeGreaterThan(10);
    expect(email.subject).not.toMatch(/{{|&amp;/);
    expect(email.html).toContain(`<html lang="${language}">`);
    expect(email.html).toContain('Martin &amp; Associés');
    expect(email.text).toContain('Martin & Associés');
    expect(email.text).not.toMatch(/<[a-z]/);
    expect(email.text).toContain('Claire Dupont');
  });

  it('invites in the recipient language, with the link in both parts', () => {
    const french = renderer.render('invitation', 'fr', data);
    expect(french.subject).toBe('Maître Martin vous invite sur le portail client de Martin & Associés');
    expect(french.html).toContain('href="http://localhost:3000/invitations/abc?token&#x3D;t1"');
    expect(french.text).toContain('http://localhost:3000/invitations/abc?token=t1');
  });

  it('leaves out the organization of an invitation when there is none', () => {
    const { organizationName: _omitted, ...withoutOrganization } = data;
    expect(renderer.render('invitation', 'en', withoutOrganization).text).toContain('client portal. There you can');
  });
});
