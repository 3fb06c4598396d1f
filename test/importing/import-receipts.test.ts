import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryBalances } from '../../src-main/services/inventory/inventory-service';
import { listOpenExceptions } from '../../src-main/ledger/repos/exceptions-repo';
import { createImportDesk, fixture, importMasterData, issueSpots, type ImportDesk } from './import-desk';

let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
  importMasterData(t);
});
afterEach(() => t.dispose());

const balances = (lotCode: string) => queryBalances(t.desk.ledger.sqlite, { lotCode, limit: 100 });
const HEADER = 'entryNumber,lineNumber,sku,lotCode,quantity,uom,locationCode,receivedAt,preserveForDrawback,reference';
const csv = (name: string, ...rows: string[]) => {
  const file = join(t.dir, name);
  writeFileSync(file, [HEADER, ...rows].join('\n'));
  return file;
};

describe('importing receipts', () => {
  it.each(['receipts.csv', 'receipts.json'])('receives every line of %s with its provenance, bucket and unit conversion', (name) => {
    const summary = t.run('receipts', fixture(name));
    expect(summary).toMatchObject({ kind: 'receipts', rowsRead: 7, written: 7, unchanged: 0, exceptions: 1, alreadyImported: false });
    expect(t.count('movements')).toBe(7);
    expect(t.count('lots')).toBe(6); // NW-A is received twice
    expect(balances('NW-A')).toEqual([
      expect.objectContaining({ locationCode: 'A-01-01', available: 100, preserved: 0, entryNumber: '2023-000123', entryLineNumber: 1, dutyPerUnit: '5.0000' }),
      expect.objectContaining({ locationCode: 'DB-CAGE-1', available: 0, preserved: 250 }),
    ]);
    expect(balances('NW-B')).toMatchObject([{ preserved: 250, available: 0 }]); // flagged in an ordinary bin
    expect(balances('NW-D')).toMatchObject([{ available: 120 }]); // 10 DZ in EA
    const occurred = t.desk.ledger.sqlite.prepare("SELECT occurred_at FROM movements WHERE reference = 'RCPT-1'").get() as { occurred_at: string };
    expect(new Date(occurred.occurred_at).toISOString()).toBe('2023-05-04T14:00:00.000Z'); // the file's time, not the clock's
    expect(t.events).toEqual(['ledger:balances-changed']);
    expect(t.auditOk()).toBe(true);
  });

  it('creates a review exception when the SKU is classified differently from the entry line', () => {
    t.run('receipts', fixture('receipts.csv'));
    expect(listOpenExceptions(t.desk.ledger.sqlite)).toEqual([
      expect.objectContaining({
        kind: 'hts-mismatch',
        sku: 'JEANS-DNM-32',
        entryNumber: '2023-000187',
        lineNumber: 2,
        message: expect.stringContaining('classified 6203424011 but the entry line says 6109100012'),
      }),
    ]);
  });

  it('is a no-op the second time, and treats rows whose reference was received identically as unchanged', () => {
    t.run('receipts', fixture('receipts.csv'));
    const before = t.counts();
    expect(t.run('receipts', fixture('receipts.csv'))).toMatchObject({ alreadyImported: true, written: 0 });
    expect(t.counts()).toEqual(before);
    const file = csv(
      'overlap.csv',
      '2023-000123,1,TSHIRT-COT-M,NW-A,250,EA,DB-CAGE-1,2023-05-04T14:00:00Z,,RCPT-1',
      '2023-000187,2,TSHIRT-COT-M,NW-D,10,DZ,DOCK,,,RCPT-4',
      '2023-000123,1,TSHIRT-COT-M,NW-E,5,EA,DOCK,,,RCPT-9',
    );
    expect(t.run('receipts', file)).toMatchObject({ rowsRead: 3, written: 1, unchanged: 2, exceptions: 0 });
    expect(t.count('movements')).toBe(8);
    expect(t.events).toEqual(['ledger:balances-changed', 'ledger:balances-changed']);
  });

  it('cannot recognise a repeated row without a reference: the same receipts as JSON exceed the entry line', () => {
    t.run('receipts', fixture('receipts.csv'));
    const file = fixture('receipts.json');
    const error = t.refused('receipts', file);
    expect(issueSpots(error, file)).toEqual(['[6]:quantity']); // six rows are recognised by reference
    expect(t.count('movements')).toBe(7);
  });

  it('refuses receipts over the entry line quantity, counting earlier rows of the same file', () => {
    const file = csv(
      'over.csv',
      '2023-000123,1,TSHIRT-COT-M,OV-1,600,EA,DOCK,,,OV-1',
      '2023-000123,1,TSHIRT-COT-M,OV-2,400,EA,DOCK,,,OV-2',
      '2023-000123,1,TSHIRT-COT-M,OV-3,1,EA,DOCK,,,OV-3',
    );
    const error = t.refused('receipts', file);
    expect(issueSpots(error, file)).toEqual(['4:quantity']);
    expect(error.issues![0]!.message).toMatch(
      /covers 1000 and 1000 are already received .* so at most 0 fit; .*supervisor's approval, which a file cannot give/,
    );
    expect(t.count('movements')).toBe(0);
    expect(t.events).toEqual([]);
  });

  it('keeps a lot created earlier in the file tied to its entry line', () => {
    const file = csv('lots.csv', '2023-000123,1,TSHIRT-COT-M,MIX-1,5,EA,DOCK,,,', '2023-000187,2,TSHIRT-COT-M,MIX-1,1,DZ,DOCK,,,');
    expect(issueSpots(t.refused('receipts', file), file)).toEqual(['3:lotCode']);
  });

  it('refuses a known reference received with different content', () => {
    t.run('receipts', fixture('receipts.csv'));
    const file = csv('changed.csv', '2023-000123,1,TSHIRT-COT-M,NW-A,251,EA,DB-CAGE-1,,,RCPT-1');
    const error = t.refused('receipts', file);
    expect(issueSpots(error, file)).toEqual(['2:reference']);
    expect(error.issues![0]!.message).toContain('quantity is 250 in the ledger but 251 in the file');
  });

  it('needs only a clerk, and records the clerk as the one who received', () => {
    const clerkId = t.desk.dispatch('users:add', { username: 'dana', displayName: 'Dana', role: 'clerk', password: 'dana-clerk-pw' }, { actor: t.desk.system });
    expect(clerkId.ok).toBe(true);
    const row = t.desk.ledger.sqlite.prepare("SELECT id FROM users WHERE username = 'dana'").get() as { id: number };
    t.run('receipts', fixture('receipts.csv'), { userId: row.id, username: 'dana', role: 'clerk' });
    const users = t.desk.ledger.sqlite.prepare('SELECT DISTINCT user_id FROM movements').all();
    expect(users).toEqual([{ user_id: row.id }]);
    expect((t.desk.ledger.sqlite.prepare('SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { actor: string }).actor).toBe('dana');
  });
});
