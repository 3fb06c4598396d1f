import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { ChannelInput, ChannelOutput, SyncChannel } from '../../src-shared/contract';
import type { AppErrorShape, Result } from '../../src-shared/errors';
import { sequentialIds, steppingClock, type Clock } from '../../src-main/ledger/clock';
import { createDesk, type Desk, type DeskConfig } from '../../src-main/composition-root';
import type { Actor } from '../../src-main/services/service-context';
import { seedActors, seedLedger, type SeedActors } from './seed';

export const TEST_START = '2024-03-04T08:00:00.000Z';

export interface TestDesk {
  desk: Desk;
  /** the temp folder holding the ledger file */
  dir: string;
  /** the ledger file */
  path: string;
  /** present when created with `seed: true` */
  actors: SeedActors;
  /** messages the desk logged (internal errors) */
  logged: { message: string; error: unknown }[];
  /** invoke a channel as a given actor, the way the CLI does */
  call<C extends SyncChannel>(channel: C, input: ChannelInput<C>, actor: Actor): Result<ChannelOutput<C>>;
  /** invoke and expect success; fails the test with the desk's own message otherwise */
  ok<C extends SyncChannel>(channel: C, input: ChannelInput<C>, actor: Actor): ChannelOutput<C>;
  /** invoke and expect a refusal; returns the error */
  refused<C extends SyncChannel>(channel: C, input: unknown, actor: Actor): AppErrorShape;
  /** count rows in a table of this ledger */
  count(table: string): number;
  /** close the desk (so another tool can edit the file) */
  close(): void;
  /** close and reopen the same file through the composition root */
  reopen(config?: DeskConfig): Desk;
  /** close and delete the temp folder */
  dispose(): void;
}

export interface TestDeskOptions {
  /** fill the ledger with users, bins, items and entries (see seed.ts) */
  seed?: boolean;
  clock?: Clock;
  /** put the ledger in this folder instead of a new temp folder */
  dir?: string;
  /** start matching on every confirmed shipment, as the app does (off: tests start runs themselves) */
  autoMatch?: boolean;
  /** printer / RFID reader transports and retry delays (tests shorten the waits) */
  devices?: DeskConfig['devices'];
}

/** The seeded ledger, built once per test file and copied for each test (seeding hashes passwords). */
let seededTemplate: { dir: string; path: string } | undefined;
function seededLedgerFile(): string {
  if (seededTemplate) return seededTemplate.path;
  const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-seed-'));
  const path = join(dir, 'ledger.db');
  const desk = createDesk(path, { clock: steppingClock(SEED_START), ids: sequentialIds('01SEED'), create: true });
  seedLedger(desk);
  desk.close(); // checkpoints the WAL into the file, so the file alone is the whole ledger
  seededTemplate = { dir, path };
  return path;
}
// Registered on the importing test file's root suite: the template goes when the file is done.
afterAll(() => {
  if (seededTemplate) rmSync(seededTemplate.dir, { recursive: true, force: true });
  seededTemplate = undefined;
});
const SEED_START = '2024-03-01T08:00:00.000Z';

/**
 * A temp-dir ledger built with the real migrations, a fixed clock and fixed ids. With `seed`, a copy
 * of one seeded ledger (users, bins, items, entries; see seed.ts), so each test starts from the same
 * file without paying for the seeding again.
 */
export function createTestDesk(options: TestDeskOptions = {}): TestDesk {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'drawback-desk-test-'));
  const path = join(dir, 'ledger.db');
  const logged: { message: string; error: unknown }[] = [];
  const config = (): DeskConfig => ({
    clock: options.clock ?? steppingClock(TEST_START),
    ids: sequentialIds(),
    log: (message, error) => logged.push({ message, error }),
    autoMatch: options.autoMatch ?? false,
    devices: options.devices ?? { retryDelaysMs: [20, 20] },
  });
  const copySeed = options.seed === true && options.dir === undefined;
  if (copySeed) copyFileSync(seededLedgerFile(), path); // the ledger alone: its copy starts an anchor log of its own
  let desk = createDesk(path, { ...config(), create: true });
  let open = true;
  const t: TestDesk = {
    get desk() {
      return desk;
    },
    dir,
    path,
    actors: undefined as unknown as SeedActors,
    logged,
    call: (channel, input, actor) => desk.dispatch(channel, input, { actor }),
    ok(channel, input, actor) {
      const result = desk.dispatch(channel, input, { actor });
      if (!result.ok) throw new Error(`${channel} was refused: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    refused(channel, input, actor) {
      const result = desk.dispatch(channel, input, { actor });
      if (result.ok) throw new Error(`${channel} was expected to be refused but succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
    count: (table) => (desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    close() {
      if (open) desk.close();
      open = false;
    },
    reopen(override) {
      t.close();
      desk = createDesk(path, { ...config(), ...override });
      open = true;
      return desk;
    },
    dispose() {
      t.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  if (copySeed) t.actors = seedActors(desk);
  else if (options.seed) t.actors = seedLedger(desk);
  return t;
}

/** A second, raw connection to the file that bypasses the app (no migrations, no pragmas). */
export function rawConnection(path: string, readonly = false): Database.Database {
  return new Database(path, { readonly });
}

/** A clock the test moves by hand (sessions, idle limits). */
export function manualClock(start = TEST_START): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (iso) => {
      t = Date.parse(iso);
    },
  };
}
