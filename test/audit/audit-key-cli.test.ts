import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli';
import { queryOutside, tamper } from '../helpers/other-tool';
import { execFileSync } from 'node:child_process';

/**
 * The audit key from the command line, the way a desk keeps it: an owner-only key file per ledger in
 * the user's config folder (made by init), or a key named by an environment variable. These runs
 * unset the test suite's DRAWBACK_DESK_AUDIT_KEY and give each a config folder of its own.
 */
let dir: string;
let config: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-keys-'));
  config = join(dir, 'config');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => ({ DRAWBACK_DESK_AUDIT_KEY: '', XDG_CONFIG_HOME: config, ...extra });
const ledgerUid = (db: string) => queryOutside<{ uid: string }>(db, 'SELECT uid FROM ledger_meta')[0]!.uid;
const records = (db: string) => queryOutside<{ n: number }>(db, 'SELECT count(*) AS n FROM audit_log')[0]!.n;

describe('a key file per ledger, made by init', () => {
  let db: string;
  let keyFile: string;
  beforeAll(async () => {
    db = join(dir, 'desk.db');
    const init = await runCli(['init', '--db', db], env());
    expect(init.code, init.stderr).toBe(0);
    keyFile = join(config, 'drawback-desk', 'audit-keys', `${ledgerUid(db)}.key`);
    expect(init.stdout).toContain(`its audit key is in the key file ${keyFile}: keep it`);
  });

  it('is owner-only, in an owner-only folder, and the key is nowhere in the ledger file', () => {
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(config, 'drawback-desk', 'audit-keys')).mode & 0o777).toBe(0o700);
    const key = readFileSync(keyFile, 'utf8').trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(db).includes(Buffer.from(key, 'hex'))).toBe(false);
    expect(readFileSync(db).toString('latin1')).not.toContain(key);
  });

  it('opens the ledger for every command, and verify names where the key came from', async () => {
    const add = await runCli(['users', 'add', '--db', db, '--username', 'kim', '--role', 'clerk', '--password-env', 'PW'], env({ PW: 'kim-receives-1' }));
    expect(add.code, add.stderr).toBe(0);
    const verify = await runCli(['audit', 'verify', '--db', db], env());
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`sealed with the key from the key file ${keyFile}`);
  });

  it('missing: every door says what is missing and where it looked, and writes nothing', async () => {
    const before = readFileSync(db);
    renameSync(keyFile, `${keyFile}.away`);
    try {
      for (const args of [
        ['balances', '--db', db],
        ['audit', 'verify', '--db', db],
      ]) {
        const r = await runCli(args, env());
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr).toContain(`the audit key of the ledger ${db} (ledger ${ledgerUid(db)}) was not found: looked in the key file ${keyFile}`);
        expect(r.stderr).toContain('DRAWBACK_DESK_AUDIT_KEY');
      }
      expect(readFileSync(db).equals(before)).toBe(true);
    } finally {
      renameSync(`${keyFile}.away`, keyFile);
    }
  });

  it('readable by others: refused until it is owner-only again', async () => {
    chmodSync(keyFile, 0o644);
    try {
      const r = await runCli(['balances', '--db', db], env());
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the audit key file ${keyFile} can be read by other users (mode 644)`);
      expect(r.stderr).toContain(`chmod 600 ${keyFile}`);
    } finally {
      chmodSync(keyFile, 0o600);
    }
    expect((await runCli(['balances', '--db', db], env())).code).toBe(0);
  });

  it("the wrong key (another ledger's): refused for writing and for verifying, and nothing is written", async () => {
    const before = records(db);
    const wrong = { DRAWBACK_DESK_AUDIT_KEY: 'ab'.repeat(32) };
    const write = await runCli(
      ['users', 'add', '--db', db, '--username', 'lee', '--role', 'clerk', '--password-env', 'PW'],
      env({ ...wrong, PW: 'lee-receives-1' }),
    );
    expect(write.code).toBe(1);
    expect(write.stderr).toContain(`the audit key from the environment variable DRAWBACK_DESK_AUDIT_KEY is not the key of the ledger ${db}`);
    const verify = await runCli(['audit', 'verify', '--db', db], env(wrong));
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('is not the key of the ledger');
    expect(records(db)).toBe(before);
  });
});

describe('a key named by an environment variable', () => {
  it('DRAWBACK_DESK_AUDIT_KEY_FILE: init makes that owner-only file, and later runs use it', async () => {
    const db = join(dir, 'named.db');
    const keyFile = join(dir, 'vault', 'desk.key');
    const init = await runCli(['init', '--db', db], env({ DRAWBACK_DESK_AUDIT_KEY_FILE: keyFile }));
    expect(init.code, init.stderr).toBe(0);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(existsSync(join(config, 'drawback-desk', 'audit-keys', `${ledgerUid(db)}.key`))).toBe(false);
    const verify = await runCli(['audit', 'verify', '--db', db], env({ DRAWBACK_DESK_AUDIT_KEY_FILE: keyFile }));
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`the key file ${keyFile} (named by DRAWBACK_DESK_AUDIT_KEY_FILE)`);
  });

  it('DRAWBACK_DESK_AUDIT_KEY that is not 32 bytes is refused, saying how to make one', async () => {
    const r = await runCli(['init', '--db', join(dir, 'bad-key.db')], env({ DRAWBACK_DESK_AUDIT_KEY: 'secret' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the audit key in the environment variable DRAWBACK_DESK_AUDIT_KEY is not a key: it must be 32 bytes .*openssl rand -hex 32/);
    expect(existsSync(join(dir, 'bad-key.db'))).toBe(false);
  });
});

describe('a ledger made before keyed audit trails', () => {
  const legacy = join(REPO_ROOT, 'test', 'fixtures', 'legacy', 'unkeyed-ledger.db');
  let n = 0;
  const copy = () => {
    const path = join(dir, `legacy-${++n}.db`);
    copyFileSync(legacy, path);
    return path;
  };

  it('is refused by ordinary commands, keyed once by init, and verifies keyed from then on', async () => {
    const db = copy();
    const old = records(db);
    const refused = await runCli(['balances', '--db', db], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${db} is a Drawback Desk ledger made before audit trails were keyed`);
    expect(refused.stderr).toContain(`drawback-desk init --db ${db}`);
    const init = await runCli(['init', '--db', db], env());
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`from record ${old + 1} on it is sealed with a key`);
    expect(queryOutside<{ action: string; after_json: string }>(db, `SELECT action, after_json FROM audit_log WHERE seq = ${old + 1}`)[0]).toMatchObject({
      action: 'audit:key-trail',
      after_json: expect.stringContaining(`"unkeyedRecords":${old}`),
    });
    const verify = await runCli(['audit', 'verify', '--db', db], env());
    expect(verify.code, verify.stderr).toBe(0);
    // the keying record, then the statutory reference data seeded by the first keyed start
    expect(verify.stdout).toMatch(new RegExp(`^audit trail intact: ${old + 2} records`));

    // the unkeyed records are covered by the keyed one after them: re-sealing them unkeyed no longer passes
    tamper(db, "UPDATE movements SET quantity = 1 WHERE id = (SELECT min(id) FROM movements WHERE kind = 'receipt')");
    const seq = queryOutside<{ s: number }>(db, "SELECT audit_seq AS s FROM movements WHERE quantity = 1 AND kind = 'receipt'")[0]!.s;
    execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'test', 'helpers', 'reseal-unkeyed.ts'), db, String(seq)], { cwd: REPO_ROOT });
    const after = await runCli(['audit', 'verify', '--db', db], env());
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(new RegExp(`^audit trail BROKEN at record ${old + 1} .*not sealed with this ledger's audit key`));
  });

  it('is not keyed when its unkeyed trail is already broken', async () => {
    const db = copy();
    tamper(db, "UPDATE movements SET quantity = 1 WHERE id = (SELECT min(id) FROM movements WHERE kind = 'receipt')");
    const r = await runCli(['init', '--db', db], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/its unkeyed trail is already broken at record \d+ .*restore a good copy/);
    expect(queryOutside(db, "SELECT name FROM sqlite_master WHERE name = 'ledger_meta'")).toEqual([]);
  });

  it('is not keyed again when an anchor log beside it shows it was keyed already (its identity stripped)', async () => {
    const db = copy();
    writeFileSync(`${db}.anchors`, '{"ledger":"x","seq":30,"mac":"00","at":"2024-01-01T00:00:00.000Z","source":"write","sig":"00"}\n');
    const r = await runCli(['init', '--db', db], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('shows its trail was keyed already');
  });
});
