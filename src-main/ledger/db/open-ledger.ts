import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../src-shared/errors';
import { checkLedgerFileBeforeOpening, LEDGER_APPLICATION_ID, ledgerKindOf, type LedgerKind } from './ledger-file';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Drizzle = BetterSQLite3Database<typeof schema>;

export interface OpenLedgerOptions {
  /** Folder holding drizzle's migrations; found next to the package by default. */
  migrationsFolder?: string;
  /** better-sqlite3 addon built for another runtime (Electron's ABI) than the one running now. */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface Ledger {
  sqlite: Sqlite;
  orm: Drizzle;
  path: string;
  kind: LedgerKind;
  close(): void;
}

/** The addon each connection was opened with, so a scratch database can use the same one (Electron's ABI). */
const bindings = new WeakMap<Sqlite, string | undefined>();

function connect(path: string, options: OpenLedgerOptions & { fileMustExist?: boolean }): Sqlite {
  const sqlite = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  bindings.set(sqlite, options.nativeBinding);
  return sqlite;
}

/** An empty in-memory database on the same SQLite build as `like` (the schema check builds the expected schema in it). */
export function scratchDatabaseFor(like: Sqlite): Sqlite {
  const nativeBinding = bindings.get(like);
  return new Database(':memory:', nativeBinding ? { nativeBinding } : {});
}

function setPragmas(sqlite: Sqlite, readonly: boolean): void {
  // Setting the journal mode writes to the file: a read-only open (audit verify) judges the file as it is.
  if (!readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: a committed receipt survives power loss, not just a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
}

/**
 * Opens an existing ledger file, sets durable pragmas and (unless read-only) applies pending
 * migrations. Never creates one: a missing path, an empty file, a file that is not SQLite or an
 * SQLite database of another program is refused with what it is and what to do.
 * `allowUnkeyed` lets `init` open a ledger made before keyed audit trails, to key it.
 */
export function openLedger(path: string, options: OpenLedgerOptions & { allowUnkeyed?: boolean } = {}): Ledger {
  const absolute = resolve(path);
  if (!checkLedgerFileBeforeOpening(absolute))
    throw new AppError('NOT_FOUND', `there is no ledger at ${absolute}; check the path, or create one with "drawback-desk init --db ${path}"`);
  // Judged on a read-only connection first: opening another program's database for writing could leave files beside it.
  const probe = connect(absolute, { ...options, readonly: true });
  let kind: LedgerKind;
  try {
    kind = ledgerKindOf(probe, absolute);
  } finally {
    probe.close();
  }
  if (kind === 'unkeyed-ledger' && !options.allowUnkeyed) {
    throw new AppError(
      'VALIDATION',
      `${absolute} is a Drawback Desk ledger made before audit trails were keyed: its unkeyed hash chain proves nothing against someone who can recompute it. Key it once with "drawback-desk init --db ${path}" (this checks its trail and creates its audit key), then open it again`,
    );
  }
  const sqlite = connect(absolute, options);
  try {
    setPragmas(sqlite, options.readonly ?? false);
    const orm = drizzle(sqlite, { schema });
    if (!options.readonly) migrate(orm, { migrationsFolder: options.migrationsFolder ?? findMigrationsFolder() });
    return { sqlite, orm, path: absolute, kind, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * Creates a new ledger where no file exists: built whole under a temporary name (application id,
 * every migration, then `initialize`: the identity row), then linked into place, which fails rather
 * than replace a file that appeared meanwhile. A ledger file is either complete or absent.
 */
export function createLedgerFile(path: string, initialize: (sqlite: Sqlite) => void, options: OpenLedgerOptions = {}): void {
  const absolute = resolve(path);
  if (existsSync(absolute)) throw new AppError('CONFLICT', `${absolute} already exists: a new ledger is only created where no file is`);
  mkdirSync(dirname(absolute), { recursive: true });
  const temp = `${absolute}.creating-${randomBytes(6).toString('hex')}`;
  try {
    const sqlite = connect(temp, { ...options, readonly: false, fileMustExist: false });
    try {
      sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
      setPragmas(sqlite, false);
      migrate(drizzle(sqlite, { schema }), { migrationsFolder: options.migrationsFolder ?? findMigrationsFolder() });
      initialize(sqlite);
    } finally {
      sqlite.close(); // checkpoints the WAL: the one file holds the whole ledger
    }
    try {
      linkSync(temp, absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new AppError('CONFLICT', `${absolute} appeared while the new ledger was being created; nothing was replaced`);
      throw error;
    }
  } finally {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(leftover, { force: true });
  }
}

/** Walks up from this file to the package root's resources/migrations (works from src and from out/). */
export function findMigrationsFolder(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources', 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find resources/migrations above ${start}`);
    dir = parent;
  }
}
