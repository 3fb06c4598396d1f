import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Edits a ledger file the way someone behind the app's back would: with another SQLite tool in
 * another process (the sqlite3 command-line shell when installed, else python3's sqlite3 module).
 * The app must be closed first. Triggers can be dropped (the append-only guard), the edit made, and
 * the triggers put back so the file looks untouched.
 */
export type OtherTool = 'sqlite3' | 'python3';

function available(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: 'ignore' });
  return r.status === 0;
}

export function otherTool(): OtherTool {
  const preferred = process.env.DRAWBACK_TEST_TAMPER_TOOL as OtherTool | undefined;
  if (preferred) return preferred;
  if (available('sqlite3', ['-version'])) return 'sqlite3';
  if (available('python3', ['-c', 'import sqlite3'])) return 'python3';
  throw new Error('tamper tests need another SQLite tool: install the sqlite3 shell (apt-get install sqlite3) or python3');
}

const PYTHON = `
import sqlite3, sys, json
con = sqlite3.connect(sys.argv[1], isolation_level=None)
script = sys.stdin.read()
if sys.argv[2] == 'query':
    con.row_factory = sqlite3.Row
    print(json.dumps([dict(r) for r in con.execute(script).fetchall()]))
else:
    con.executescript(script)
con.close()
`;

/** Runs SQL statements against the file from another process. */
export function sqlOutside(path: string, sql: string, tool: OtherTool = otherTool()): void {
  if (tool === 'sqlite3') execFileSync('sqlite3', ['-bail', path], { input: sql, stdio: ['pipe', 'pipe', 'pipe'] });
  else execFileSync('python3', ['-c', PYTHON, path, 'exec'], { input: sql, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs one query from another process and returns its rows. */
export function queryOutside<T = Record<string, unknown>>(path: string, sql: string, tool: OtherTool = otherTool()): T[] {
  const out =
    tool === 'sqlite3'
      ? execFileSync('sqlite3', ['-json', path, sql], { encoding: 'utf8' })
      : execFileSync('python3', ['-c', PYTHON, path, 'query'], { input: sql, encoding: 'utf8' });
  return out.trim() === '' ? [] : (JSON.parse(out) as T[]);
}

/**
 * Drops the append-only triggers, runs `sql`, and recreates the triggers exactly as they were, all in
 * one transaction of the other tool: what a careful tamperer would do.
 */
export function tamper(path: string, sql: string, tool: OtherTool = otherTool()): void {
  const triggers = queryOutside<{ name: string; sql: string }>(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name", tool);
  if (triggers.length === 0) throw new Error('the ledger has no append-only triggers to drop');
  const script = [
    'BEGIN;',
    ...triggers.map((t) => `DROP TRIGGER ${t.name};`),
    sql.trim().endsWith(';') ? sql : `${sql};`,
    ...triggers.map((t) => `${t.sql};`),
    'COMMIT;',
  ].join('\n');
  sqlOutside(path, script, tool);
}
