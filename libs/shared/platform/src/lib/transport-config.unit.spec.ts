import { ConfigurationError, loadConfig } from './config';
import { temporaryDirectory } from '@lexport/shared-testing';

describe('transport settings', () => {
  const directory = temporaryDirectory('lexport-config-');
  afterAll(() => directory.remove());
  const load = (environment: Record<string, string>) =>
    loadConfig({ LEXPORT_DATA_DIR: directory.path, ...environment });
  const problemsOf = (environment: Record<string, string>) => {
    try {
      load(environment);
    } catch (error) {
      if (error instanceof ConfigurationError) return error.problems.join('\n');
      throw error;
    }
    throw new Error('the configuration was accepted');
  };

  it('trusts no proxy, lets no one frame the portal and keeps the documentation outside production by default', () => {
    expect(load({})).toMatchObject({
      trustProxy: false,
      frameAncestors: ["'none'"],
      apiDocs: true,
      requestsPerMinutePerUser: 600,
    });
    expect(load({ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32) })).toMatchObject({
      trustProxy: false,
      apiDocs: false,
    });
    expect(load({ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32), API_DOCS: 'true' }).apiDocs).toBe(true);
  });

  it.each([
    ['false', false],
    ['0', false],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.5, 192.168.0.0/16 ,fd00::/8,::1', ['10.0.0.5', '192.168.0.0/16', 'fd00::/8', '::1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(load({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([['true'], ['11'], ['10.0.0.0/33'], ['proxy.example.test'], ['10.0.0.1,,10.0.0.2'], ['anywhere']])(
    'refuses TRUST_PROXY=%s',
    (value) => {
      expect(problemsOf({ TRUST_PROXY: value })).toMatch(/^TRUST_PROXY: /);
    },
  );

  it.each([
    ['none', ["'none'"]],
    ["'self'", ["'self'"]],
    [
      'self https://intranet.firm.example, https://*.firm.example:8443',
      ["'self'", 'https://intranet.firm.example', 'https://*.firm.example:8443'],
    ],
  ])('reads FRAME_ANCESTORS=%s', (value, expected) => {
    expect(load({ FRAME_ANCESTORS: value }).frameAncestors).toEqual(expected);
  });

  it.each([["'none' 'self'"], ['*'], ["https://x.example; script-src 'unsafe-inline'"], ['javascript:']])(
    'refuses FRAME_ANCESTORS=%s',
    (value) => {
      expect(problemsOf({ FRAME_ANCESTORS: value })).toMatch(/^FRAME_ANCESTORS: /);
    },
  );
});
