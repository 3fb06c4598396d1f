import { isAimIdentifier } from '../../../src-shared/scanning/aim-symbology';
import type { SerialScannerConfig } from './scanner-types';

/**
 * One frame from a serial scanner (the delimiter parser has cut it off the line and removed the
 * delimiter) to the bytes of the scan: the configured prefix and suffix stripped, and the AIM
 * identifier taken off the front when the scanner is set to send it. Pure.
 */
export interface SerialFraming {
  prefix: Uint8Array;
  /** part of the suffix before the delimiter: it ends a frame */
  suffixBefore: Uint8Array;
  /** part of the suffix after the delimiter ("\n" of "\r\n" cut at "\r"): it starts the next frame */
  suffixAfter: Uint8Array;
  delimiter: Uint8Array;
  aimPrefix: boolean;
}

export type SerialFrame = { kind: 'scan'; bytes: Uint8Array; aim?: string } | { kind: 'rejected'; reason: string } | { kind: 'blank' };

const encoder = new TextEncoder();

/** Throws on a configuration that cannot cut frames (no delimiter at all). */
export function serialFraming(config: Pick<SerialScannerConfig, 'prefix' | 'suffix' | 'delimiter' | 'aimPrefix'>): SerialFraming {
  const suffix = config.suffix ?? '\r';
  const delimiter = config.delimiter ?? suffix;
  if (delimiter.length === 0) throw new Error('a serial scanner needs a suffix or a delimiter that ends each scan (most send "\\r")');
  const cut = suffix.lastIndexOf(delimiter);
  const [before, after] = cut === -1 ? [suffix, ''] : [suffix.slice(0, cut), suffix.slice(cut + delimiter.length)];
  return {
    prefix: encoder.encode(config.prefix ?? ''),
    suffixBefore: encoder.encode(before),
    suffixAfter: encoder.encode(after),
    delimiter: encoder.encode(delimiter),
    aimPrefix: config.aimPrefix === true,
  };
}

export function readSerialFrame(frame: Uint8Array, framing: SerialFraming): SerialFrame {
  let bytes = startsWith(frame, framing.suffixAfter) ? frame.subarray(framing.suffixAfter.length) : frame;
  if (bytes.length === 0) return { kind: 'blank' };
  if (endsWith(bytes, framing.suffixBefore)) bytes = bytes.subarray(0, bytes.length - framing.suffixBefore.length);
  if (framing.prefix.length > 0) {
    if (!startsWith(bytes, framing.prefix))
      return {
        kind: 'rejected',
        reason: `The scan did not start with the scanner's prefix ${shown(framing.prefix)}: noise on the line, a scan cut off when the port opened, or a scanner set up differently.`,
      };
    bytes = bytes.subarray(framing.prefix.length);
  }
  if (!framing.aimPrefix) return { kind: 'scan', bytes };
  const aim = String.fromCharCode(...bytes.subarray(0, 3));
  if (!isAimIdentifier(aim))
    return {
      kind: 'rejected',
      reason: `The scanner should send a symbology identifier (like ]C1) first, but the scan starts with ${shown(bytes.subarray(0, 3))}: turn on its AIM ID setting, or turn off "AIM prefix" for it here.`,
    };
  return { kind: 'scan', bytes: bytes.subarray(3), aim };
}

function startsWith(bytes: Uint8Array, part: Uint8Array): boolean {
  return part.length <= bytes.length && part.every((b, i) => bytes[i] === b);
}

function endsWith(bytes: Uint8Array, part: Uint8Array): boolean {
  const from = bytes.length - part.length;
  return part.length > 0 && from >= 0 && part.every((b, i) => bytes[from + i] === b);
}

function shown(bytes: Uint8Array): string {
  return `"${Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')}"`;
}
