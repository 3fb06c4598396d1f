import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidSscc } from '../../src-main/devices/labels/sscc';
import { SimulatedZebraPrinter } from '../../src-main/devices/printers/simulated-zebra-printer';
import { BINS, ENTRIES, receipt } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

// The pallet flow through the real services, the real ledger file and a simulated Zebra printer on a
// real TCP socket that speaks ZPL and ~HS like the hardware.
let t: TestDesk;
let printer: SimulatedZebraPrinter;
let address: string;

beforeEach(async () => {
  printer = new SimulatedZebraPrinter();
  address = await printer.listen();
  t = createTestDesk({ seed: true });
});
afterEach(async () => {
  t.dispose();
  await printer.close();
});

const PREFIX = '0614141';

function setUpDesk(printerAddress = address) {
  t.ok('settings:set', { key: 'gs1.company-prefix', value: PREFIX }, t.actors.supervisor);
  t.ok('settings:set', { key: 'labels.printer', value: printerAddress }, t.actors.supervisor);
}

async function receiveAndPrint(overrides: Parameters<typeof receipt>[0] = {}) {
  const out = t.ok(
    'pallets:receive',
    { receipt: receipt({ quantity: 40, lotCode: 'LOT-P1', locationCode: BINS.cage, ...overrides }), label: true, tag: false },
    t.actors.clerk,
  );
  const job = await t.desk.pallets.printQueue.finish(out.pallet!.jobs[0]!.uid);
  return { out, job };
}

