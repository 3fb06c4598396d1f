import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceiptResult } from '../../src-shared/domain/ledger';
import { formatMoney, parseMoney, perUnit } from '../../src-shared/money';
import type { BalanceFilter } from '../../src-shared/schemas/ledger-inputs';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import { BINS, ENTRIES, receipt, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

const receive = (overrides: Parameters<typeof receipt>[0] = {}) => t.ok('receiving:create-receipt', receipt(overrides), t.actors.clerk);
const balances = (filter: BalanceFilter = {}) => t.ok('inventory:balances', filter, t.actors.clerk);
const entryLine = (entryNumber: string, lineNumber: number) =>
  t.ok('entries:get', { entryNumber }, t.actors.clerk).lines.find((l) => l.lineNumber === lineNumber)!;

describe('where received stock goes', () => {
  it('into a segregated drawback bin it is preserved for drawback', () => {
    const r = receive({ locationCode: BINS.cage, quantity: 40, lotCode: 'CAGE-LOT' });
    expect(r.bucket).toBe('preserved');
    expect(r.movement.to).toEqual({ location: BINS.cage, bucket: 'preserved' });
    expect(balances({ lotCode: 'CAGE-LOT' })).toMatchObject([{ locationCode: BINS.cage, drawbackSegregated: true, preserved: 40, available: 0 }]);
  });

  it('into an ordinary bin it is available, unless the clerk flags it preserved for drawback', () => {
    receive({ locationCode: BINS.shelf, quantity: 30, lotCode: 'PLAIN' });
    receive({ locationCode: BINS.shelf, quantity: 20, lotCode: 'FLAGGED', preserveForDrawback: true });
    expect(balances({ lotCode: 'PLAIN' })).toMatchObject([{ available: 30, preserved: 0 }]);
    expect(balances({ lotCode: 'FLAGGED' })).toMatchObject([{ available: 0, preserved: 20, drawbackSegregated: false }]);
  });

  it('keeps the import provenance: the lot carries its entry line and the duty per unit', () => {
    receive({ quantity: 10 });
    const [row] = balances({ lotCode: 'LOT-1' });
    const line = entryLine(ENTRIES.a, 1);
    expect(row).toMatchObject({ entryNumber: ENTRIES.a, entryLineNumber: 1, sku: SKUS.tee, dutyPerUnit: line.dutyPerUnit });
    expect(line.dutyPerUnit).toBe('5.0000'); // $5,000.00 over 1,000 units
    expect(line.receivedQuantity).toBe(10);
  });

  it('records who received it, when it was received, and the source reference', () => {
    const r = receive({ receivedAt: '2023-05-04T14:00:00.000Z', reference: 'SCAN-0001' });
    expect(r.movement).toMatchObject({
      kind: 'receipt',
      user: t.actors.clerk.username,
      occurredAt: '2023-05-04T14:00:00.000Z',
      reference: 'SCAN-0001',
      approver: null,
    });
  });
});

describe('capturing the entry on the spot', () => {
  const captured = {
    entryNumber: '2024-000777',
    entryType: '01',
    entryDate: '2024-03-01',
    importDate: '2024-02-28',
    portCode: '2704',
    importer: 'Northwind Apparel Inc.',
    lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 300, uom: 'EA', enteredValue: '9000.00', duty: '1500.00' }],
  };

  it('records the entry and the receipt together, under one audit record', () => {
    const records = t.count('audit_log');
    const r = receive({ entryNumber: '2024-000777', captureEntry: captured, quantity: 300, locationCode: BINS.cage, lotCode: 'NEW-ENTRY' });
    expect(r.lot.entryNumber).toBe('2024-000777');
    expect(t.count('audit_log')).toBe(records + 1);
    const entry = t.ok('entries:get', { entryNumber: '2024-000777' }, t.actors.clerk);
    expect(entry.lines).toMatchObject([{ lineNumber: 1, hts: '6109100012', quantity: 300, duty: '1500.00', dutyPerUnit: '5.0000', receivedQuantity: 300 }]);
    const seq = (t.desk.ledger.sqlite.prepare('SELECT max(seq) AS s FROM audit_log').get() as { s: number }).s;
    const written = t.desk.ledger.sqlite
      .prepare(
        "SELECT 'import_entries' AS t FROM import_entries WHERE audit_seq = ? UNION ALL SELECT 'entry_lines' FROM entry_lines WHERE audit_seq = ? UNION ALL SELECT 'lots' FROM lots WHERE audit_seq = ? UNION ALL SELECT 'movements' FROM movements WHERE audit_seq = ?",
      )
      .all(seq, seq, seq, seq)
      .map((r) => (r as { t: string }).t);
    expect(written).toEqual(['import_entries', 'entry_lines', 'lots', 'movements']);
  });

  it('refuses a captured entry that is not the receipt entry', () => {
    const e = t.refused('receiving:create-receipt', receipt({ entryNumber: '2024-000778', captureEntry: captured }), t.actors.clerk);
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.map((i) => i.field)).toEqual(['captureEntry.entryNumber']);
    expect(t.ok('entries:list', { query: '2024-00077' }, t.actors.clerk)).toEqual([]);
  });

  it('uses the stored entry once it exists (a second capture is ignored, not duplicated)', () => {
    receive({ entryNumber: '2024-000777', captureEntry: captured, quantity: 100, lotCode: 'N1' });
    receive({ entryNumber: '2024-000777', captureEntry: { ...captured, importer: 'Someone Else' }, quantity: 100, lotCode: 'N2' });
    expect(t.ok('entries:get', { entryNumber: '2024-000777' }, t.actors.clerk)).toMatchObject({
      importer: 'Northwind Apparel Inc.',
      lines: [{ receivedQuantity: 200 }],
    });
  });
});

