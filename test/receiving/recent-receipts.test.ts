import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINS, receipt } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

// The receiving screen's recent-receipts list comes from main (receiving:recent), so it survives a
// reload; a pallet label that did not print shows as failed next to the receipt.
let t: TestDesk;
let folder: string;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  folder = mkdtempSync(join(tmpdir(), 'drawback-desk-recent-'));
});
afterEach(() => {
  t.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('receiving:recent', () => {
  it("lists the signed-in person's own receipts, newest first, with lot, quantity, entry, bin and time", () => {
    t.ok('receiving:create-receipt', receipt({ lotCode: 'LOT-OLD', quantity: 5 }), t.actors.clerk);
    t.ok('receiving:create-receipt', receipt({ lotCode: 'LOT-NEW', quantity: 7, locationCode: BINS.cage }), t.actors.clerk);
    t.ok('receiving:create-receipt', receipt({ lotCode: 'LOT-SUP', quantity: 3 }), t.actors.supervisor);

    const mine = t.ok('receiving:recent', {}, t.actors.clerk);
    expect(mine.map((r) => r.lotCode)).toEqual(['LOT-NEW', 'LOT-OLD']);
    expect(mine[0]).toMatchObject({
      quantity: 7,
      uom: 'EA',
      location: BINS.cage,
      bucket: 'preserved',
      lineNumber: 1,
      label: { state: 'none', sscc: null, error: null },
    });
    expect(mine[0]!.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(t.ok('receiving:recent', {}, t.actors.supervisor).map((r) => r.lotCode)).toEqual(['LOT-SUP']);
  });

  it('keeps to the last ten unless asked for fewer', () => {
    for (let i = 1; i <= 12; i++) t.ok('receiving:create-receipt', receipt({ lotCode: `LOT-${i}`, quantity: 1 }), t.actors.clerk);
    expect(t.ok('receiving:recent', {}, t.actors.clerk)).toHaveLength(10);
    expect(t.ok('receiving:recent', { limit: 3 }, t.actors.clerk).map((r) => r.lotCode)).toEqual(['LOT-12', 'LOT-11', 'LOT-10']);
  });

  it('shows a label that could not be printed as failed, with what went wrong', async () => {
    t.ok('settings:set', { key: 'gs1.company-prefix', value: '0614141' }, t.actors.supervisor);
    // a folder is no printer: the desk cannot open it, and says so
    t.ok('settings:set', { key: 'labels.printer', value: `file:${folder}` }, t.actors.supervisor);
    const out = t.ok('pallets:receive', { receipt: receipt({ lotCode: 'LOT-LBL', quantity: 4 }), label: true, tag: false }, t.actors.clerk);
    await t.desk.pallets.printQueue.finish(out.pallet!.jobs[0]!.uid);

    const [last] = t.ok('receiving:recent', {}, t.actors.clerk);
    expect(last).toMatchObject({ lotCode: 'LOT-LBL', label: { state: 'failed', sscc: out.pallet!.sscc } });
    expect(last!.label.error).toContain(folder);
  });
});
