import { aimSymbology, isAimIdentifier } from './aim-symbology';
import { GS, looksLikeGs1, parseGs1, type Gs1Element } from './gs1-element-string';
import { readReceiptScan, type ReceiptScan } from './receipt-scan';

/**
 * One scan event for every scanner kind (HID POS, serial, keyboard wedge, camera). Pure: the time is
 * passed in, and `scanEventFrom` never throws — whatever the bytes, the result is an accepted scan
 * with its receipt reading, or a rejected one saying why.
 */
export type ScanSource = 'hid' | 'serial' | 'wedge' | 'camera';

export interface ScanSymbology {
  aim: string;
  name: string;
}

interface ScanEventBase {
  source: ScanSource;
  deviceId: string;
  /** ISO timestamp of arrival, given by the caller */
  at: string;
  symbology?: ScanSymbology;
}

export interface AcceptedScan extends ScanEventBase {
  kind: 'accepted';
  /** the decoded text, GS (0x1D) separators kept, AIM identifier removed */
  data: string;
  /** element strings when the symbology is GS1 or the data looks like GS1 */
  gs1?: Gs1Element[];
  /** never 'unreadable': such scans are rejected */
  receipt: ReceiptScan;
}

export interface RejectedScan extends ScanEventBase {
  kind: 'rejected';
  /** what was wrong, in words a clerk can act on */
  reason: string;
  /** the bytes as the scanner sent them (AIM identifier first when given), hex pairs spaced */
  rawHex: string;
}

export type ScanEvent = AcceptedScan | RejectedScan;

export interface ScanInput {
  source: ScanSource;
  deviceId: string;
  at: string;
  bytes: Uint8Array | string;
  /** AIM identifier when the transport read it apart from the data; else a leading "]cm" is taken */
  aim?: string;
}

const encoder = new TextEncoder();

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

function rawBytes(input: Pick<ScanInput, 'bytes' | 'aim'>): Uint8Array {
  const data = typeof input.bytes === 'string' ? encoder.encode(input.bytes) : input.bytes;
  if (!input.aim) return data;
  const aim = encoder.encode(input.aim);
  const all = new Uint8Array(aim.length + data.length);
  all.set(aim);
  all.set(data, aim.length);
  return all;
}

/**
 * A rejection built by a transport (a truncated report, a missing prefix): `bytes` are the raw bytes
 * as received, `aim` (if known) only names the symbology.
 */
export function rejectedScan(input: Omit<ScanInput, 'bytes'> & { bytes?: Uint8Array | string; reason: string }): RejectedScan {
  const raw = input.bytes ?? new Uint8Array();
  return { kind: 'rejected', ...eventBase(input, input.aim), reason: input.reason, rawHex: toHex(typeof raw === 'string' ? encoder.encode(raw) : raw) };
}

/** `aim` names the symbology; the raw bytes are the input's, AIM identifier first, as sent. */
function rejection(input: ScanInput, aim: string | undefined, reason: string): RejectedScan {
  return { kind: 'rejected', ...eventBase(input, aim), reason, rawHex: toHex(rawBytes(input)) };
}

function eventBase(input: Pick<ScanInput, 'source' | 'deviceId' | 'at'>, aim: string | undefined) {
  const symbology = aim === undefined ? null : aimSymbology(aim);
  return { source: input.source, deviceId: input.deviceId, at: input.at, ...(symbology && { symbology: { aim: symbology.aim, name: symbology.name } }) };
}

export function scanEventFrom(input: ScanInput): ScanEvent {
  try {
    return readScan(input);
  } catch (error) {
    // Nothing in readScan should throw; if it does, the scan is still answered rather than lost.
    return rejection(input, undefined, `The scan could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function readScan(input: ScanInput): ScanEvent {
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return rejection(input, input.aim, decoded.reason);

  let text = decoded.text.replace(/[\r\n]+$/, ''); // a scanner's Enter suffix is not data
  let aim = input.aim;
  if (aim === undefined && isAimIdentifier(text.slice(0, 3))) {
    aim = text.slice(0, 3);
    text = text.slice(3);
  }
  const reject = (reason: string) => rejection(input, aim, reason);
  const symbology = aim === undefined ? null : aimSymbology(aim);
  if (aim !== undefined && !symbology)
    return reject(`The scanner sent "${printable(aim)}" where a symbology identifier (like ]C1) belongs; check its AIM ID setting.`);
  if (text.length === 0) return reject('The scan was empty: the scanner sent no data. Scan the barcode again.');
  const control = firstControl(text);
  if (control)
    return reject(
      `The scan holds control character ${control.code} at character ${control.at}: binary noise on the line, or a scanner prefix/suffix the desk is not set up for.`,
    );

  const base = eventBase(input, aim);
  if (!symbology?.gs1 && !looksLikeGs1(text)) return { kind: 'accepted', ...base, data: text, receipt: readReceiptScan(text) };
  // A GS1 symbology's FNC1 in first position is implied by its identifier; GS stands for it here.
  const gs1Text = symbology?.gs1 && !text.startsWith('(') ? GS + text : text;
  const parsed = parseGs1(gs1Text);
  if (!parsed.ok) return reject(`GS1 barcode not accepted: ${parsed.error}. Rescan, or key the values in by hand.`);
  return { kind: 'accepted', ...base, data: text, gs1: parsed.elements, receipt: readReceiptScan(gs1Text) };
}

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

function decodeText(bytes: Uint8Array | string): Decoded {
  if (typeof bytes === 'string') {
    const broken = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/.exec(bytes);
    return broken
      ? {
          ok: false,
          reason: `The scan holds an unreadable character at character ${broken.index + 1}: binary noise, or a scanner set to another character set.`,
        }
      : { ok: true, text: bytes };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: `The scan is not readable text (byte ${invalidUtf8At(bytes) + 1} is not valid UTF-8): binary noise, or a scanner set to another character set.`,
    };
  }
}

/** Where the decoder first gives up, fed one byte at a time (only on the failure path). */
function invalidUtf8At(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: i + 1 < bytes.length });
    } catch {
      return i;
    }
  }
  return bytes.length - 1;
}

/** C0 controls other than GS, DEL and C1 controls: none belongs in a barcode's text. */
function firstControl(text: string): { code: string; at: number } | null {
  const match = /[\u0000-\u001c\u001e\u001f\u007f-\u009f]/.exec(text); // eslint-disable-line no-control-regex
  if (!match) return null;
  return { code: `0x${match[0].charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`, at: match.index + 1 };
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