describe('refusals name the field to fix and write nothing', () => {
  const refusedFields = (overrides: Parameters<typeof receipt>[0]) => {
    const before = { records: t.count('audit_log'), movements: t.count('movements'), lots: t.count('lots') };
    const e = t.refused('receiving:create-receipt', receipt(overrides), t.actors.clerk);
    expect({ records: t.count('audit_log'), movements: t.count('movements'), lots: t.count('lots') }).toEqual(before);
    return e;
  };

  it.each([
    ['an unknown entry', { entryNumber: '2099-000001' }, 'entryNumber', /not in the ledger.*capture it/],
    ['an unknown SKU', { sku: 'NO-SUCH-SKU' }, 'sku', /NO-SUCH-SKU is not in the item master/],
    ['an unknown location', { locationCode: 'Z-99' }, 'locationCode', /location Z-99 does not exist/],
    ['a line the entry does not have', { lineNumber: 9 }, 'lineNumber', /has no line 9/],
    ['a unit that cannot become the item unit', { uom: 'KG' }, 'uom', /KG cannot be converted to EA/],
  ])('%s', (_what, overrides, field, message) => {
    const e = refusedFields(overrides);
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(e.message).toMatch(message);
  });

  it('several problems at once are all named', () => {
    const e = refusedFields({ sku: 'NO-SUCH-SKU', locationCode: 'Z-99' });
    expect(e.issues?.map((i) => i.field).sort()).toEqual(['locationCode', 'sku']);
  });

  it.each([0, -5, 2.5])('quantity %s is refused', (quantity) => {
    const e = refusedFields({ quantity });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.map((i) => i.field)).toEqual(['quantity']);
  });

  it('an entry line kept in a unit the item cannot take is refused', () => {
    // flour is kept in KG; entry A line 1 is in EA
    const e = refusedFields({ sku: SKUS.flour, uom: 'KG' });
    expect(e.issues).toEqual([{ field: 'lineNumber', message: expect.stringMatching(/EA cannot be converted to KG/) }]);
  });
});

