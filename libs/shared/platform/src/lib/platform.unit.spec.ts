import { requestFingerprint } from './request-fingerprint';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@lexport/shared-ddd';
import { ConcurrencyError } from '@lexport/shared-eventstore';
import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { uuidFromName } from './command-context';
import { ConfigurationError, loadConfig } from './config';
import { fieldErrorsOf, ProblemDetailsFilter } from './problem-details.filter';

describe('problem details', () => {
  const filter = new ProblemDetailsFilter();

  it('maps a broken rule to its status and code, with the field it concerns', () => {
    const body = filter.toProblem(new DomainError('category-name-taken', 'conflict', 'Taken', { field: 'name' }));
    expect(body).toMatchObject({
      status: 409,
      code: 'category-name-taken',
      type: 'urn:lexport:problem:category-name-taken',
      errors: [{ pointer: '/name' }],
    });
    expect(filter.toProblem(new DomainError('x', 'not-found', 'Missing')).status).toBe(404);
    expect(filter.toProblem(new DomainError('x', 'invalid', 'Bad')).status).toBe(422);
    expect(filter.toProblem(new DomainError('x', 'forbidden', 'No')).status).toBe(403);
  });

  it('answers a lost race with 409 and advice, and an unknown failure with 500 and no details', () => {
    expect(filter.toProblem(new ConcurrencyError('request-catalogue-main', 3, 4))).toMatchObject({
      status: 409,
      code: 'concurrent-modification',
    });
    const unknown = filter.toProblem(new TypeError('secret internals'));
    expect(unknown).toMatchObject({ status: 500, code: 'internal-error' });
    expect(JSON.stringify(unknown)).not.toContain('secret internals');
    expect(filter.toProblem(new BadRequestException('nope'))).toMatchObject({
      status: 400,
      code: 'bad-request',
      detail: 'nope',
    });
  });

  it('points each field error at the field, escaping JSON pointer characters', () => {
    const result = z
      .object({ 'a/b': z.string(), list: z.array(z.number()) })
      .strict()
      .safeParse({ 'a/b': 1, list: ['x'], extra: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(
      fieldErrorsOf(result.error)
        .map((error) => error.pointer)
        .sort(),
    ).toEqual(['/a~1b', '/extra', '/list/0']);
  });
});

describe('configuration', () => {
  it('has defaults for the embedded store', () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), 'lexport-config-'));
    const config = loadConfig({ LEXPORT_DATA_DIR: dataDirectory });
    expect(config.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ LEXPORT_DATA_DIR: dataDirectory }).tokenSecret).toBe(config.tokenSecret);
    rmSync(dataDirectory, { recursive: true, force: true });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      eventStoreUrl: undefined,
      mongoUrl: undefined,
      demoData: false,
      invitationHours: 72,
      emailVerificationHours: 24,
    });
    expect(config.sqlitePath).toBe(join(dataDirectory, 'lexport.sqlite'));
  });

  it('requires a token secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', LEXPORT_DATA_DIR: tmpdir() })).toThrow(/TOKEN_SECRET/);
  });

  it('refuses demo data in production: the demo accounts share a published password', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        TOKEN_SECRET: 'x'.repeat(40),
        SMTP_URL: 'smtp://mail:25',
        DEMO_DATA: 'true',
      }),
    ).toThrow(/DEMO_DATA/);
  });

  it('lists every wrong setting at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        EVENTSTORE_URL: 'http://nope',
        OPERATOR_TOKEN: 'short',
        TOKEN_SECRET: 'x'.repeat(40),
        INVITATION_HOURS: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'EVENTSTORE_URL',
      'INVITATION_HOURS',
      'OPERATOR_TOKEN',
      'PORT',
    ]);
  });
});

describe('name-based ids', () => {
  it('gives the same UUID v5 for the same name and different ones otherwise', () => {
    expect(uuidFromName('command-1/0')).toBe(uuidFromName('command-1/0'));
    expect(uuidFromName('command-1/0')).not.toBe(uuidFromName('command-1/1'));
    expect(uuidFromName('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('request fingerprints', () => {
  const request = (body: object) => ({ method: 'POST', originalUrl: '/api/identity/sign-ups', body });

  it('are the same for the same body in another order, and differ for another body', () => {
    expect(requestFingerprint(request({ email: 'a@b.test', name: 'A' }))).toBe(
      requestFingerprint(request({ name: 'A', email: 'a@b.test' })),
    );
    expect(requestFingerprint(request({ email: 'a@b.test' }))).not.toBe(
      requestFingerprint(request({ email: 'c@b.test' })),
    );
  });

  it('leave secrets out, so that a stored fingerprint cannot be used to test password guesses', () => {
    expect(requestFingerprint(request({ email: 'a@b.test', password: 'one-secret' }))).toBe(
      requestFingerprint(request({ email: 'a@b.test', password: 'another' })),
    );
    expect(requestFingerprint(request({ userId: 'u', token: 't1', newPassword: 'x' }))).toBe(
      requestFingerprint(request({ userId: 'u', token: 't2', newPassword: 'y' })),
    );
  });
});
