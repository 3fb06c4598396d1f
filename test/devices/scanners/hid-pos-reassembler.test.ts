import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanEventFrom } from '../../../src-shared/scanning/scan-event';
import { HID_POS_LAYOUTS, hidPosLayout } from '../../../src-main/devices/scanners/hid-pos-layouts';
import { HidPosReassembler, type HidPosOutput } from '../../../src-main/devices/scanners/hid-pos-reassembler';
import { PALLET_GS1, quioReports, standardReports } from './hid-pos-fixtures';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const feed = (reassembler: HidPosReassembler, reports: Uint8Array[]) => reports.flatMap((r) => reassembler.push(r));
const only = <K extends HidPosOutput['kind']>(outputs: HidPosOutput[], kind: K) => {
  expect(outputs.map((o) => o.kind)).toEqual([kind]);
  return outputs[0] as Extract<HidPosOutput, { kind: K }>;
};

describe('HID POS reassembler, standard layout', () => {
  it('joins a long message spread over several reports and reads the next one apart', () => {
    const message = 'Product Name: Desk Test Scanner\r\n'.repeat(9);
    const reports = [...standardReports(']X0', message), ...standardReports(']Z6', 'ACK')];
    expect(reports).toHaveLength(7);
    const outputs = feed(new HidPosReassembler(HID_POS_LAYOUTS.standard), reports);
    expect(outputs).toHaveLength(2);
    const [long, echo] = outputs as [Extract<HidPosOutput, { kind: 'scan' }>, Extract<HidPosOutput, { kind: 'scan' }>];
    expect(long).toMatchObject({ kind: 'scan', aim: ']X0', reports: 6 });
    expect(text(long.data)).toBe(message);
    expect(echo).toMatchObject({ kind: 'scan', aim: ']Z6', reports: 1 });
    expect(text(echo.data)).toBe('ACK');
  });

  it('reads a GS1-128 pallet label in one report into a scan event with its receipt fields', () => {
    const scan = only(feed(new HidPosReassembler(HID_POS_LAYOUTS.standard), standardReports(']C1', PALLET_GS1)), 'scan');
    expect(scan.aim).toBe(']C1');
    const event = scanEventFrom({ source: 'hid', deviceId: 'hid-1', at: '2025-01-01T00:00:00.000Z', bytes: scan.data, aim: scan.aim });
    expect(event).toMatchObject({
      kind: 'accepted',
      data: PALLET_GS1,
      receipt: { gtin: '00614141999996', lotCode: 'LOT-A', quantity: 12, entryNumber: 'EF1-0012345-6' },
    });
  });

  it('joins a GS1 DataMatrix that spans three reports', () => {
    const long = `${PALLET_GS1}\u001d240${'X'.repeat(30)}\u001d21${'S'.repeat(20)}\u001d400${'P'.repeat(30)}`;
    const reports = standardReports(']d2', long);
    expect(reports).toHaveLength(3);
    const scan = only(feed(new HidPosReassembler(HID_POS_LAYOUTS.standard), reports), 'scan');
    expect(text(scan.data)).toBe(long);
    expect(scan.reports).toBe(3);
  });

  it('rejects a truncated report, and a length larger than the report holds', () => {
    const reassembler = new HidPosReassembler(HID_POS_LAYOUTS.standard);
    const [report] = standardReports(']C1', PALLET_GS1);
    const cut = only(reassembler.push(report!.slice(0, 40)), 'rejected');
    expect(cut.reason).toMatch(/cut short: 40 bytes, the standard layout needs 64/);
    expect(cut.raw).toHaveLength(40);
    const lying = report!.slice();
    lying[1] = 57;
    expect(only(reassembler.push(lying), 'rejected').reason).toMatch(/says it carries 57 data bytes, more than the report holds \(56\)/);
  });

  it('rejects a scan whose continuation never comes, when told of the timeout', () => {
    const reassembler = new HidPosReassembler(HID_POS_LAYOUTS.standard);
    const [first] = standardReports(']d2', 'A'.repeat(100));
    expect(reassembler.push(first!)).toEqual([]);
    expect(reassembler.waitingForMore).toBe(true);
    const lost = only(reassembler.expire(), 'rejected');
    expect(lost.reason).toMatch(/announced more data after 56 bytes and then sent nothing/);
    expect(lost.aim).toBe(']d2');
    expect(lost.raw).toEqual(first);
    expect(reassembler.expire()).toEqual([]);
  });

  it('rejects the unfinished scan when another symbology begins, and still reads the new one', () => {
    const reassembler = new HidPosReassembler(HID_POS_LAYOUTS.standard);
    reassembler.push(standardReports(']d2', 'A'.repeat(100))[0]!);
    const outputs = feed(reassembler, standardReports(']E0', '4006381333931'));
    expect(outputs.map((o) => o.kind)).toEqual(['rejected', 'scan']);
    expect((outputs[0] as { reason: string }).reason).toMatch(/A scan \(\]d2\) was cut off: .* began another \(\]E0\)/);
    expect(text((outputs[1] as { data: Uint8Array }).data)).toBe('4006381333931');
  });

  it('rejects bytes that are not an AIM identifier where one belongs, and passes over other report IDs', () => {
    const reassembler = new HidPosReassembler(HID_POS_LAYOUTS.standard);
    const [report] = standardReports(']C1', '123');
    report!.set([0x41, 0x01, 0xff], 2);
    expect(only(reassembler.push(report!), 'rejected').reason).toMatch(/bytes 41 01 ff where the AIM symbology identifier/);
    const trigger = new Uint8Array(64);
    trigger[0] = 0x04;
    expect(only(reassembler.push(trigger), 'ignored').reason).toMatch(/report ID 4/);
  });

  it('reads a scan with no AIM identifier (zeros) as a scan without one', () => {
    const [report] = standardReports('\0\0\0', '4006381333931');
    const scan = only(new HidPosReassembler(HID_POS_LAYOUTS.standard).push(report!), 'scan');
    expect(scan.aim).toBeUndefined();
  });
});

