import { hashPassword, passwordProblems, verifyPassword } from './passwords';
import { hashToken, isWellFormedToken, newToken } from './tokens';

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct');
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', first)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it.each([
    ['short', 'Tr0ub4dor&3', 'too-short'],
    ['a common word with digits', 'password12345', 'too-guessable'],
    ['a keyboard walk', 'qwertyuiop123', 'too-guessable'],
    ['French and common', 'motdepasse123', 'too-guessable'],
    ['the person’s name', 'ClaireDupont2026!', 'contains-personal-data'],
  ])('refuses a password that is %s', (_case, password, problem) => {
    expect(passwordProblems(password, { email: 'claire.dupont@acme.test', name: 'Claire Dupont' })).toEqual([problem]);
  });

  it('accepts a long passphrase', () => {
    expect(
      passwordProblems('violet-tramway-harbour-42-lantern', { email: 'claire@acme.test', name: 'Claire Dupont' }),
    ).toEqual([]);
  });
});

describe('tokens', () => {
  it('are random, url-safe, and stored only as their hash', () => {
    const first = newToken();
    const second = newToken();
    expect(first.token).not.toBe(second.token);
    expect(isWellFormedToken(first.token)).toBe(true);
    expect(first.hash).toBe(hashToken(first.token));
    expect(first.hash).not.toContain(first.token);
    expect(isWellFormedToken('short')).toBe(false);
  });
});
