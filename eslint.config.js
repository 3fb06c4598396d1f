import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = existsSync('src-renderer/features') ? readdirSync('src-renderer/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];

/**
 * Boundary rules (DESIGN §3, §8): src-shared is pure (no electron, node or DOM), the renderer never
 * imports main, renderer features do not import each other, and only the shell files import electron.
 */
export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src-shared', from: './src-main', message: 'src-shared is pure: it may not import main' },
            { target: './src-shared', from: './src-renderer', message: 'src-shared is pure: it may not import the renderer' },
            { target: './src-renderer', from: './src-main', message: 'the renderer reaches main only through the typed contract' },
            ...FEATURES.map((feature) => ({
              target: `./src-renderer/features/${feature}`,
              from: './src-renderer/features',
              except: [`./${feature}`],
              message: 'renderer features do not import each other; share through src-renderer/app or src-renderer/ui',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'crypto', 'better-sqlite3', 'drizzle-orm*', 'react', 'react-dom', 'react-dom/*'], message: 'src-shared is pure TypeScript: no electron, node, database or DOM imports' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/index.ts', 'src-main/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*'], message: 'only src-main/index.ts and the preload import electron; everything else runs in plain Node too' }] }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', 'better-sqlite3', 'drizzle-orm*'], message: 'the renderer is sandboxed: no electron, node or database imports' }] }],
    },
  },
);
