import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';

const workspaceRoot = join(__dirname, '../../../../..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/**
 * Lints a file that does not exist, as if it were written at `path`, with the workspace's own ESLint set-up (in a
 * child process, as `nx lint` runs it), and returns the boundary rule's complaints.
 */
async function boundaryErrors(path: string, source: string): Promise<string[]> {
  const eslint = spawnSync(
    process.execPath,
    [
      join(workspaceRoot, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      join(workspaceRoot, path),
      '--format',
      'json',
    ],
    {
      cwd: workspaceRoot,
      input: source,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  const [result] = JSON.parse(eslint.stdout) as Array<{ messages: LintMessage[] }>;
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
}

describe('module boundaries', () => {
  beforeAll(async () => {
    process.env['NX_DAEMON'] = 'false';
    process.env['NX_NO_CLOUD'] = 'true';
    // The rule reads the cached project graph and silently skips itself when there is none.
    await createProjectGraphAsync({ exitOnError: false });
  }, 60_000);

  it('lets a domain lib use the decider kernel', async () => {
    expect(
      await boundaryErrors(
        'libs/requests/domain/src/lib/allowed.ts',
        "import { fold } from '@lexport/shared-ddd';\nexport const x = fold;\n",
      ),
    ).toEqual([]);
  });

  it('forbids a framework or a driver in a domain lib', async () => {
    for (const banned of ['@nestjs/common', 'mongodb', '@eventstore/db-client']) {
      const errors = await boundaryErrors(
        'libs/requests/domain/src/lib/forbidden.ts',
        `import * as banned from '${banned}';\nexport const x = banned;\n`,
      );
      expect(errors).toEqual([`A project tagged with "type:domain" is not allowed to import "${banned}"`]);
    }
  });

  it('forbids a domain lib from reaching into a Nest module lib', async () => {
    const errors = await boundaryErrors(
      'libs/requests/domain/src/lib/forbidden.ts',
      "import { CommandExecutor } from '@lexport/shared-platform';\nexport const x = CommandExecutor;\n",
    );
    expect(errors.join('\n')).toMatch(/type:domain/);
  });

  it('forbids shared plumbing from depending on a bounded context', async () => {
    const errors = await boundaryErrors(
      'libs/shared/projections/src/lib/forbidden.ts',
      "import { catalogueDecider } from '@lexport/requests-domain';\nexport const x = catalogueDecider;\n",
    );
    expect(errors.join('\n')).toMatch(/scope:shared/);
  });

  it('forbids a published language (shared with the browser) from importing a framework', async () => {
    const errors = await boundaryErrors(
      'libs/requests/published/src/lib/forbidden.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it("lets a context use another context's published language", async () => {
    expect(
      await boundaryErrors(
        'libs/notifications/module/src/lib/allowed.ts',
        "import { userRoles } from '@lexport/identity-published';\nexport const x = userRoles;\n",
      ),
    ).toEqual([]);
  });

  it("forbids a context from importing another context's module or domain", async () => {
    const intoModule = await boundaryErrors(
      'libs/notifications/module/src/lib/forbidden.ts',
      "import { IdentityModule } from '@lexport/identity-module';\nexport const x = IdentityModule;\n",
    );
    expect(intoModule.join('\n')).toMatch(/scope:notifications/);
    const intoDomain = await boundaryErrors(
      'libs/requests/module/src/lib/forbidden.ts',
      "import { userDecider } from '@lexport/identity-domain';\nexport const x = userDecider;\n",
    );
    expect(intoDomain.join('\n')).toMatch(/scope:requests/);
  });

  it('forbids reaching past a lib index into its files', async () => {
    const errors = await boundaryErrors(
      'libs/requests/module/src/lib/forbidden.ts',
      "import { SqliteFile } from '../../../../shared/sqlite/src/lib/sqlite-file';\nexport const x = SqliteFile;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });
});
