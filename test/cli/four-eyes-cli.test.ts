import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENTRY, DEMO_USERS } from '../../src-main/doors/demo-data';
import { runCli } from '../helpers/cli';
import { rawConnection } from '../helpers/test-desk';

/** Four eyes from the command line: an override names who asks (--as) and who approves (--approver), never the same person. */
let dir: string;
let db: string;
const [clerk, , supervisor] = DEMO_USERS;
const env = { CLERK_PW: clerk.password, SUP_PW: supervisor.password };
// The demo ledger received all 1,000 units of entry line 1: one more is over the line.
const overLine = ['receive', '--entry', DEMO_ENTRY, '--line', '1', '--sku', 'TSHIRT-COT-M', '--lot', 'EXTRA', '--quantity', '2', '--location', 'A-01-01'];
const auditRecords = () => {
  const raw = rawConnection(db, true);
  try {
    return (raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  } finally {
    raw.close();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-four-eyes-'));
  db = join(dir, 'demo.db');
  const made = await runCli(['demo', '--db', db]);
  expect(made.code, made.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('receive over the entry line', () => {
  it('a supervisor receiving as themselves cannot be their own --approver', async () => {
    const before = auditRecords();
    const r = await runCli(
      [
        ...overLine,
        '--db',
        db,
        '--as',
        supervisor.username,
        '--password-env',
        'SUP_PW',
        '--approver',
        supervisor.username,
        '--approver-password-env',
        'SUP_PW',
        '--reason',
        'two more on the truck',
      ],
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'drawback-desk: supervisor asked for this override and cannot also approve it: another supervisor must enter their user name and password\n  override.supervisorUsername: must be someone other than the person asking\n',
    );
    expect(auditRecords()).toBe(before);
  });

  it('received --as the clerk with the supervisor approving, both are named', async () => {
    const r = await runCli(
      [
        ...overLine,
        '--db',
        db,
        '--json',
        '--as',
        clerk.username,
        '--password-env',
        'CLERK_PW',
        '--approver',
        supervisor.username,
        '--approver-password-env',
        'SUP_PW',
        '--reason',
        'two more on the truck',
      ],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ movement: { quantity: 2, user: clerk.username, approver: supervisor.username } });
  });
});

describe('reverse', () => {
  it('needs an approver who is not the person asking', async () => {
    const raw = rawConnection(db, true);
    const { uid } = raw.prepare("SELECT uid FROM movements WHERE kind = 'receipt' ORDER BY id LIMIT 1").get() as { uid: string };
    raw.close();
    const alone = await runCli(['reverse', '--db', db, '--movement', uid, '--reason', 'received against the wrong entry']);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/^drawback-desk: reversing a movement needs the approval of a supervisor other than you/);
    const self = await runCli(
      [
        'reverse',
        '--db',
        db,
        '--movement',
        uid,
        '--reason',
        'received against the wrong entry',
        '--as',
        supervisor.username,
        '--password-env',
        'SUP_PW',
        '--approver',
        supervisor.username,
        '--approver-password-env',
        'SUP_PW',
      ],
      env,
    );
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/^drawback-desk: supervisor asked for this reversal and cannot also approve it/);
    const ok = await runCli(
      [
        'reverse',
        '--db',
        db,
        '--json',
        '--movement',
        uid,
        '--reason',
        'received against the wrong entry',
        '--as',
        clerk.username,
        '--password-env',
        'CLERK_PW',
        '--approver',
        supervisor.username,
        '--approver-password-env',
        'SUP_PW',
      ],
      env,
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ kind: 'reversal', user: clerk.username, approver: supervisor.username });
  });
});