describe('receiving a pallet with its label', () => {
  it('records the receipt, issues an SSCC under the company prefix and prints one label carrying the entry and the SSCC', async () => {
    setUpDesk();
    const { out, job } = await receiveAndPrint();
    expect(out.receipt.movement.quantity).toBe(40);
    const sscc = out.pallet!.sscc;
    expect(isValidSscc(sscc)).toBe(true);
    expect(sscc.slice(1, 1 + PREFIX.length)).toBe(PREFIX);
    expect(job.state).toBe('printed');
    expect(out.pallet!.drawback).toBe('segregated');
    const labels = printer.labels();
    expect(labels).toHaveLength(1);
    expect(labels[0]).toContain(ENTRIES.a);
    expect(labels[0]).toContain(sscc);
    expect(labels[0]).toContain('DO NOT COMMINGLE');
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  });

  it('never issues an SSCC twice: serials grow pallet by pallet', async () => {
    setUpDesk();
    const first = (await receiveAndPrint({ lotCode: 'LOT-A', reference: 'scan-1' })).out.pallet!.sscc;
    const second = (await receiveAndPrint({ lotCode: 'LOT-B', reference: 'scan-2' })).out.pallet!.sscc;
    expect(second).not.toBe(first);
    expect(Number(second.slice(8, 17))).toBe(Number(first.slice(8, 17)) + 1);
  });

  it('writes nothing when the desk has no company prefix, and says where to set it', () => {
    t.ok('settings:set', { key: 'labels.printer', value: address }, t.actors.supervisor);
    const before = t.count('movements');
    const error = t.refused('pallets:receive', { receipt: receipt(), label: true }, t.actors.clerk);
    expect(error.message).toMatch(/company prefix/);
    expect(t.count('movements')).toBe(before);
  });

  it('a repeated scan returns the first pallet and queues no second label', async () => {
    setUpDesk();
    const first = await receiveAndPrint({ reference: 'scan-7' });
    const again = t.ok(
      'pallets:receive',
      { receipt: receipt({ quantity: 40, lotCode: 'LOT-P1', locationCode: BINS.cage, reference: 'scan-7' }), label: true },
      t.actors.clerk,
    );
    expect(again.receipt.duplicate).toBe(true);
    expect(again.pallet!.sscc).toBe(first.out.pallet!.sscc);
    expect(t.count('sscc_allocations')).toBe(1);
    expect(t.count('print_jobs')).toBe(1);
  });

  it('prints a label again only with a reason, and the reprint names the job it repeats', async () => {
    setUpDesk();
    const { out, job } = await receiveAndPrint();
    const refused = t.refused('pallets:reprint', { sscc: out.pallet!.sscc, reason: '' }, t.actors.clerk);
    expect(refused.code).toBe('VALIDATION');
    const reprint = t.ok('pallets:reprint', { sscc: out.pallet!.sscc, reason: 'label torn at wrapping' }, t.actors.clerk);
    const done = await t.desk.pallets.printQueue.finish(reprint.uid);
    expect(done).toMatchObject({ state: 'printed', reprintOf: job.uid, reprintReason: 'label torn at wrapping' });
    expect(printer.labels()).toHaveLength(2);
  });

  it('tries an unreachable printer three times, then says the label did not print; the receipt stands', async () => {
    const down = new SimulatedZebraPrinter();
    const downAddress = await down.listen();
    await down.close(); // nothing listens there now: connection refused
    setUpDesk(downAddress);
    const { out, job } = await receiveAndPrint();
    expect(job.state).toBe('failed');
    expect(job.tries).toBe(3);
    expect(job.error).toMatch(/ECONNREFUSED|cannot connect/);
    expect(t.count('movements')).toBeGreaterThan(0);
    const progress = t.ok('pallets:get', { sscc: out.pallet!.sscc }, t.actors.clerk).progress;
    expect(progress.steps.label).toBe('failed');
    // Nothing reached a printer, so printing once more needs no reprint reason.
    t.ok('settings:set', { key: 'labels.printer', value: address }, t.actors.supervisor);
    const retry = t.ok('pallets:reprint', { sscc: out.pallet!.sscc, reason: 'printer was off' }, t.actors.clerk);
    expect((await t.desk.pallets.printQueue.finish(retry.uid)).state).toBe('printed');
  });

  it('a printer that drops the line mid-send leaves the label uncertain, never retried on its own', async () => {
    printer.set({ dropConnections: true });
    setUpDesk();
    const { out, job } = await receiveAndPrint();
    expect(job.state).toBe('uncertain');
    expect(job.error).toMatch(/may have printed/);
    printer.set({ dropConnections: false });
    await t.desk.pallets.printQueue.kick();
    expect(printer.labels()).toHaveLength(0);
    expect(t.refused('pallets:reprint', { sscc: out.pallet!.sscc, reason: 'x' }, t.actors.clerk).code).toBe('VALIDATION');
  });

  it('a send cut off by the desk stopping is uncertain after a restart and is not sent again', async () => {
    setUpDesk();
    const out = t.ok('pallets:receive', { receipt: receipt({ quantity: 5, lotCode: 'LOT-CUT' }), label: true }, t.actors.clerk);
    // Stop before the queue's first await finishes: the 'sending' row is written, no outcome is.
    t.reopen();
    const job = t.ok('printing:jobs', {}, t.actors.clerk).find((j) => j.sscc === out.pallet!.sscc)!;
    expect(job.state).toBe('uncertain');
    await t.desk.pallets.printQueue.kick();
    expect(t.ok('printing:jobs', {}, t.actors.clerk)[0]!.state).toBe('uncertain');
  });

  it('only a supervisor changes settings, and a bad prefix is refused naming the setting', () => {
    expect(t.refused('settings:set', { key: 'gs1.company-prefix', value: PREFIX }, t.actors.clerk).code).toBe('FORBIDDEN');
    const bad = t.refused('settings:set', { key: 'gs1.company-prefix', value: '12AB' }, t.actors.supervisor);
    expect(bad.message).toMatch(/gs1.company-prefix: a GS1 company prefix has 7 to 11 digits/);
    expect(t.ok('settings:get', {}, t.actors.clerk)['gs1.company-prefix']).toBe('');
  });
});

