/**
 * Scanned-data reports as a HID POS scanner sends them, built byte by byte from the layouts the
 * vendors document (64 bytes with the report ID; see hid-pos-layouts.ts for the sources). Written
 * apart from the reassembler so a wrong offset there shows up here.
 */
export const GS = 0x1d;
const text = (s: string) => Array.from(new TextEncoder().encode(s));

/** Honeywell / Access-IS: [2, length, ']', c, m, data×56, code id, 0, continued]. */
export function standardReports(aim: string, data: number[] | string, codeId = 0x6a): Uint8Array[] {
  const bytes = typeof data === 'string' ? text(data) : data;
  const reports: Uint8Array[] = [];
  for (let at = 0; at === 0 || at < bytes.length; at += 56) {
    const chunk = bytes.slice(at, at + 56);
    const report = new Uint8Array(64);
    report[0] = 0x02;
    report[1] = chunk.length;
    report.set(text(aim), 2);
    report.set(chunk, 5);
    report[61] = codeId;
    report[63] = at + 56 < bytes.length ? 0x01 : 0x00;
    reports.push(report);
  }
  return reports;
}

/** Quio QU-R-302: [2, length, data×56, reserved×4, symbology, continued]; no AIM identifier. */
export function quioReports(data: string, symbology = 0x0a): Uint8Array[] {
  const bytes = text(data);
  const reports: Uint8Array[] = [];
  for (let at = 0; at === 0 || at < bytes.length; at += 56) {
    const chunk = bytes.slice(at, at + 56);
    const report = new Uint8Array(64);
    report[0] = 0x02;
    report[1] = chunk.length;
    report.set(chunk, 2);
    report[62] = symbology;
    report[63] = at + 56 < bytes.length ? 0x01 : 0x00;
    reports.push(report);
  }
  return reports;
}

/** A pallet label's GS1-128: (02) GTIN of the contents, lot, (37) count, then the entry number in company-internal AI 91. */
export const PALLET_GS1 = `0200614141999996` + `10LOT-A${String.fromCharCode(GS)}` + `3712${String.fromCharCode(GS)}` + `91EF1-0012345-6`;
