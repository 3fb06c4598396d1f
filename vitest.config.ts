import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // better-sqlite3 is a native addon: separate processes keep each test file's ledger isolated.
    pool: 'forks',
    // Every ledger a test makes is keyed with this fixed audit key, through the same environment variable
    // a script would use (child processes such as the CLI inherit it). Tests of key files unset it.
    env: { DRAWBACK_DESK_AUDIT_KEY: '7e57a0d17e57a0d17e57a0d17e57a0d17e57a0d17e57a0d17e57a0d17e57a0d1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
