import nx from '@nx/eslint-plugin';

const frameworkAndDrivers = [
  '@nestjs/*',
  'mongodb',
  '@eventstore/*',
  'express',
  'nestjs-*',
  '@angular/*',
  'rxjs',
  'node:sqlite',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.cache', '**/.nx', '**/tmp', '**/.angular', 'bench/results.json'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          checkDynamicDependenciesExceptions: [],
          allow: [],
          depConstraints: [
            // Bounded contexts see their own libs, shared plumbing, and only the published language of other contexts.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:requests',
              onlyDependOnLibsWithTags: ['scope:requests', 'scope:shared', 'type:published'],
            },
            {
              sourceTag: 'scope:matters',
              onlyDependOnLibsWithTags: ['scope:matters', 'scope:shared', 'type:published'],
            },
            {
              sourceTag: 'scope:contracts',
              onlyDependOnLibsWithTags: ['scope:contracts', 'scope:shared', 'type:published'],
            },
            {
              sourceTag: 'scope:identity',
              onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared', 'type:published'],
            },
            {
              sourceTag: 'scope:notifications',
              onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared', 'type:published'],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'type:published'] },
            // Applications compose every context; layer rules below still keep them off domain internals.
            {
              sourceTag: 'scope:app',
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:requests',
                'scope:matters',
                'scope:contracts',
                'scope:identity',
                'scope:notifications',
                'scope:web',
              ],
            },
            // Layers.
            {
              // A domain may read its own context's published language (the form definitions and their one validator,
              // which the browser runs too); the scope rules above keep it to published languages only.
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:published'],
              bannedExternalImports: frameworkAndDrivers,
            },
            {
              sourceTag: 'type:published',
              onlyDependOnLibsWithTags: ['type:published'],
              bannedExternalImports: frameworkAndDrivers,
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:module',
              onlyDependOnLibsWithTags: ['type:module', 'type:domain', 'type:published', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:published'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:published'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:published'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:module',
                'type:util',
                'type:published',
                'type:feature',
                'type:data-access',
                'type:ui',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:published'] },
          ],
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Generators inside methods hand `this` to their closure under a name that says what it is.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['store'] }],
    },
  },
  {
    // Build configuration, not product code: it may share helpers from tools/.
    files: ['**/webpack.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
