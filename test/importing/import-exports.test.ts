import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/errors';
import { importFile } from '../../src-main/services/importing/import-file';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';
import { SKUS } from '../helpers/seed';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

const write = (name: string, value: unknown) => {
  const path = join(t.dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const shipment = {
  reference: 'exp-j-1',
  exportDate: '2023-11-06',
  destinationCountry: 'ca',
  exporter: 'Northwind Apparel Inc.',
  lines: [
    { lineNumber: 1, sku: SKUS.tee, quantity: 24 },
    { lineNumber: 2, sku: SKUS.tee, quantity: 2, uom: 'DZ' },
  ],
  documents: [{ kind: 'bill-of-lading', reference: 'MAEU0001' }],
};

describe('importing export shipments from JSON', () => {
  it('records shipments with nested lines and documents, converts units, and reports them for matching', () => {
    const confirmed: string[][] = [];
    const summary = importFile(t.desk.ctx, t.actors.specialist, {
      kind: 'exports',
      path: write('exports.json', [shipment]),
      onShipmentsConfirmed: (refs) => confirmed.push(refs),
    });
    expect(summary).toMatchObject({ kind: 'exports', rowsRead: 1, written: 1 });
    expect(confirmed).toEqual([['EXP-J-1']]);
    const recorded = t.ok('exports:get-shipment', { reference: 'EXP-J-1' }, t.actors.clerk);
    expect(recorded).toMatchObject({ destinationCountry: 'CA', hasProofOfExport: true });
    expect(recorded.lines.map((l) => [l.lineNumber, l.quantity, l.uom, l.hts])).toEqual([
      [1, 24, 'EA', '6109100012'],
      [2, 24, 'EA', '6109100012'],
    ]);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  });

  it('sees the same shipment again as unchanged, and refuses one that changed, writing nothing', () => {
    importFile(t.desk.ctx, t.actors.specialist, { kind: 'exports', path: write('a.json', [shipment]) });
    const again = importFile(t.desk.ctx, t.actors.specialist, { kind: 'exports', path: write('b.json', [{ ...shipment, documents: [] }]) });
    expect(again).toMatchObject({ written: 0, unchanged: 1 });
    const before = t.count('audit_log');
    const changed = write('c.json', [{ ...shipment, lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 25 }] }]);
    let refused: unknown;
    try {
      importFile(t.desk.ctx, t.actors.specialist, { kind: 'exports', path: changed });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues?.[0]).toMatchObject({ field: `${changed}:[0]:reference` });
    expect((refused as AppError).issues?.[0]!.message).toContain('already recorded with different content');
    expect(t.count('audit_log')).toBe(before);
  });

  it('is for specialists: a clerk is refused', () => {
    expect(() => importFile(t.desk.ctx, t.actors.clerk, { kind: 'exports', path: write('d.json', [shipment]) })).toThrow(/needs a specialist/);
  });
});