describe('units', () => {
  it('converts a receipt in dozens to each, and checks the line quantity in the same unit', () => {
    // entry B line 2 is 120 DZ of T-shirts, i.e. 1,440 each
    const r = receive({ entryNumber: ENTRIES.b, lineNumber: 2, quantity: 10, uom: 'DZ', lotCode: 'DZ-LOT' });
    expect(r.movement.quantity).toBe(120);
    expect(balances({ lotCode: 'DZ-LOT' })[0]?.available).toBe(120);
    receive({ entryNumber: ENTRIES.b, lineNumber: 2, quantity: 1440 - 120, uom: 'EA', lotCode: 'DZ-LOT' });
    expect(t.refused('receiving:create-receipt', receipt({ entryNumber: ENTRIES.b, lineNumber: 2, quantity: 1, lotCode: 'DZ-LOT' }), t.actors.clerk).code).toBe(
      'OVERRIDE_REQUIRED',
    );
  });

  it('states duty per unit in the unit the balance is counted in', () => {
    // entry B line 2: duty on 120 dozen; the balance counts each
    receive({ entryNumber: ENTRIES.b, lineNumber: 2, quantity: 2, uom: 'DZ', lotCode: 'DZ-DUTY' });
    const line = entryLine(ENTRIES.b, 2);
    const eachPerLineUnit = 12; // EA in a DZ
    const [row] = balances({ lotCode: 'DZ-DUTY' });
    expect(row!.available).toBe(2 * eachPerLineUnit);
    const expected = formatMoney(perUnit(parseMoney(line.duty), line.quantity * eachPerLineUnit), 4);
    expect(row!.dutyPerUnit).toBe(expected);
    // what the lot carries adds up to its share of the line duty
    const lotDuty = parseMoney(row!.dutyPerUnit) * BigInt(row!.available);
    expect(formatMoney(lotDuty)).toBe(formatMoney((parseMoney(line.duty) * 2n) / BigInt(line.quantity)));
  });

  it("shows what was received against a line in the line's own unit", () => {
    // entry B line 2 is declared in dozens; the T-shirts are kept each by each
    const line = () => entryLine(ENTRIES.b, 2);
    expect(line()).toMatchObject({ uom: 'DZ', quantity: 120, receivedQuantity: 0 });
    receive({ entryNumber: ENTRIES.b, lineNumber: 2, quantity: 10, uom: 'DZ', lotCode: 'DZ-1' });
    expect(line().receivedQuantity).toBe(10);
    receive({ entryNumber: ENTRIES.b, lineNumber: 2, quantity: 6, uom: 'EA', lotCode: 'DZ-1' });
    expect(line().receivedQuantity).toBe(10.5);
    // the same holds in the entry list
    expect(t.ok('entries:list', { query: ENTRIES.b }, t.actors.clerk)[0]!.lines[1]!.receivedQuantity).toBe(10.5);
  });
});

describe('lots', () => {
  it('a lot code stays tied to the one entry line whose duty it carries', () => {
    receive({ lotCode: 'SHARED', quantity: 5 });
    // the same SKU and lot code from another entry line (entry B line 2 is T-shirts too)
    const e = t.refused('receiving:create-receipt', receipt({ entryNumber: ENTRIES.b, lineNumber: 2, lotCode: 'SHARED' }), t.actors.clerk);
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([{ field: 'lotCode', message: expect.stringMatching(/SHARED.*another entry line/) }]);
    // the same line again adds to the lot
    receive({ lotCode: 'SHARED', quantity: 7 });
    expect(balances({ lotCode: 'SHARED' })).toMatchObject([{ entryNumber: ENTRIES.a, available: 12 }]);
    expect(t.count('lots')).toBe(1);
  });

  it('the same lot code on another SKU is another lot', () => {
    receive({ lotCode: 'L-100', quantity: 5 });
    receive({ lotCode: 'L-100', sku: SKUS.jeans, lineNumber: 2, quantity: 6 });
    expect(balances({ lotCode: 'L-100' }).map((b) => [b.sku, b.available])).toEqual([
      [SKUS.jeans, 6],
      [SKUS.tee, 5],
    ]);
  });
});

