import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { queryOutside, sqlOutside, tamper } from '../helpers/other-tool';
import { BINS, receipt } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeAll(() => {
  t = createTestDesk({ seed: true });
  for (const lot of ['V-1', 'V-2', 'V-3']) t.ok('receiving:create-receipt', receipt({ quantity: 100, lotCode: lot, locationCode: BINS.cage }), t.actors.clerk);
  t.close();
});
afterAll(() => t.dispose());

describe('drawback-desk audit verify', () => {
  it('exits 0 on an intact ledger and says how much it checked', async () => {
    const records = queryOutside<{ n: number }>(t.path, 'SELECT count(*) AS n FROM audit_log')[0]!.n;
    const anchors = readFileSync(`${t.path}.anchors`, 'utf8').trim().split('\n').length;
    expect(anchors).toBe(3); // one per receipt written since the seeded copy was made
    const r = await runCli(['audit', 'verify', '--db', t.path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `audit trail intact: ${records} records, ${r.stdout.match(/(\d+) ledger rows/)![1]} ledger rows, sealed with the key from the environment variable DRAWBACK_DESK_AUDIT_KEY\n` +
        `checked ${anchors} anchors: anchor log ledger.db.anchors (${anchors})\n`,
    );
  });

  it('exits non-zero and names the record on stderr when the file was edited, even out of WAL mode', async () => {
    const m = queryOutside<{ id: number; audit_seq: number }>(
      t.path,
      "SELECT m.id, m.audit_seq FROM movements m JOIN lots l ON l.id = m.lot_id WHERE l.lot_code = 'V-2'",
    )[0]!;
    tamper(t.path, `UPDATE movements SET quantity = 10 WHERE id = ${m.id}`);
    sqlOutside(t.path, 'PRAGMA journal_mode = DELETE;');
    const r = await runCli(['audit', 'verify', '--db', t.path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^audit trail BROKEN at record ${m.audit_seq} \\(receiving:create-receipt .*lot V-2.*movements`));
    const json = await runCli(['audit', 'verify', '--db', t.path, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, firstBad: { seq: m.audit_seq } });
  });

  it('a ledger path that does not exist is named, and no file is created', async () => {
    const missing = join(t.dir, 'no-such-ledger.db');
    const r = await runCli(['audit', 'verify', '--db', missing]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(missing);
    expect(existsSync(missing)).toBe(false);
  });
});
