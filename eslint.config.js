import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = existsSync('src-renderer/features')
  ? readdirSync('src-renderer/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

/**
 * Boundary rules (DESIGN §3, §8): src-shared is pure (no electron, node or DOM), the renderer never
 * imports main, renderer features do not import each other, and only the shell files import electron.
 * Matched on the import text with ESLint's own no-restricted-imports (the code uses relative paths
 * and no aliases), so no resolver with native bindings is needed. Flat config replaces a rule's
 * options per matching block, so each block lists every pattern that applies to its files.
 */
const pattern = (group, message) => ({ group, message });
const under = (folder) => [`**/${folder}`, `**/${folder}/**`];
const SHARED_PURE = pattern(
  ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'crypto', 'better-sqlite3', 'drizzle-orm*', 'react', 'react-dom', 'react-dom/*'],
  'src-shared is pure TypeScript: no electron, node, database or DOM imports',
);
const SHARED_ALONE = pattern([...under('src-main'), ...under('src-renderer')], 'src-shared is pure: it may not import main or the renderer');
const RENDERER_SANDBOXED = pattern(
  ['electron', 'node:*', 'better-sqlite3', 'drizzle-orm*'],
  'the renderer is sandboxed: no electron, node or database imports',
);
const RENDERER_NOT_MAIN = pattern(under('src-main'), 'the renderer reaches main only through the typed contract');
const MAIN_NO_ELECTRON = pattern(
  ['electron', 'electron/*'],
  'only src-main/doors/electron (the app and its preload) import electron; everything else runs in plain Node too',
);
const featureIsolation = (feature) =>
  pattern(
    FEATURES.filter((f) => f !== feature).flatMap((other) => [`../${other}`, `../${other}/**`, ...under(`features/${other}`)]),
    'renderer features do not import each other; share through src-renderer/app or src-renderer/ui',
  );
// Layers of src-main (README "Layout"): doors → services → ledger, engine, devices; engine → src-shared only.
const NOT_DOORS = pattern(under('doors'), 'only the front doors (src-main/doors) import the doors; services are called through the handler maps');
const NOT_SERVICES = pattern(under('services'), 'the ledger, the engine and the devices do not call services; services call them');
const NOT_LEDGER = pattern(under('ledger'), 'the engine and the devices do not touch the ledger; a service reads it and passes plain data');
const NOT_DEVICES = pattern(under('devices'), 'the engine and the ledger do not drive devices; a service does');
const NOT_ENGINE = pattern(under('engine'), 'the devices do not need the drawback engine');
const NOT_COMPOSITION = pattern(['**/composition-root'], 'only the front doors assemble the desk');
// SQL lives in the repos (src-main/ledger/repos): a statement anywhere else escapes the schema's types and the
// audited write path. And only withAudit makes an AuditSeq (ledger/audit/audit-seq.ts).
const NO_PREPARE = {
  selector: "CallExpression[callee.property.name='prepare']",
  message: 'SQL lives in src-main/ledger/repos: add a repo function (row types from the drizzle schema) and call it',
};
const NO_FORGED_SEQ = {
  selector: "TSAsExpression[typeAnnotation.typeName.name='AuditSeq'], TSTypeAssertion[typeAnnotation.typeName.name='AuditSeq']",
  message: 'only withAudit (src-main/ledger/audit/audit-log.ts) makes an AuditSeq: write inside withAudit and pass on the seq it hands you',
};
const restrict = (...patterns) => ['error', { patterns: patterns.filter((p) => p.group.length > 0) }];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['src-main/ledger/audit/audit-log.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_FORGED_SEQ] },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/ledger/repos/**', 'src-main/ledger/audit/audit-log.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_PREPARE, NO_FORGED_SEQ] },
  },
  {
    files: ['src-main/ledger/audit/audit-log.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_PREPARE] },
  },
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict(SHARED_PURE, SHARED_ALONE),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/doors/electron/**'],
    rules: { 'no-restricted-imports': restrict(MAIN_NO_ELECTRON) },
  },
  {
    files: ['src-main/services/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(MAIN_NO_ELECTRON, NOT_DOORS, NOT_COMPOSITION) },
  },
  {
    files: ['src-main/ledger/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(MAIN_NO_ELECTRON, NOT_DOORS, NOT_COMPOSITION, NOT_SERVICES, NOT_DEVICES) },
  },
  {
    files: ['src-main/devices/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(MAIN_NO_ELECTRON, NOT_DOORS, NOT_COMPOSITION, NOT_SERVICES, NOT_LEDGER, NOT_ENGINE) },
  },
  {
    files: ['src-main/engine/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(MAIN_NO_ELECTRON, NOT_DOORS, NOT_COMPOSITION, NOT_SERVICES, NOT_LEDGER, NOT_DEVICES) },
  },
  {
    // How a worker thread starts (src-main/workers): used by services and the engine, so it imports none of the layers.
    files: ['src-main/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        MAIN_NO_ELECTRON,
        pattern(
          [...under('doors'), ...under('services'), ...under('ledger'), ...under('engine'), ...under('devices'), '**/composition-root'],
          'src-main/workers starts worker threads for every layer, so it imports none of them',
        ),
      ),
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(RENDERER_SANDBOXED, RENDERER_NOT_MAIN),
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src-renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrict(RENDERER_SANDBOXED, RENDERER_NOT_MAIN, featureIsolation(feature)) },
  })),
  // Layout is Prettier's (npm run format); ESLint keeps to correctness and the boundaries.
  prettier,
);
