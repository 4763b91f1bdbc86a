import { matterKinds, matterStatuses, mattersProblemCodes } from '@lexport/matters-published';
import { mattersTexts } from '@lexport/web-matters-i18n';
import { mattersProblemKey } from './matters-problems';

describe('matters wording', () => {
  it.each(['en', 'fr'] as const)('explains in %s every code the matters context may answer', (language) => {
    const errors = mattersTexts[language]['errors'] as Record<string, string>;
    expect(mattersProblemCodes.filter((code) => !errors[code]?.trim())).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('names in %s every kind and status a matter may have', (language) => {
    const kinds = mattersTexts[language]['kinds'] as Record<string, string>;
    const statuses = mattersTexts[language]['statuses'] as Record<string, string>;
    expect(matterKinds.filter((kind) => !kinds[kind]?.trim())).toEqual([]);
    expect(matterStatuses.filter((status) => !statuses[status]?.trim())).toEqual([]);
  });

  it('reads matters codes in the matters scope and the others in the shell', () => {
    expect(mattersProblemKey('matter-not-found')).toBe('matters.errors.matter-not-found');
    expect(mattersProblemKey('network')).toBe('errors.network');
  });
});
