import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk } from '../../src-main/composition-root';
import { runCli } from '../helpers/cli';

/**
 * Issue 10 item 3: a file that is empty, not SQLite, or not a Drawback Desk ledger is never opened
 * as one, through any door, and never turned into a new ledger (only a path where no file exists is).
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-foreign-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds = [
  { kind: 'an empty (0-byte) file', make: (path: string) => writeFileSync(path, ''), says: /is empty \(0 bytes\)/ },
  { kind: 'a text file', make: (path: string) => writeFileSync(path, 'receipts for March\n'), says: /is not an SQLite database/ },
  {
    kind: "another program's SQLite database",
    make: (path: string) =>
      execFileSync('sqlite3', [path], { input: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');" }),
    says: /is an SQLite database but not a Drawback Desk ledger/,
  },
] as const;

let k = 0;
function foreignFile(make: (path: string) => void): { path: string; bytes: Buffer } {
  const path = join(dir, `file-${++k}.db`);
  make(path);
  return { path, bytes: readFileSync(path) };
}

/** The file is left exactly as it was, with nothing created beside it. */
function expectUntouched(file: { path: string; bytes: Buffer }): void {
  expect(readFileSync(file.path).equals(file.bytes)).toBe(true);
  expect(existsSync(`${file.path}-wal`)).toBe(false);
  expect(existsSync(`${file.path}.anchors`)).toBe(false);
}

describe.each(kinds)('$kind', ({ make, says }) => {
  it.each([
    ['init', (db: string) => ['init', '--db', db]],
    ['a command on the ledger (balances)', (db: string) => ['balances', '--db', db]],
    ['audit verify', (db: string) => ['audit', 'verify', '--db', db]],
    ['demo', (db: string) => ['demo', '--db', db]],
  ])('is refused by %s with a message saying what the file is', async (_door, args) => {
    const file = foreignFile(make);
    const r = await runCli(args(file.path));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file.path);
    if (args(file.path)[0] !== 'demo') expect(r.stderr).toMatch(says);
    expectUntouched(file);
  });

  it('is refused by serve (browser mode), which prints no admin password and serves nothing', async () => {
    const file = foreignFile(make);
    const r = await runCli(['serve', '--db', file.path, '--port', '0'], {}, { killAfterMs: 20_000 });
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).not.toMatch(/first sign-in|open http/);
    expect(r.stderr).toMatch(says);
    expectUntouched(file);
  });

  it('is refused by the composition root the Electron app starts from', () => {
    const file = foreignFile(make);
    expect(() => createDesk(file.path, { log: () => {} })).toThrow(says);
    expectUntouched(file);
  });
});