describe('HID POS reassembler, Quio QU-R-302 layout', () => {
  it('reads data from byte 2, without an AIM identifier, across reports', () => {
    const long = 'Q'.repeat(70);
    const reassembler = new HidPosReassembler(hidPosLayout('quio-qu-r-302')!);
    const scan = only(feed(reassembler, quioReports(long)), 'scan');
    expect(text(scan.data)).toBe(long);
    expect(scan.aim).toBeUndefined();
  });
});

describe('HID POS reassembler under fuzzing', () => {
  it('any data split into reports comes back whole', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), fc.constantFrom(']C1', ']d2', ']Q1'), (data, aim) => {
        const scan = only(feed(new HidPosReassembler(HID_POS_LAYOUTS.standard), standardReports(aim, Array.from(data))), 'scan');
        expect(scan.data).toEqual(data);
        expect(scan.aim).toBe(aim);
      }),
      { numRuns: 300 },
    );
  });

  it('random reports and timeouts never throw, and every scan that comes out becomes a scan event', () => {
    const report = fc.oneof(
      fc.uint8Array({ maxLength: 70 }),
      fc.uint8Array({ minLength: 64, maxLength: 64 }).map((r) => ((r[0] = 2), r)),
      fc.string({ maxLength: 120 }).map((s) => standardReports(']C1', s)[0]!),
    );
    const step = fc.oneof(report, fc.constant('timeout' as const));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const reassembler = new HidPosReassembler(HID_POS_LAYOUTS.standard, 1024);
        for (const s of steps) {
          for (const out of s === 'timeout' ? reassembler.expire() : reassembler.push(s)) {
            if (out.kind !== 'scan') continue;
            const event = scanEventFrom({ source: 'hid', deviceId: 'f', at: 'now', bytes: out.data, aim: out.aim });
            expect(['accepted', 'rejected']).toContain(event.kind);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
