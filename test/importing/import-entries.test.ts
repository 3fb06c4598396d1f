import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry } from '../../src-main/ledger/entries-repo';
import { createImportDesk, fixture, issueSpots, type ImportDesk } from './import-desk';

let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
});
afterEach(() => t.dispose());

const entry = (n: string) => getEntry(t.desk.ledger.sqlite, n)!;

describe('importing entries', () => {
  it('groups CSV rows by entry number (in any order) into entries with their lines', () => {
    expect(t.run('entries', fixture('entries.csv'))).toMatchObject({ rowsRead: 4, written: 4, unchanged: 0 });
    expect(t.count('import_entries')).toBe(2);
    expect(t.count('entry_lines')).toBe(4);
    const a = entry('2023-000123');
    expect(a).toMatchObject({ entryType: '01', importDate: '2023-05-01', billOfLading: 'MAEU123456789', containers: ['MSKU1234565'], purchaseOrders: ['PO-88121', 'PO-88122'], reconciliationFlag: false });
    expect(a.lines.map((l) => [l.lineNumber, l.hts, l.quantity, l.duty, l.mpf, l.dutyPerUnit])).toEqual([
      [1, '6109100012', 1000, '5000.00', '104.22', '5.0000'],
      [2, '6203424011', 600, '2419.20', '49.83', '4.0320'],
    ]);
    expect(entry('2023-000187').lines[1]).toMatchObject({ uom: 'DZ', quantity: 120, mpf: '0.00', otherFees: '0.00' });
    expect(t.auditOk()).toBe(true);
  });

  it('reads the same entries from JSON, and then sees the CSV as unchanged', () => {
    expect(t.run('entries', fixture('entries.json'))).toMatchObject({ rowsRead: 2, written: 2 });
    expect(entry('2023-000187')).toMatchObject({ billOfLading: null, containers: [], purchaseOrders: ['PO-88310'] });
    expect(t.run('entries', fixture('entries.csv'))).toMatchObject({ rowsRead: 4, written: 0, unchanged: 4 });
    expect(t.count('entry_lines')).toBe(4);
  });

  it('lists every error of a bad CSV by line and field: header disagreements, line fields, header fields', () => {
    const file = fixture('entries-bad.csv');
    const error = t.refused('entries', file);
    const spots = issueSpots(error, file);
    expect(spots).toEqual(expect.arrayContaining(['3:importer', '3:hts', '4:entryType', '4:entryDate', '4:containers.0', '4:duty']));
    expect(error.issues!.find((i) => i.field.endsWith(':3:importer'))!.message).toContain('"Northwind Apparel Inc." on line 2 but "Southwind Apparel Inc." here');
    expect(t.count('import_entries')).toBe(0);
    expect(t.count('import_batches')).toBe(0);
  });

  it('refuses amounts with decimals written as JSON numbers (floats), and reports paths within the entry', () => {
    const file = fixture('entries-bad.json');
    const error = t.refused('entries', file);
    expect(issueSpots(error, file)).toEqual(expect.arrayContaining(['[0]:lines.0.duty', '[1]:portCode', '[1]:importer', '[1]:lines']));
    expect(error.issues!.find((i) => i.field.endsWith('[0]:lines.0.duty'))!.message).toContain('as strings');
    expect(error.issues!.find((i) => i.field.endsWith('[1]:importer'))!.message).toBe('importer is required');
    expect(t.count('import_entries')).toBe(0);
  });

  it('refuses an entry that is in the ledger with different content, naming the difference', () => {
    t.run('entries', fixture('entries.json'));
    const entries = JSON.parse(readFileSync(fixture('entries.json'), 'utf8')) as { lines: { duty: string }[] }[];
    entries[0]!.lines[1]!.duty = '2419.25';
    const file = join(t.dir, 'entries-corrected.json');
    writeFileSync(file, JSON.stringify(entries));
    const before = t.counts();
    const error = t.refused('entries', file);
    expect(issueSpots(error, file)).toEqual(['[0]:entryNumber']);
    expect(error.issues![0]!.message).toContain('line 2: duty is "2419.20" in the ledger but "2419.25" in the file');
    expect(t.counts()).toEqual(before);
    expect(entry('2023-000123').lines[1]!.duty).toBe('2419.20');
  });
});
