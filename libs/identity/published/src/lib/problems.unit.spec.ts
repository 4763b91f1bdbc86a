import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedProblemCodes, thrownProblemCodes } from '@lexport/shared-published';
import { identityProblemCodes } from './problems';

const context = join(__dirname, '..', '..', '..');
const sources = ['domain', 'module'].flatMap((library) => {
  const root = join(context, library, 'src');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => readFileSync(join(root, file), 'utf8'));
});
// The session guard is identity's but guards every route: its codes are among the shared ones.
const answerable: readonly string[] = [...identityProblemCodes, ...sharedProblemCodes];

describe('the problem codes identity answers', () => {
  it('lists every domain error identity throws', () => {
    const thrown = sources.flatMap(thrownProblemCodes);
    expect(thrown).toContain('invalid-credentials');
    expect(thrown.filter((code) => !answerable.includes(code))).toEqual([]);
  });

  it('lists every reason the password policy gives (thrown as password-<reason>)', () => {
    const policy = sources.find((source) => source.includes('export type PasswordProblem'));
    const reasons = [
      ...(policy?.match(/export type PasswordProblem = ([^;]+);/)?.[1] ?? '').matchAll(/'([^']+)'/g),
    ].map((match) => `password-${match[1]}`);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((code) => !answerable.includes(code))).toEqual([]);
  });

  it('leaves the shared codes to the shared list', () => {
    expect(identityProblemCodes.filter((code) => (sharedProblemCodes as readonly string[]).includes(code))).toEqual([]);
  });
});
