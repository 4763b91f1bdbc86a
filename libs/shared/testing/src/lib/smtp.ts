import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  readonly port: number;
  /** Every message accepted so far, parsed. */
  readonly received: ParsedMail[];
  close(): Promise<void>;
}

export type SmtpRefusal = { readonly code: number; readonly message: string } | undefined;

/**
 * A real SMTP server on loopback: what nodemailer talks to is what production servers would see. `refuse` may turn a
 * recipient away with an SMTP code (a 4xx to test retries, a 5xx for a permanent failure).
 */
export function startSmtpServer(refuse: (recipient: string) => SmtpRefusal = () => undefined): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refuse(address.address);
      if (!refusal) return callback();
      return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.server.address() as AddressInfo).port,
        received,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
