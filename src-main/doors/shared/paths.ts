import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The ledger a desk opens when none is named: DRAWBACK_DESK_DB, else the user's data folder. */
export function defaultLedgerPath(demo = false): string {
  if (process.env.DRAWBACK_DESK_DB) return process.env.DRAWBACK_DESK_DB;
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'drawback-desk', demo ? 'demo-ledger.db' : 'ledger.db');
}

/** The built screens (electron-vite's renderer output), found above this file from src or out. */
export function findRendererDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(dir, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return candidate;
    dir = parent;
  }
}
