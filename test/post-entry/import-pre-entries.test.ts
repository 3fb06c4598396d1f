import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPreEntryLines, preEntryVersions } from '../../src-main/ledger/repos/post-entry-pre-entries-repo';
import { createPostEntryDesk, fixture, issueSpots, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

describe('importing pre-entry data (what we sent the broker)', () => {
  it('keeps each entry with its lines tied to purchase-order lines, amounts and quantities in 1/10,000', () => {
    expect(t.run('pre-entries', fixture('ledger/pre-entries.json'))).toMatchObject({
      kind: 'pre-entries',
      format: 'json',
      rowsRead: 3,
      written: 3,
      versions: 0,
      unchanged: 0,
      alreadyImported: false,
    });
    expect(t.count('pre_entries')).toBe(3);
    expect(t.count('pre_entry_lines')).toBe(5);
    const lines = latestPreEntryLines(t.desk.ledger.sqlite);
    // "EAB0004521-2" in the file is kept as CBP prints it
    expect(lines.map((l) => [l.entry_number, l.line_number, l.po_number, l.po_line, l.hts, l.quantity_4dp, l.value_4dp, l.duty_4dp])).toEqual([
      ['316-1234567-3', 1, 'PO-88310', 1, '7318152095', 200_000_000, 42_000_000, 2_604_000],
      ['B76-0324527-8', 1, 'PO-88121', 1, '6109100012', 10_000_000, 301_200_000, 49_698_000],
      ['B76-0324527-8', 2, 'PO-88121', 2, '6203424011', 6_000_000, 144_000_000, 23_904_000],
      ['EAB-0004521-2', 1, 'PO-90002', 1, '6109100012', 24_000_000, 708_000_000, 116_820_000],
      ['EAB-0004521-2', 2, 'PO-90002', 2, '99038815 8536694040', 5_000_000, 10_000_000, 2_770_000],
    ]);
    expect(t.auditOk()).toBe(true);
  });

  it('reads the same data from CSV (rows grouped by entry) as unchanged, and the same file again as already imported', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    const records = t.count('audit_log');
    expect(t.run('pre-entries', fixture('ledger/pre-entries.csv'))).toMatchObject({ format: 'csv', rowsRead: 5, written: 0, versions: 0, unchanged: 3 });
    expect(t.run('pre-entries', fixture('ledger/pre-entries.csv'))).toMatchObject({ alreadyImported: true, written: 0 });
    expect(t.count('pre_entries')).toBe(3);
    expect(t.count('audit_log')).toBe(records + 1); // the CSV's batch; the repeat wrote nothing
  });

  it('keeps a changed pre-entry as a new version beside the old one', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    const data = JSON.parse(readFileSync(fixture('ledger/pre-entries.json'), 'utf8')) as { lines: { duty: string }[] }[];
    data[0]!.lines[0]!.duty = '4970.00';
    const file = join(t.dir, 'pre-entries-revised.json');
    writeFileSync(file, JSON.stringify(data));
    expect(t.run('pre-entries', file)).toMatchObject({ written: 0, versions: 1, unchanged: 2 });
    expect(preEntryVersions(t.desk.ledger.sqlite, 'B76-0324527-8').map((v) => v.version)).toEqual([1, 2]);
    expect(latestPreEntryLines(t.desk.ledger.sqlite, 'B76-0324527-8')[0]).toMatchObject({ version: 2, duty_4dp: 49_700_000 });
    expect(t.auditOk()).toBe(true);
  });

  it('rejects a malformed file whole, every error by line and field, and writes nothing', () => {
    const before = t.counts();
    const file = fixture('ledger/pre-entries-bad.csv');
    const error = t.refusedImport('pre-entries', file);
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.message).toMatch(/was not imported: \d+ errors in 3 of 3 rows; nothing from the file was written/);
    expect(issueSpots(error, file)).toEqual(expect.arrayContaining(['2:entryNumber', '3:hts.0', '3:duty', '4:shipment', '4:quantity']));
    const say = (spot: string) => error.issues!.find((i) => i.field === `${file}:${spot}`)!.message;
    expect(say('2:entryNumber')).toMatch(/check digit 9, but filer code B76 with number 0324527 gives 8/);
    expect(say('3:duty')).toBe('amount cannot be negative');
    expect(say('4:shipment')).toMatch(/entry 316-1234567-3 says "SHP-2025-0312" on line 3 but "SHP-2025-0399" here/);
    expect(t.counts()).toEqual(before);
  });

  it('is a specialist’s work: a clerk is refused', () => {
    expect(t.refusedImport('pre-entries', fixture('ledger/pre-entries.json'), t.actors.clerk)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('needs a specialist or above'),
    });
  });
});
