import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pallet, PalletProgress } from '../../src-shared/domain/pallets';
import { SimulatedZebraPrinter, type SimulatedPrinterConditions } from '../../src-main/devices/printers/simulated-zebra-printer';
import { startBrowserApi, type BrowserApi } from '../helpers/browser-api';
import { BINS, receipt, SEED_USERS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/** The receiving screen's label step, through browser mode: "done" only when the printer confirmed the label. */
let t: TestDesk;
let api: BrowserApi;
let printer: SimulatedZebraPrinter;
beforeEach(async () => {
  t = createTestDesk({ seed: true });
  api = await startBrowserApi(t);
});
afterEach(async () => {
  await api.close();
  await printer.close();
  t.dispose();
});

async function receiveOn(conditions: Partial<SimulatedPrinterConditions>): Promise<PalletProgress> {
  printer = new SimulatedZebraPrinter(conditions);
  t.ok('settings:set', { key: 'gs1.company-prefix', value: '0614141' }, t.actors.supervisor);
  t.ok('settings:set', { key: 'labels.printer', value: await printer.listen() }, t.actors.supervisor);
  const session = await api.signIn(SEED_USERS.clerk.username, SEED_USERS.clerk.password);
  const received = await api.invoke<{ pallet: Pallet }>(
    'pallets:receive',
    { receipt: receipt({ quantity: 40, lotCode: 'LOT-P1', locationCode: BINS.cage }), label: true, tag: false },
    session,
  );
  if (!received.ok) throw new Error(received.error.message);
  await t.desk.pallets.printQueue.finish(received.value.pallet.jobs[0]!.uid);
  const now = await api.invoke<{ pallet: Pallet; progress: PalletProgress }>('pallets:get', { sscc: received.value.pallet.sscc }, session);
  if (!now.ok) throw new Error(now.error.message);
  return now.value.progress;
}

describe('the label step of a received pallet', () => {
  it('is done when the printer confirms the label', async () => {
    expect(await receiveOn({ printMs: 200 })).toMatchObject({ steps: { label: 'done' } });
  });

  it('says "sent, not confirmed", and why, when the printer never reads', async () => {
    const progress = await receiveOn({ deaf: true });
    expect(progress.steps.label).toBe('unconfirmed');
    expect(progress.labelError).toBe(
      'sent, not confirmed: the printer took the bytes but did not confirm the label: no reply within 2000 ms — check the printer, then print again with a reprint reason if no label came out',
    );
    expect(t.desk.ledger.sqlite.prepare('SELECT outcome FROM print_attempts ORDER BY id').all()).toEqual([{ outcome: 'sending' }, { outcome: 'unconfirmed' }]);
  });
});