describe('tagging a pallet', () => {
  it('writes the SSCC-96 EPC of the pallet onto the tag in the field and links the tag to the lot', async () => {
    const { SimulatedLlrpReader } = await import('../../src-main/devices/rfid/simulated-llrp-reader');
    const { sscc96FromEpc } = await import('../../src-main/devices/rfid/sscc-epc');
    const reader = await SimulatedLlrpReader.start({});
    try {
      const blank = '3034257BF400B7800004CB2F'; // an SGTIN-96 tag as it comes from the roll
      reader.placeTag(blank);
      setUpDesk();
      t.ok('settings:set', { key: 'rfid.reader', value: reader.address }, t.actors.supervisor);
      const out = t.ok('pallets:receive', { receipt: receipt({ quantity: 12, lotCode: 'LOT-RF' }), label: false, tag: true }, t.actors.clerk);
      expect(out.progress!.steps.tag).toBe('working');
      const progress = await until(
        () => t.ok('pallets:get', { sscc: out.pallet!.sscc }, t.actors.clerk),
        (p) => p.progress.steps.tag !== 'working',
      );
      expect(progress.progress.steps.tag).toBe('done');
      const epc = progress.pallet.tags[0]!.epc;
      expect(reader.tagsInField()).toEqual([epc]);
      expect(sscc96FromEpc(epc).sscc).toBe(out.pallet!.sscc);
      // A tag read later at the dock finds the pallet, its lot and its entry.
      const found = t.ok('pallets:find-by-epc', { epc }, t.actors.clerk);
      expect(found.pallet).toMatchObject({ sscc: out.pallet!.sscc, lotCode: 'LOT-RF', entryNumber: ENTRIES.a });
      expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
      // The pallet's tag read at the desk (Read tag): the answer names the pallet.
      const heard = new Promise((resolve) => t.desk.onEvent((event, payload) => event === 'devices:tag-read' && resolve(payload)));
      t.ok('pallets:read-tags', {}, t.actors.clerk);
      expect(await heard).toMatchObject({ reads: [{ epc, sscc: out.pallet!.sscc, pallet: { lotCode: 'LOT-RF', entryNumber: ENTRIES.a } }] });
    } finally {
      await reader.close();
    }
  });

  it('says so when no tag is in the field, links nothing, and writes it when retried with a tag', async () => {
    const { SimulatedLlrpReader } = await import('../../src-main/devices/rfid/simulated-llrp-reader');
    const reader = await SimulatedLlrpReader.start({});
    try {
      setUpDesk();
      t.ok('settings:set', { key: 'rfid.reader', value: reader.address }, t.actors.supervisor);
      const out = t.ok('pallets:receive', { receipt: receipt({ quantity: 12, lotCode: 'LOT-NT' }), label: false, tag: true }, t.actors.clerk);
      const failed = await until(
        () => t.ok('pallets:get', { sscc: out.pallet!.sscc }, t.actors.clerk),
        (p) => p.progress.steps.tag !== 'working',
      );
      expect(failed.progress.steps.tag).toBe('failed');
      expect(failed.progress.tagError).toMatch(/no tag/i);
      expect(t.count('rfid_tags')).toBe(0);
      reader.placeTag('3034257BF400B7800004CB2F');
      t.ok('pallets:retry-tag', { sscc: out.pallet!.sscc }, t.actors.clerk);
      const done = await until(
        () => t.ok('pallets:get', { sscc: out.pallet!.sscc }, t.actors.clerk),
        (p) => p.progress.steps.tag !== 'working',
      );
      expect(done.progress.steps.tag).toBe('done');
      expect(t.count('rfid_tags')).toBe(1);
    } finally {
      await reader.close();
    }
  });
});

/** Polls a read until it says the background work is over (tag writes run after the call returns). */
async function until<T>(read: () => T, over: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const stop = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (over(value) || Date.now() > stop) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('device settings', () => {
  it('refuses a printer or reader address the desk could not open, saying what forms it takes', () => {
    const printer = t.refused('settings:set', { key: 'labels.printer', value: 'http://printer' }, t.actors.supervisor);
    expect(printer.message).toContain("printer address 'http://printer' is not tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE");
    const reader = t.refused('settings:set', { key: 'rfid.reader', value: 'tcp://reader' }, t.actors.supervisor);
    expect(reader.message).toMatch(/RFID reader address 'tcp:\/\/reader'/);
    const scanners = t.refused('settings:set', { key: 'scanners', value: '[{"id":"dock","kind":"usb"}]' }, t.actors.supervisor);
    expect(scanners.message).toMatch(/scanners: scanner 0/);
  });
});
