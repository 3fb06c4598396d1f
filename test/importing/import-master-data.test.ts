import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findItemBySku, toItem } from '../../src-main/ledger/repos/items-repo';
import { findLocation, toLocation } from '../../src-main/ledger/repos/locations-repo';
import { createImportDesk, fixture, issueSpots, type ImportDesk } from './import-desk';

let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
});
afterEach(() => t.dispose());

const item = (sku: string) => toItem(findItemBySku(t.desk.ledger.sqlite, sku)!);

describe('importing items', () => {
  it.each(['items.csv', 'items.json'])('adds every item of %s under one audit record and one batch', (name) => {
    const records = t.count('audit_log');
    const summary = t.run('items', fixture(name));
    expect(summary).toEqual({ kind: 'items', file: fixture(name), rowsRead: 4, written: 4, unchanged: 0, alreadyImported: false, exceptions: 0 });
    expect(t.count('items')).toBe(4);
    expect(t.count('audit_log')).toBe(records + 1);
    const audit = t.desk.ledger.sqlite.prepare('SELECT action, subject, after_json FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      action: string;
      subject: string;
      after_json: string;
    };
    expect(audit).toMatchObject({ action: 'import:items', subject: name });
    expect(JSON.parse(audit.after_json)).toMatchObject({ rows: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(t.desk.ledger.sqlite.prepare('SELECT kind, file_name, rows_read FROM import_batches').all()).toEqual([
      { kind: 'items', file_name: name, rows_read: 4 },
    ]);
    expect(item('TSHIRT-COT-M')).toEqual({
      sku: 'TSHIRT-COT-M',
      description: "Men's cotton T-shirt, size M",
      hts: '6109100012',
      countryOfOrigin: 'VN',
      uom: 'EA',
      drawbackEligible: true,
      gtin: '00614141000012',
    });
    expect(item('BOLT-M8-ZN')).toMatchObject({ countryOfOrigin: 'CN', uom: 'EA', drawbackEligible: true, gtin: null });
    expect(item('PACK-TAPE').drawbackEligible).toBe(false);
    expect(t.auditOk()).toBe(true);
  });

  it('does nothing when the same file comes again', () => {
    t.run('items', fixture('items.csv'));
    const before = t.counts();
    expect(t.run('items', fixture('items.csv'))).toMatchObject({ alreadyImported: true, rowsRead: 4, written: 0 });
    expect(t.counts()).toEqual(before);
  });

  it('counts rows already in the ledger as unchanged and adds only the new ones', () => {
    t.run('items', fixture('items.csv'));
    expect(t.run('items', fixture('items.json'))).toMatchObject({ rowsRead: 4, written: 0, unchanged: 4, alreadyImported: false });
    expect(t.run('items', fixture('items-overlap.csv'))).toMatchObject({ rowsRead: 2, written: 1, unchanged: 1 });
    expect(t.count('items')).toBe(5);
    expect(t.auditOk()).toBe(true);
  });

  it('refuses a file that would change an existing SKU, and writes none of its rows', () => {
    t.run('items', fixture('items.csv'));
    const before = t.counts();
    const file = fixture('items-changed.csv');
    const error = t.refused('items', file);
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(issueSpots(error, file)).toEqual(['3:sku']);
    expect(error.issues![0]!.message).toContain('hts is "6109100012" in the ledger but "6109100040" in the file');
    expect(t.counts()).toEqual(before);
    expect(findItemBySku(t.desk.ledger.sqlite, 'HOODIE-L')).toBeUndefined();
  });

  it('needs a specialist: a clerk may not import the item master', () => {
    const clerk = { ...t.desk.system, username: 'dana', role: 'clerk' as const };
    expect(t.refused('items', fixture('items.csv'), clerk).code).toBe('FORBIDDEN');
    expect(t.count('items')).toBe(0);
  });
});

describe('importing locations', () => {
  it.each(['locations.csv', 'locations.json'])('adds the bins of %s with their drawback segregation', (name) => {
    expect(t.run('locations', fixture(name))).toMatchObject({ rowsRead: 3, written: 3, unchanged: 0 });
    expect(toLocation(findLocation(t.desk.ledger.sqlite, 'DB-CAGE-1')!)).toEqual({
      code: 'DB-CAGE-1',
      description: 'Drawback cage 1',
      drawbackSegregated: true,
    });
    expect(toLocation(findLocation(t.desk.ledger.sqlite, 'A-01-01')!).drawbackSegregated).toBe(false);
  });

  it('treats the same bins from another file as unchanged', () => {
    t.run('locations', fixture('locations.csv'));
    expect(t.run('locations', fixture('locations.json'))).toMatchObject({ written: 0, unchanged: 3 });
    expect(t.count('locations')).toBe(3);
  });
});
