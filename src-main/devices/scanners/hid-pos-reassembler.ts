import { toHex } from '../../../src-shared/scanning/scan-event';
import { minimumReportLength, type HidPosLayout } from './hid-pos-layouts';

/**
 * Turns HID POS input reports into whole scans. Pure: reports in, scans or rejections out; the
 * transport says when too long has passed since a report that announced more (`expire`). A symbol
 * longer than one report arrives as several reports with the continuation flag set on all but the
 * last. Reports of other IDs (trigger, status) are not scans and are passed over.
 */
export type HidPosOutput =
  | { kind: 'scan'; aim?: string; data: Uint8Array; reports: number }
  | { kind: 'rejected'; reason: string; aim?: string; raw: Uint8Array }
  | { kind: 'ignored'; reason: string };

interface Pending {
  aim?: string;
  chunks: Uint8Array[];
  raw: Uint8Array[];
  size: number;
}

/** Larger than any QR Code or Data Matrix holds: more means the end of a symbol was lost. */
export const DEFAULT_MAX_SCAN_BYTES = 8192;

type AimRead = { ok: true; aim?: string } | { ok: false; reason: string };

export class HidPosReassembler {
  private pending: Pending | null = null;

  constructor(
    private readonly layout: HidPosLayout,
    private readonly maxScanBytes = DEFAULT_MAX_SCAN_BYTES,
  ) {}

  get waitingForMore(): boolean {
    return this.pending !== null;
  }

  push(report: Uint8Array): HidPosOutput[] {
    const { layout } = this;
    if (report.length === 0) return [{ kind: 'ignored', reason: 'an empty HID report' }];
    if (report[0] !== layout.reportId)
      return [{ kind: 'ignored', reason: `HID report ID ${report[0]} is not the ${layout.name} layout's scanned-data report (${layout.reportId})` }];

    const out: HidPosOutput[] = [];
    const fail = (reason: string): HidPosOutput[] => {
      const raw = concat([...(this.pending?.raw ?? []), report]);
      const aim = this.pending?.aim;
      this.pending = null;
      return [...out, { kind: 'rejected', reason, ...(aim && { aim }), raw }];
    };

    const needed = minimumReportLength(layout);
    if (report.length < needed) return fail(`The scanner's HID report was cut short: ${report.length} bytes, the ${layout.name} layout needs ${needed}.`);
    const length = report[layout.lengthOffset]!;
    if (length > layout.maxDataPerReport || layout.dataOffset + length > report.length)
      return fail(
        `The scanner's HID report says it carries ${length} data bytes, more than the report holds (${Math.min(layout.maxDataPerReport, report.length - layout.dataOffset)}); the scanner may not use the ${layout.name} layout.`,
      );
    const aimRead = this.readAim(report);
    if (!aimRead.ok) return fail(aimRead.reason);

    if (this.pending && aimRead.aim && this.pending.aim && aimRead.aim !== this.pending.aim) {
      out.push(
        this.rejectPending(
          `A scan (${this.pending.aim}) was cut off: the scanner announced more data, then began another (${aimRead.aim}). Scan the first barcode again.`,
        ),
      );
    }
    const pending = (this.pending ??= { ...(aimRead.aim && { aim: aimRead.aim }), chunks: [], raw: [], size: 0 });
    pending.chunks.push(report.slice(layout.dataOffset, layout.dataOffset + length));
    pending.raw.push(report);
    pending.size += length;
    if (pending.size > this.maxScanBytes) return fail(`The scan ran past ${this.maxScanBytes} bytes without its last report; its end was lost. Scan again.`);

    const more = (report[layout.continuationOffset]! & layout.continuationMask) !== 0;
    if (more) return out;
    this.pending = null;
    out.push({ kind: 'scan', ...(pending.aim && { aim: pending.aim }), data: concat(pending.chunks), reports: pending.chunks.length });
    return out;
  }

  /** Called by the transport when no report followed one that announced more. */
  expire(): HidPosOutput[] {
    if (!this.pending) return [];
    return [this.rejectPending(`A scan was cut off: the scanner announced more data after ${this.pending.size} bytes and then sent nothing. Scan again.`)];
  }

  private rejectPending(reason: string): HidPosOutput {
    const pending = this.pending!;
    this.pending = null;
    return { kind: 'rejected', reason, ...(pending.aim && { aim: pending.aim }), raw: concat(pending.raw) };
  }

  private readAim(report: Uint8Array): AimRead {
    const at = this.layout.aimOffset;
    if (at === null) return { ok: true };
    const bytes = report.subarray(at, at + 3);
    if (bytes.every((b) => b === 0)) return { ok: true }; // the scanner is set not to send one
    const printable = bytes[0] === 0x5d && bytes.every((b) => b > 0x20 && b < 0x7f);
    if (!printable)
      return {
        ok: false,
        reason: `The scanner's HID report has bytes ${toHex(bytes)} where the AIM symbology identifier (like ]C1) belongs; the scanner may not use the ${this.layout.name} layout.`,
      };
    return { ok: true, aim: String.fromCharCode(...bytes) };
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
