import { bytesAsText } from './zpl-host-status';

export type ZplStreamEvent = { kind: 'format'; zpl: string } | { kind: 'host-status-request' };

const START = '^XA';
const END = '^XZ';
const HOST_STATUS = '~HS';

/**
 * Splits the bytes a printer receives into label formats (^XA ... ^XZ) and `~HS` requests, the way
 * a printer reads them: a control command (~) acts at once, even in the middle of a format, and
 * bytes outside a format are ignored. Chunks may split anywhere, even inside a command.
 */
export class ZplFormatStream {
  private tail = '';
  private format: string | null = null;

  /** a format has started and not yet ended (the ~HS "partial format" flag) */
  get inFormat(): boolean {
    return this.format !== null;
  }

  push(chunk: Uint8Array | string): ZplStreamEvent[] {
    const events: ZplStreamEvent[] = [];
    let text = this.tail + bytesAsText(chunk);
    for (;;) {
      const tokens = this.format === null ? [START, HOST_STATUS] : [END, HOST_STATUS];
      const found = firstToken(text, tokens);
      if (!found) {
        const keep = partialTokenLength(text, tokens);
        if (this.format !== null) this.format += text.slice(0, text.length - keep);
        this.tail = text.slice(text.length - keep);
        return events;
      }
      if (this.format !== null) this.format += text.slice(0, found.index);
      const command = text.slice(found.index, found.index + 3);
      if (found.token === HOST_STATUS) events.push({ kind: 'host-status-request' });
      else if (found.token === START) this.format = command;
      else {
        events.push({ kind: 'format', zpl: `${this.format}${command}` });
        this.format = null;
      }
      text = text.slice(found.index + 3);
    }
  }
}

/** ZPL command names are case-insensitive. */
function firstToken(text: string, tokens: string[]): { index: number; token: string } | null {
  const upper = text.toUpperCase();
  let best: { index: number; token: string } | null = null;
  for (const token of tokens) {
    const index = upper.indexOf(token);
    if (index >= 0 && (best === null || index < best.index)) best = { index, token };
  }
  return best;
}

/** How many trailing characters could be the start of a command cut off by the chunk boundary. */
function partialTokenLength(text: string, tokens: string[]): number {
  const upper = text.toUpperCase();
  for (let length = 2; length >= 1; length--) {
    const suffix = upper.slice(-length);
    if (suffix.length === length && tokens.some((token) => token.startsWith(suffix))) return length;
  }
  return 0;
}
