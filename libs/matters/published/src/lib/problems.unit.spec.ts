import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedProblemCodes, thrownProblemCodes } from '@lexport/shared-published';
import { mattersProblemCodes } from './problems';

const context = join(__dirname, '..', '..', '..');
const sources = ['domain', 'module'].flatMap((library) => {
  const root = join(context, library, 'src');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => readFileSync(join(root, file), 'utf8'));
});
const answerable: readonly string[] = [...mattersProblemCodes, ...sharedProblemCodes];

describe('the problem codes the matters context answers', () => {
  it('lists every domain error the matters context throws', () => {
    const thrown = sources.flatMap(thrownProblemCodes);
    expect(thrown).toContain('matter-already-exists');
    expect(thrown.filter((code) => !answerable.includes(code))).toEqual([]);
  });

  it('leaves the shared codes to the shared list', () => {
    expect(mattersProblemCodes.filter((code) => (sharedProblemCodes as readonly string[]).includes(code))).toEqual([]);
  });
});
