// @ts-check
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers are walls: the tags in each project.json say who may import whom. */
const depConstraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:domain', 'type:infra'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:data'] },
  // Workflow names and ids, inputs and results, signals, updates, queries, activity interfaces: shared by all.
  { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:domain', 'type:contract'] },
  // The one typed Temporal client (the API's and the activities'): starts and tells workflows by contract.
  { sourceTag: 'type:client', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:client'] },
  { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:workflow'] },
  { sourceTag: 'type:activity', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:client', 'type:data', 'type:infra', 'type:activity'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:client', 'type:data', 'type:infra', 'type:workflow', 'type:activity'] },
  // The console runs in the browser: it talks to the API over HTTP only (types generated from its OpenAPI document).
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] },
];

/**
 * class-validator's IsOptional lets `null` through to the services (`{"name": null}` became a 500): fields that
 * may be left out use Optional(), fields where null means something use Nullable() (common/validation/optional.decorator.ts).
 */
const noIsOptional = {
  name: 'class-validator',
  importNames: ['IsOptional'],
  message: 'IsOptional 会放过 null：可省略的字段用 common/validation/optional.decorator 的 Optional()；null 有含义的字段用 Nullable()。',
};

/** Workflow code is replayed: it may not touch I/O, the ORM, mail, Node builtins or activity implementations. */
const workflowForbidden = {
  paths: [noIsOptional, 'typeorm', 'pg', 'nodemailer', 'luxon', '@duban/activities', '@duban/persistence', '@duban/notifications', '@duban/config', '@temporalio/activity', '@temporalio/client', '@temporalio/worker', '@nestjs/common', '@nestjs/core'],
  patterns: [
    { group: ['node:*'], message: 'Node builtins are not deterministic; use @temporalio/workflow APIs.' },
    { group: ['fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'timers', 'worker_threads'], message: 'No I/O in workflows: put it in an activity.' },
  ],
};

/**
 * Workflows and the contracts they import go into the workflow bundle: of the domain they take the part they need
 * (`@duban/domain/chase`), never the barrel, which loads the packs' data (types from it are erased, so allowed).
 */
const domainBarrel = {
  paths: [{ name: '@duban/domain', allowTypeImports: true, message: 'The @duban/domain barrel loads the packs\' data: import the part you need (@duban/domain/chase) or types only.' }],
};

/**
 * Every CSV and Excel file is written through apps/api/src/common/exports/spreadsheet.ts, which neutralises formulas.
 * (A later block's no-restricted-imports replaces an earlier one's: each repeats noIsOptional.)
 */
const spreadsheetWriters = {
  paths: [
    noIsOptional,
    { name: 'csv-stringify', message: 'Write CSV with csvFile() from common/exports/spreadsheet (it neutralises formulas).' },
    { name: 'csv-stringify/sync', message: 'Write CSV with csvFile() from common/exports/spreadsheet (it neutralises formulas).' },
  ],
};
const rawExcelRows = {
  selector: "CallExpression[callee.property.name=/^(addRow|addRows|insertRow|insertRows)$/]",
  message: 'Add Excel rows with addSafeRow() from common/exports/spreadsheet (it neutralises formulas).',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', 'coverage/**', '**/*.js', '**/*.mjs', 'apps/web/src/api/schema.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
      'no-restricted-imports': ['error', { paths: [noIsOptional] }],
    },
  },
  {
    files: ['apps/**/src/**/*.ts', 'libs/**/src/**/*.ts', 'activities/src/**/*.ts'],
    ignores: ['apps/api/src/common/exports/spreadsheet.ts', '**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', spreadsheetWriters], 'no-restricted-syntax': ['error', rawExcelRows] },
  },
  // After the block above: in the bundle's code, these restrictions replace the spreadsheet ones.
  {
    files: ['workflows/src/**/*.ts', 'libs/contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', workflowForbidden], '@typescript-eslint/no-restricted-imports': ['error', domainBarrel] },
  },
  // The console (apps/web): browser code in TSX, hooks checked, nothing of the API or the libraries imported.
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { '@nx': nx, 'react-hooks': reactHooks },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-console': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['@duban/*', '**/api/src/**', '**/libs/**'], message: 'The console talks to the API over HTTP only: use api/client.ts and the generated schema.d.ts.' }] }],
    },
  },
  {
    files: ['apps/web/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
