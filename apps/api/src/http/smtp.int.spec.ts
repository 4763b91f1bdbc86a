import request from 'supertest';
import type { ParsedMail } from 'mailparser';
import { startSmtpServer } from '@lexport/shared-testing';
import type { TestSmtpServer } from '@lexport/shared-testing';
import { signIn, startTestServer } from '../testing/test-server';
import type { TestServer } from '../testing/test-server';

const password = 'copper-meadow-quartz-lantern-19';

/** The whole portal sending its identity emails to a real SMTP server on loopback, as production would. */
describe('identity emails over SMTP', () => {
  let smtp: TestSmtpServer;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({
      DEMO_DATA: 'true',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
      MAIL_FROM: 'Cabinet Martin <portail@cabinet.test>',
      FIRM_NAME: 'Cabinet Martin',
      PUBLIC_URL: 'https://portal.cabinet.test',
    });
  });

  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const mail = smtp.received.find(
        (candidate) =>
          candidate.to &&
          !Array.isArray(candidate.to) &&
          candidate.to.value[0]?.address === address &&
          subject.test(candidate.subject ?? ''),
      );
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`No email "${subject.source}" reached ${address}`);
  }

  it('sends the confirmation email of a sign-up with both parts, the firm as sender, and a link that confirms the address', async () => {
    await request(server.http)
      .post('/api/identity/sign-ups')
      .send({ email: 'smtp.client@acme.demo', name: 'Sam Client', password, language: 'fr' })
      .expect(202);
    const mail = await mailTo('smtp.client@acme.demo', /^Confirmez votre adresse e-mail pour Cabinet Martin$/);
    expect(mail.from?.value[0]).toEqual({ address: 'portail@cabinet.test', name: 'Cabinet Martin' });
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@portal\.cabinet\.test>$/);
    const link = /https:\/\/portal\.cabinet\.test\/email-verifications\/([0-9a-f-]{36})\?token=([A-Za-z0-9_%-]+)/.exec(
      mail.text ?? '',
    );
    expect(link).not.toBeNull();
    expect(mail.html).toContain(
      `href="https://portal.cabinet.test/email-verifications/${link?.[1]}?token&#x3D;${link?.[2]}"`,
    );
    expect(mail.text).toContain('Bonjour Sam Client');
    await request(server.http)
      .post('/api/identity/email-verifications')
      .send({ userId: link?.[1], token: decodeURIComponent(link?.[2] ?? ''), password })
      .expect(200);
  });

  it('sends an invitation and, after it is accepted, nothing twice', async () => {
    const admin = await signIn(server, 'admin@lexport.demo');
    await admin
      .post('/api/identity/users')
      .send({ email: 'smtp.staff@lexport.demo', name: 'Stella Staff', roles: ['staff'] })
      .expect(201);
    const mail = await mailTo(
      'smtp.staff@lexport.demo',
      /^Alice Martin invites you to the Cabinet Martin client portal$/,
    );
    const link = /\/invitations\/([0-9a-f-]{36})\?token=([A-Za-z0-9_%-]+)/.exec(mail.text ?? '');
    await request(server.http)
      .post('/api/identity/invitations/accept')
      .send({ userId: link?.[1], token: decodeURIComponent(link?.[2] ?? ''), password })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((candidate) => candidate.subject === mail.subject)).toHaveLength(1);
  });
});
