import { isUtf8 } from 'node:buffer';
import { AppError, type ErrorCode } from '../../../src-shared/errors';

/** Lines listed when a file is not UTF-8 (one is enough to know; a few show whether it is everywhere). */
const LISTED_LINES = 10;

export interface NotUtf8 {
  line: number;
  message: string;
}

/**
 * The lines of `bytes` that are not valid UTF-8, each with what was found, in words. Decoding them
 * anyway would turn each bad byte into U+FFFD and store a lot or a name that no scan will match.
 * A line feed (0x0A) is never part of a multi-byte sequence, so each line can be judged alone;
 * node:buffer's isUtf8 (simdutf) checks a whole file at memory speed, and only a bad file is split.
 */
export function nonUtf8Lines(bytes: Uint8Array, limit = LISTED_LINES): NotUtf8[] {
  if (isUtf8(bytes)) return [];
  const found: NotUtf8[] = [];
  let line = 1;
  for (let start = 0; start <= bytes.length && found.length < limit; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    const text = bytes.subarray(start, stop);
    if (!isUtf8(text)) found.push({ line, message: describe(text) });
    if (end === -1) break;
    start = end + 1;
  }
  return found;
}

function describe(text: Uint8Array): string {
  // the first character the lenient decoder had to replace is where the valid text stops
  const decoded = new TextDecoder('utf-8').decode(text);
  const at = decoded.indexOf('\uFFFD');
  const offset = at < 0 ? 0 : Buffer.byteLength(decoded.slice(0, at));
  const byte = text[offset] ?? 0;
  const guess = byte >= 0xa0 ? ` (in Latin-1 or Windows-1252 that byte is "${String.fromCharCode(byte)}")` : '';
  return `this line is not UTF-8 text: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at character ${at < 0 ? 1 : at + 1}${guess}; save the file as UTF-8 and try again`;
}

/**
 * A text file's content: refused, naming each bad line as FILE:LINE, when it is not UTF-8; one
 * leading byte order mark (which spreadsheet programs write) is dropped.
 */
export function utf8Text(bytes: Uint8Array, file: string): string {
  const bad = nonUtf8Lines(bytes);
  if (bad.length > 0) throw notUtf8Error(file, bad);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

export function notUtf8Error(file: string, bad: NotUtf8[], code: ErrorCode = 'VALIDATION'): AppError {
  const lines = bad.map((b) => b.line).join(', ');
  return new AppError(
    code,
    `${file} is not UTF-8 text (line${bad.length > 1 ? 's' : ''} ${lines}${bad.length >= LISTED_LINES ? ' and maybe more' : ''}); nothing from it was used. Save it as UTF-8 and try again.`,
    bad.map((b) => ({ field: `${file}:${b.line}:text`, message: b.message })),
  );
}
