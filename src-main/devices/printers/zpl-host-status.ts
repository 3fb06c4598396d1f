/**
 * The reply to ZPL `~HS` (Host Status Return, ZPL II Programming Guide): three strings, each
 * <STX> comma-separated fields <ETX><CR><LF>. Pure: bytes in, a status or a reason out.
 *   1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l  communication settings, paper out, pause, label length
 *      (dots), formats in receive buffer, buffer full, comms diagnostic mode, partial format,
 *      unused, corrupt RAM, under temperature, over temperature
 *   2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www  function settings, unused, head up, ribbon out, thermal
 *      transfer mode, print mode, print width mode, label waiting, labels remaining in batch,
 *      format while printing, graphic images stored
 *   3: xxxx,y  password, static RAM flag
 * Fields past the documented ones are ignored, so a newer firmware that adds some still parses.
 */
export const HOST_STATUS_REQUEST = '~HS';

export const STX = 0x02;
export const ETX = 0x03;
const STRING_END = '\x03\r\n';

export interface ZplHostStatus {
  communicationSettings: number;
  paperOut: boolean;
  paused: boolean;
  labelLengthDots: number;
  formatsInReceiveBuffer: number;
  receiveBufferFull: boolean;
  communicationsDiagnosticMode: boolean;
  partialFormatInProgress: boolean;
  corruptRam: boolean;
  underTemperature: boolean;
  overTemperature: boolean;
  functionSettings: number;
  headUp: boolean;
  ribbonOut: boolean;
  thermalTransferMode: boolean;
  /** 0 rewind, 1 peel-off, 2 tear-off, 3 cutter, 4 applicator; newer models add more */
  printMode: string;
  printWidthMode: number;
  labelWaiting: boolean;
  labelsRemainingInBatch: number;
  formatWhilePrinting: boolean;
  graphicImagesStored: number;
  password: string;
  staticRamFlag: number;
}

/** `incomplete`: the reply may only not have finished arriving; otherwise no more bytes can mend it. */
export type HostStatusParse = { ok: true; status: ZplHostStatus } | { ok: false; error: string; incomplete: boolean };

type Kind = 'flag' | 'number' | 'code' | 'digits';
const STRING_FIELDS: ReadonlyArray<ReadonlyArray<readonly [name: string, kind: Kind]>> = [
  [
    ['communication settings', 'number'],
    ['paper out flag', 'flag'],
    ['pause flag', 'flag'],
    ['label length', 'number'],
    ['formats in receive buffer', 'number'],
    ['buffer full flag', 'flag'],
    ['communications diagnostic mode flag', 'flag'],
    ['partial format flag', 'flag'],
    ['unused', 'number'],
    ['corrupt RAM flag', 'flag'],
    ['under temperature flag', 'flag'],
    ['over temperature flag', 'flag'],
  ],
  [
    ['function settings', 'number'],
    ['unused', 'number'],
    ['head up flag', 'flag'],
    ['ribbon out flag', 'flag'],
    ['thermal transfer mode flag', 'flag'],
    ['print mode', 'code'],
    ['print width mode', 'number'],
    ['label waiting flag', 'flag'],
    ['labels remaining in batch', 'number'],
    ['format while printing flag', 'flag'],
    ['graphic images stored', 'number'],
  ],
  [
    ['password', 'digits'],
    ['static RAM flag', 'number'],
  ],
];
const VALID: Record<Kind, RegExp> = { flag: /^[01]$/, number: /^\d{1,8}$/, code: /^[0-9A-Z]$/, digits: /^\d{1,8}$/ };
const EXPECTED: Record<Kind, string> = { flag: '0 or 1', number: 'digits', code: 'a digit or capital letter', digits: 'digits' };

/** True once all three strings have arrived, so a reader can stop waiting. */
export function isCompleteHostStatusReply(text: string): boolean {
  return text.split(STRING_END).length > 3;
}

