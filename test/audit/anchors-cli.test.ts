import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITED_TABLES } from '../../src-main/ledger/audit/covered-tables';
import { runCli } from '../helpers/cli';
import { queryOutside, tamper } from '../helpers/other-tool';

/**
 * Anchors kept outside the ledger file, through the CLI: the anchor log beside the ledger and the
 * anchor every claim package carries. An attacker who cuts records off the end of the ledger and the
 * anchor log together is still caught by a claim package exported before.
 */
let dir: string;
let db: string;
let claim: string;
const pkg = (format: string) => join(dir, `claim.${format === 'worksheet' ? 'worksheet.csv' : format}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-anchors-'));
  db = join(dir, 'desk.db');
  expect((await runCli(['demo', '--db', db])).code).toBe(0);
  const draft = await runCli([
    'claim',
    'draft',
    '--provision',
    'unused-direct-identification',
    '--claimant',
    'Northwind Apparel Inc.',
    '--from',
    '2023-11-01',
    '--to',
    '2023-11-30',
    '--claim-date',
    '2024-03-01',
    '--db',
    db,
    '--json',
  ]);
  expect(draft.code, draft.stderr).toBe(0);
  claim = (JSON.parse(draft.stdout) as { number: string }).number;
  for (const format of ['json', 'worksheet', 'pdf', 'csv']) {
    const r = await runCli(['claim', 'export', claim, '--db', db, '--format', format, '--out', pkg(format)]);
    expect(r.code, r.stderr).toBe(0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function copyOfDesk(withLog = true): string {
  const path = join(dir, `copy-${++n}.db`);
  copyFileSync(db, path);
  if (withLog) copyFileSync(`${db}.anchors`, `${path}.anchors`);
  return path;
}
const head = (path: string) => queryOutside<{ seq: number }>(path, 'SELECT max(seq) AS seq FROM audit_log')[0]!.seq;

describe('claim packages carry the chain head, signed', () => {
  it('in the JSON, the worksheet and the PDF (the CSV stays one row per claim line)', () => {
    const json = JSON.parse(readFileSync(pkg('json'), 'utf8')) as { auditAnchor: { ledger: string; seq: number; mac: string; source: string; sig: string } };
    expect(json.auditAnchor).toMatchObject({
      seq: head(db),
      source: `claim package ${claim}`,
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
      sig: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(readFileSync(pkg('worksheet'), 'utf8')).toContain(`# AUDIT ANCHOR\r\nLedger,Audit record,Record MAC,Anchored at,Source,Signature\r\n`);
    expect(readFileSync(pkg('worksheet'), 'utf8')).toContain(json.auditAnchor.mac);
    expect(readFileSync(pkg('pdf')).toString('latin1')).toContain(
      `(Drawback Desk audit anchor {"ledger":"${json.auditAnchor.ledger}","seq":${json.auditAnchor.seq},"mac":"${json.auditAnchor.mac}"`,
    );
  });

  it('verify checks the anchor log and every package named, and says which anchors it used', async () => {
    const anchors = readFileSync(`${db}.anchors`, 'utf8').trim().split('\n').length;
    const r = await runCli(['audit', 'verify', '--db', db, '--anchor', pkg('json'), '--anchor', pkg('worksheet'), '--anchor', pkg('pdf')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout, r.stdout).toContain(
      `checked ${anchors + 3} anchors: anchor log desk.db.anchors (${anchors}), claim package claim.json (1), claim package claim.worksheet.csv (1), claim package claim.pdf (1)\n`,
    );
  });

  it('a CSV named as an anchor is said to carry none', async () => {
    const r = await runCli(['audit', 'verify', '--db', db, '--anchor', pkg('csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/note: claim\.csv holds no audit anchor: .*a CSV package carries none/);
  });
});

describe('the end of the ledger cut off', () => {
  const cut = (path: string, from: number) =>
    tamper(path, [...AUDITED_TABLES.map((t) => `DELETE FROM ${t} WHERE audit_seq >= ${from}`), `DELETE FROM audit_log WHERE seq >= ${from}`].join(';\n'));

  it('with the anchor log left beside it: caught, naming the anchor log', async () => {
    const path = copyOfDesk();
    const last = head(path);
    cut(path, last);
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^audit trail BROKEN at record ${last} onwards: record ${last} is missing: anchor log copy-\\d+\\.db\\.anchors line \\d+ .*vouches for record ${last}, but the ledger ends at record ${last - 1}`,
      ),
    );
  });

  it('with the anchor log deleted too: verify says it checked no anchors; the claim package exported before still catches it', async () => {
    const path = copyOfDesk(false);
    const last = head(path);
    cut(path, last - 2);
    expect(existsSync(`${path}.anchors`)).toBe(false);
    const alone = await runCli(['audit', 'verify', '--db', path]);
    expect(alone.code).toBe(0); // what cannot be seen from the file alone (README, threat model)
    expect(alone.stdout).toMatch(/checked no anchors\nnote: there is no anchor log beside the ledger .*cut-off end of the ledger cannot be seen/);
    for (const format of ['json', 'worksheet', 'pdf']) {
      const r = await runCli(['audit', 'verify', '--db', path, '--anchor', pkg(format)]);
      expect(r.code, format).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `^audit trail BROKEN at record ${last - 2} onwards: records ${last - 2} to ${last} are missing: claim package claim\\.${format === 'worksheet' ? 'worksheet\\.csv' : format} .*vouches for record ${last}`,
        ),
      );
    }
  });

  it('truncating the anchor log with the ledger leaves older anchors that still hold: only a cut since the last surviving anchor goes unseen', async () => {
    const path = copyOfDesk();
    const last = head(path);
    cut(path, last - 1);
    const lines = readFileSync(`${path}.anchors`, 'utf8').trim().split('\n');
    writeFileSync(`${path}.anchors`, `${lines.filter((l) => (JSON.parse(l) as { seq: number }).seq < last - 1).join('\n')}\n`);
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stderr).toBe(0);
    const caught = await runCli(['audit', 'verify', '--db', path, '--anchor', pkg('json')]);
    expect(caught.code).toBe(1);
  });
});

describe('anchors that do not hold', () => {
  it('an anchor edited to vouch for another record is refused as not signed', async () => {
    const forged = join(dir, 'forged.json');
    const json = JSON.parse(readFileSync(pkg('json'), 'utf8')) as { auditAnchor: { seq: number } };
    json.auditAnchor.seq += 5;
    writeFileSync(forged, JSON.stringify(json));
    const r = await runCli(['audit', 'verify', '--db', db, '--anchor', forged]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/claim package forged\.json is not signed with this ledger's audit key: the anchor file was edited/);
  });

  it("another ledger's package is set aside with a note, not counted", async () => {
    const other = join(dir, 'other.db');
    expect((await runCli(['demo', '--db', other, '--no-receipts'])).code).toBe(0);
    const r = await runCli(['audit', 'verify', '--db', other, '--anchor', pkg('json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /note: 1 anchor in claim package claim\.json belong to another ledger \([0-9a-f-]{36}, up to its record \d+\) and were not checked/,
    );
  });
});