describe('a reference received twice', () => {
  it('records one movement and says the second was a duplicate', () => {
    const first = receive({ reference: 'SCAN-42', quantity: 25 });
    const records = t.count('audit_log');
    const second = receive({ reference: 'SCAN-42', quantity: 25 });
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(second.movement.id).toBe(first.movement.id);
    expect(t.count('movements')).toBe(1);
    expect(t.count('audit_log')).toBe(records);
    expect(balances({ lotCode: 'LOT-1' })[0]?.available).toBe(25);
  });

  it('reports the lot as it was first received, whatever the repeat says', () => {
    const first = receive({ reference: 'SCAN-43', quantity: 25, lotCode: 'FIRST' });
    const repeat = receive({ reference: 'SCAN-43', entryNumber: ENTRIES.b, lineNumber: 1, sku: SKUS.bolt, lotCode: 'OTHER' });
    expect(repeat.duplicate).toBe(true);
    expect(repeat.lot).toEqual(first.lot);
    expect(repeat.bucket).toBe(first.bucket);
  });

  it('a blank reference is no reference: blank-reference receipts are all recorded', () => {
    const a = receive({ reference: '', lotCode: 'B1' });
    const b = receive({ reference: '   ', lotCode: 'B2' });
    expect([a.duplicate, b.duplicate]).toEqual([false, false]);
    expect(a.movement.reference).toBeNull();
    expect(t.count('movements')).toBe(2);
  });
});

describe('HTS mismatch', () => {
  it('is recorded, and raises a review exception listed for the specialist', () => {
    // jeans (6203.42.4011) received against entry A line 1, classified 6109.10.0012
    const r: ReceiptResult = receive({ sku: SKUS.jeans, lotCode: 'MISMATCH', quantity: 3 });
    expect(r.exceptions).toMatchObject([{ kind: 'hts-mismatch', entryNumber: ENTRIES.a, lineNumber: 1, sku: SKUS.jeans }]);
    expect(r.exceptions[0]!.message).toMatch(/6203424011.*6109100012/);
    expect(t.ok('exceptions:list', {}, t.actors.clerk)).toEqual(r.exceptions);
    expect(balances({ lotCode: 'MISMATCH' })[0]?.available).toBe(3);
  });

  it('a matching receipt raises none', () => {
    expect(receive().exceptions).toEqual([]);
    expect(t.ok('exceptions:list', {}, t.actors.clerk)).toEqual([]);
  });
});

describe('balances', () => {
  it('filter by lot, SKU, entry and location, and add up to what was received', () => {
    const plan = [
      { lotCode: 'A1', quantity: 100, locationCode: BINS.cage },
      { lotCode: 'A1', quantity: 50, locationCode: BINS.shelf },
      { lotCode: 'A2', quantity: 70, locationCode: BINS.cage2 },
      { lotCode: 'J1', quantity: 60, sku: SKUS.jeans, lineNumber: 2, locationCode: BINS.shelf, preserveForDrawback: true },
      { lotCode: 'B1', quantity: 900, sku: SKUS.bolt, entryNumber: ENTRIES.b, lineNumber: 1, locationCode: BINS.dock },
    ];
    for (const p of plan) receive(p);
    const total = (rows: { available: number; preserved: number }[]) => rows.reduce((s, r) => s + r.available + r.preserved, 0);
    const sum = (pred: (p: (typeof plan)[number]) => boolean) => plan.filter(pred).reduce((s, p) => s + p.quantity, 0);
    expect(total(balances())).toBe(sum(() => true));
    expect(total(balances({ lotCode: 'A1' }))).toBe(sum((p) => p.lotCode === 'A1'));
    expect(
      balances({ lotCode: 'A1' })
        .map((r) => r.locationCode)
        .sort(),
    ).toEqual([BINS.cage, BINS.shelf].sort());
    expect(total(balances({ sku: SKUS.tee }))).toBe(sum((p) => (p.sku ?? SKUS.tee) === SKUS.tee));
    expect(total(balances({ entryNumber: ENTRIES.a }))).toBe(sum((p) => (p.entryNumber ?? ENTRIES.a) === ENTRIES.a));
    expect(total(balances({ entryNumber: ENTRIES.b }))).toBe(900);
    expect(total(balances({ locationCode: BINS.shelf.toLowerCase() }))).toBe(sum((p) => p.locationCode === BINS.shelf));
    expect(balances({ sku: SKUS.tee, locationCode: BINS.cage })).toMatchObject([{ lotCode: 'A1', preserved: 100 }]);
    expect(balances({ lotCode: 'NOPE' })).toEqual([]);
    expect(verifyAudit(t.desk.ledger.sqlite).ok).toBe(true);
  });
});
