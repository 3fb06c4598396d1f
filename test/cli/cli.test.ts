import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceRow } from '../../src-shared/domain/ledger';
import { createDesk } from '../../src-main/composition-root';
import { DEMO_ENTRY, DEMO_USERS } from '../../src-main/doors/demo-data';
import { runCli } from '../helpers/cli';
import { rawConnection } from '../helpers/test-desk';

/** Black-box: the `drawback-desk` command run as a separate process, as a script or a person would. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const auditRecords = (path: string) => {
  const db = rawConnection(path, true);
  try {
    return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('a new ledger from the command line', () => {
  it('init creates the ledger with every migration, and running it again changes nothing', async () => {
    const path = join(dir, 'new', 'ledger.db');
    const first = await runCli(['init', '--db', path, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout) as { db: string; migrationsApplied: number };
    expect(out.db).toBe(path);
    expect(out.migrationsApplied).toBeGreaterThanOrEqual(2);
    expect(existsSync(path)).toBe(true);
    const db = rawConnection(path, true);
    expect((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('movements', 'audit_log', 'lots')").get() as { n: number }).n).toBe(3);
    db.close();
    const records = auditRecords(path);
    const again = await runCli(['init', '--db', path]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`ledger ready at ${path} (${out.migrationsApplied} migrations)\n`);
    expect(auditRecords(path)).toBe(records);
  });

  it('users add reads the password from an environment variable, and that user can sign in', async () => {
    const path = join(dir, 'users.db');
    const password = 'kim-receives-1';
    expect((await runCli(['init', '--db', path])).code).toBe(0);
    const r = await runCli(['users', 'add', '--db', path, '--username', 'kim', '--role', 'clerk', '--display-name', 'Kim Dock', '--password-env', 'KIM_PW'], {
      KIM_PW: password,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('added kim (clerk)\n');
    expect(r.stdout + r.stderr).not.toContain(password);
    const desk = createDesk(path, { log: () => {} });
    try {
      expect(desk.dispatch('auth:sign-in', { username: 'kim', password }, {})).toMatchObject({
        ok: true,
        value: { user: { username: 'kim', displayName: 'Kim Dock', role: 'clerk' } },
      });
      expect(desk.dispatch('auth:sign-in', { username: 'kim', password: 'guess' }, {}).ok).toBe(false);
    } finally {
      desk.close();
    }
  });

  it('commands other than init and demo refuse a ledger path that does not exist, instead of creating one', async () => {
    const path = join(dir, 'typo.db');
    const r = await runCli(['balances', '--db', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`there is no ledger at ${path}`);
    expect(existsSync(path)).toBe(false);
  });

  it('users add without the password variable set fails and says which variable', async () => {
    const path = join(dir, 'users.db');
    const r = await runCli(['users', 'add', '--db', path, '--username', 'lee', '--role', 'clerk', '--password-env', 'LEE_PW_UNSET']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/LEE_PW_UNSET is empty or not set/);
    const desk = createDesk(path, { log: () => {} });
    const users = desk.dispatch('users:list', {}, { actor: desk.system });
    desk.close();
    expect(users.ok && users.value.map((u) => u.username)).toEqual(['kim']);
  });
});

describe('the demo ledger', () => {
  let demo: string;
  beforeAll(async () => {
    demo = join(dir, 'demo.db');
    const r = await runCli(['demo', '--db', demo, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ db: demo, users: DEMO_USERS.map(({ username, role, password }) => ({ username, role, password })) });
  });

  it(`holds the seed scenario: entry ${DEMO_ENTRY}, 1,000 units with $5,000.00 duty, preserved in lots`, async () => {
    const r = await runCli(['balances', '--db', demo, '--entry', DEMO_ENTRY, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as BalanceRow[];
    expect(rows.reduce((s, row) => s + row.preserved, 0)).toBe(1000);
    expect(rows.reduce((s, row) => s + row.available, 0)).toBe(0);
    expect(new Set(rows.map((row) => row.lotCode)).size).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatchObject({ entryNumber: DEMO_ENTRY, drawbackSegregated: true, dutyPerUnit: '5.0000' });
    const desk = createDesk(demo, { log: () => {} });
    const entry = desk.dispatch('entries:get', { entryNumber: DEMO_ENTRY }, { actor: desk.system });
    desk.close();
    expect(entry.ok && entry.value.lines[0]).toMatchObject({ quantity: 1000, duty: '5000.00', receivedQuantity: 1000 });
  });

  it('balances --lot shows that lot only, as a table a person can read', async () => {
    const json = JSON.parse((await runCli(['balances', '--db', demo, '--json'])).stdout) as BalanceRow[];
    const lot = json.find((row) => row.entryNumber === DEMO_ENTRY)!;
    const r = await runCli(['balances', '--db', demo, '--lot', lot.lotCode]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ENTRY\s+LINE\s+SKU\s+LOT\s+LOCATION\s+AVAILABLE\s+PRESERVED\s+PICKED$/);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(/\s+/)).toEqual([
      lot.entryNumber,
      String(lot.entryLineNumber),
      lot.sku,
      lot.lotCode,
      lot.locationCode,
      String(lot.available),
      String(lot.preserved),
      String(lot.picked),
    ]);
  });

  it('demo refuses a file that already exists, and leaves it alone', async () => {
    const records = auditRecords(demo);
    const modified = statSync(demo).mtimeMs;
    const r = await runCli(['demo', '--db', demo]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/already exists; demo data goes into a new ledger only/);
    expect(auditRecords(demo)).toBe(records);
    expect(statSync(demo).mtimeMs).toBe(modified);
  });

  it('receive records a receipt and says where it went', async () => {
    const r = await runCli([
      'receive',
      '--db',
      demo,
      '--entry',
      DEMO_ENTRY,
      '--line',
      '2',
      '--sku',
      'JEANS-DNM-32',
      '--lot',
      'CLI-J1',
      '--quantity',
      '24',
      '--location',
      'a-01-01',
      '--reference',
      'CLI-1',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`received 24 of JEANS-DNM-32 lot CLI-J1 from entry ${DEMO_ENTRY} line 2 into A-01-01 (available)\n`);
    const again = await runCli([
      'receive',
      '--db',
      demo,
      '--entry',
      DEMO_ENTRY,
      '--line',
      '2',
      '--sku',
      'JEANS-DNM-32',
      '--lot',
      'CLI-J1',
      '--quantity',
      '24',
      '--location',
      'A-01-01',
      '--reference',
      'CLI-1',
      '--json',
    ]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ duplicate: true, movement: { quantity: 24, reference: 'CLI-1' } });
    const balances = JSON.parse((await runCli(['balances', '--db', demo, '--lot', 'CLI-J1', '--json'])).stdout) as BalanceRow[];
    expect(balances).toMatchObject([{ available: 24, preserved: 0 }]);
  });

  it('receive with an unknown SKU fails with the field and what to do', async () => {
    const r = await runCli([
      'receive',
      '--db',
      demo,
      '--entry',
      DEMO_ENTRY,
      '--line',
      '1',
      '--sku',
      'NO-SUCH',
      '--lot',
      'X',
      '--quantity',
      '1',
      '--location',
      'A-01-01',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^drawback-desk: receipt not recorded: SKU NO-SUCH is not in the item master; add or import the item first\n {2}sku: /);
  });

  it('receive over the entry line needs a supervisor, and goes through with one', async () => {
    const args = [
      'receive',
      '--db',
      demo,
      '--entry',
      DEMO_ENTRY,
      '--line',
      '1',
      '--sku',
      'TSHIRT-COT-M',
      '--lot',
      'CLI-OVER',
      '--quantity',
      '3',
      '--location',
      'DB-CAGE-2',
    ];
    const refused = await runCli([...args, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr)).toMatchObject({ ok: false, error: { code: 'OVERRIDE_REQUIRED', issues: [{ field: 'quantity' }] } });
    const supervisor = DEMO_USERS.find((u) => u.role === 'supervisor')!;
    const approved = await runCli([...args, '--approver', supervisor.username, '--approver-password-env', 'SUP_PW', '--reason', 'three extra on the pallet'], {
      SUP_PW: supervisor.password,
    });
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toMatch(
      /received 3 of TSHIRT-COT-M lot CLI-OVER .* \(preserved\)\n {2}exception for review: received 1003 against an entry line of 1000/,
    );
  });

  it('a missing required option is a usage error (exit 2) naming the option', async () => {
    const r = await runCli([
      'receive',
      '--db',
      demo,
      '--entry',
      DEMO_ENTRY,
      '--line',
      '1',
      '--sku',
      'TSHIRT-COT-M',
      '--quantity',
      '1',
      '--location',
      'A-01-01',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lot/);
  });
});