export function bytesAsText(bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return bytes;
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

export function parseHostStatusReply(reply: Uint8Array | string): HostStatusParse {
  const text = bytesAsText(reply);
  if (text.length === 0) return { ok: false, incomplete: true, error: 'the ~HS reply is empty' };
  const values: string[][] = [];
  let at = 0;
  for (let index = 1; index <= 3; index++) {
    if (at >= text.length) return { ok: false, incomplete: true, error: `the ~HS reply is truncated: ${index - 1} of 3 strings arrived` };
    if (text.charCodeAt(at) !== STX)
      return { ok: false, incomplete: false, error: `the ~HS reply is garbled: string ${index} starts with ${describeByte(text, at)} at byte ${at}, not STX` };
    const end = text.indexOf('\x03', at + 1);
    if (end < 0) return { ok: false, incomplete: true, error: `the ~HS reply is truncated: string ${index} has no ETX` };
    const body = text.slice(at + 1, end);
    const stray = [...body].findIndex((char) => char < ' ' || char > '~');
    if (body[stray] === '\x02') return { ok: false, incomplete: false, error: `the ~HS reply is truncated: string ${index} has no ETX before the next STX` };
    if (stray >= 0) return { ok: false, incomplete: false, error: `the ~HS reply is garbled: string ${index} holds ${describeByte(body, stray)}` };
    const ending = text.slice(end, end + 3);
    const mismatch = [...ending].findIndex((char, i) => char !== STRING_END[i]);
    if (mismatch >= 0)
      return {
        ok: false,
        incomplete: false,
        error: `the ~HS reply is garbled: string ${index} has ${describeByte(text, end + mismatch)} after ETX, not CR LF`,
      };
    if (ending.length < 3) return { ok: false, incomplete: true, error: `the ~HS reply is truncated: string ${index} ends without CR LF` };
    const fields = body.split(',');
    const specs = STRING_FIELDS[index - 1]!;
    if (fields.length < specs.length)
      return { ok: false, incomplete: false, error: `the ~HS reply is truncated: string ${index} has ${fields.length} fields, expected ${specs.length}` };
    for (const [position, [name, kind]] of specs.entries()) {
      const value = fields[position]!;
      if (!VALID[kind].test(value))
        return {
          ok: false,
          incomplete: false,
          error: `the ~HS reply is garbled: string ${index} field ${position + 1} (${name}) is '${value}', expected ${EXPECTED[kind]}`,
        };
    }
    values.push(fields);
    at = end + 3;
  }
  if (at < text.length) return { ok: false, incomplete: false, error: `the ~HS reply is garbled: ${text.length - at} unexpected bytes after string 3` };
  return { ok: true, status: toStatus(values) };
}

/** What stops the printer from printing, in the words the desk shows. */
export function hostStatusFaults(status: ZplHostStatus): string[] {
  const faults: string[] = [];
  if (status.paperOut) faults.push('paper out');
  if (status.headUp) faults.push('head open');
  if (status.ribbonOut) faults.push('ribbon out');
  if (status.paused) faults.push('paused');
  if (status.receiveBufferFull) faults.push('receive buffer full');
  if (status.underTemperature) faults.push('head too cold');
  if (status.overTemperature) faults.push('head too hot');
  if (status.corruptRam) faults.push('configuration lost (corrupt RAM)');
  return faults;
}

function toStatus([one, two, three]: string[][]): ZplHostStatus {
  const s1 = one!;
  const s2 = two!;
  const s3 = three!;
  const flag = (fields: string[], i: number) => fields[i] === '1';
  const num = (fields: string[], i: number) => Number(fields[i]);
  return {
    communicationSettings: num(s1, 0),
    paperOut: flag(s1, 1),
    paused: flag(s1, 2),
    labelLengthDots: num(s1, 3),
    formatsInReceiveBuffer: num(s1, 4),
    receiveBufferFull: flag(s1, 5),
    communicationsDiagnosticMode: flag(s1, 6),
    partialFormatInProgress: flag(s1, 7),
    corruptRam: flag(s1, 9),
    underTemperature: flag(s1, 10),
    overTemperature: flag(s1, 11),
    functionSettings: num(s2, 0),
    headUp: flag(s2, 2),
    ribbonOut: flag(s2, 3),
    thermalTransferMode: flag(s2, 4),
    printMode: s2[5]!,
    printWidthMode: num(s2, 6),
    labelWaiting: flag(s2, 7),
    labelsRemainingInBatch: num(s2, 8),
    formatWhilePrinting: flag(s2, 9),
    graphicImagesStored: num(s2, 10),
    password: s3[0]!,
    staticRamFlag: num(s3, 1),
  };
}

function describeByte(text: string, index: number): string {
  const code = text.charCodeAt(index);
  const hex = `0x${code.toString(16).padStart(2, '0')}`;
  return code >= 0x20 && code < 0x7f ? `'${text[index]}' (${hex})` : hex;
}
