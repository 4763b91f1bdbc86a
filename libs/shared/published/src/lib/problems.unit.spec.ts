import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedProblemCodes, thrownProblemCodes } from './problems';

const platform = join(__dirname, '..', '..', '..', 'platform', 'src');
const sources = readdirSync(platform, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
  .map((file) => readFileSync(join(platform, file), 'utf8'));

describe('the problem codes every route may answer', () => {
  it('lists every domain error the platform throws', () => {
    const thrown = sources.flatMap(thrownProblemCodes);
    expect(thrown.length).toBeGreaterThan(0);
    expect(thrown.filter((code) => !(sharedProblemCodes as readonly string[]).includes(code))).toEqual([]);
  });

  it('lists every code the problem-details filter answers', () => {
    const answered = sources.flatMap((source) => [
      ...[...source.matchAll(/problem\(\d{3}, '([^']+)'/g)].map((match) => match[1]),
      // codeOfStatus: "429: 'too-many-requests'," (the titles beside it are sentences, not codes)
      ...[...source.matchAll(/^\s+\d{3}: '([a-z-]+)',?$/gm)].map((match) => match[1]),
    ]);
    expect(answered).toEqual(expect.arrayContaining(['invalid-input', 'internal-error', 'too-many-requests']));
    expect(answered.filter((code) => !(sharedProblemCodes as readonly string[]).includes(code ?? ''))).toEqual([]);
  });

  it('finds a code thrown over several lines', () => {
    expect(thrownProblemCodes("throw new DomainError(\n  'seat-taken', 'conflict', 'Taken')")).toEqual(['seat-taken']);
  });
});
