/**
 * Frames of the "UHF RFID Reader Serial Interface Protocol" that Impinj R2000-based modules speak
 * (the cheap desk and USB readers): Head 0xA0, Len (bytes after Len), Address, Cmd, Data, Check,
 * where Check is the two's complement of the sum of every byte before it. Hand-written: no npm
 * package implements this protocol, and it is a few dozen lines.
 */
export const R2000_HEAD = 0xa0;
/** Len counts Address, Cmd, Data and Check, so it is at least 3 */
const MIN_LEN = 3;

export interface R2000Frame {
  address: number;
  command: number;
  data: Buffer;
}

export type R2000LineErrorCode = 'noise' | 'bad-checksum' | 'bad-length';
export interface R2000LineError {
  code: R2000LineErrorCode;
  message: string;
}
export type R2000FrameEvent = { ok: true; frame: R2000Frame } | { ok: false; error: R2000LineError };

export function r2000Checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (const byte of bytes) sum = (sum + byte) & 0xff;
  return (0x100 - sum) & 0xff;
}

export function encodeR2000Frame(frame: R2000Frame): Buffer {
  if (frame.data.length > 0xff - MIN_LEN) throw new RangeError(`an R2000 frame holds at most ${0xff - MIN_LEN} data bytes; ${frame.data.length} given`);
  const body = Buffer.concat([Buffer.from([R2000_HEAD, frame.data.length + MIN_LEN, frame.address & 0xff, frame.command & 0xff]), frame.data]);
  return Buffer.concat([body, Buffer.from([r2000Checksum(body)])]);
}

/**
 * Cuts a serial byte stream into frames. Unlike LLRP, the head byte lets it find the next frame
 * after damage: bytes before a head are reported as noise, a frame whose check fails is reported
 * and the search starts again one byte after its head (a real frame may begin inside it).
 */
export class R2000FrameSplitter {
  private pending: Buffer = Buffer.alloc(0);

  get buffered(): number {
    return this.pending.length;
  }

  push(chunk: Uint8Array): R2000FrameEvent[] {
    this.pending = Buffer.concat([this.pending, chunk]);
    const events: R2000FrameEvent[] = [];
    for (;;) {
      const head = this.pending.indexOf(R2000_HEAD);
      if (head < 0) {
        if (this.pending.length > 0) events.push(noise(this.pending));
        this.pending = Buffer.alloc(0);
        return events;
      }
      if (head > 0) {
        events.push(noise(this.pending.subarray(0, head)));
        this.pending = this.pending.subarray(head);
      }
      if (this.pending.length < 2) return events;
      const len = this.pending[1]!;
      if (len < MIN_LEN) {
        events.push({
          ok: false,
          error: { code: 'bad-length', message: `a frame says Len ${len}; Len counts address, command and check, so it is at least ${MIN_LEN}` },
        });
        this.pending = this.pending.subarray(1);
        continue;
      }
      if (this.pending.length < len + 2) return events;
      const bytes = this.pending.subarray(0, len + 2);
      const expected = r2000Checksum(bytes.subarray(0, len + 1));
      if (expected !== bytes[len + 1]) {
        events.push({
          ok: false,
          error: {
            code: 'bad-checksum',
            message: `frame ${bytes.toString('hex')} has check 0x${hex2(bytes[len + 1]!)}, its bytes need 0x${hex2(expected)}: damaged on the line`,
          },
        });
        this.pending = this.pending.subarray(1);
        continue;
      }
      events.push({ ok: true, frame: { address: bytes[2]!, command: bytes[3]!, data: Buffer.from(bytes.subarray(4, len + 1)) } });
      this.pending = this.pending.subarray(len + 2);
    }
  }
}

function noise(bytes: Buffer): R2000FrameEvent {
  const shown = bytes.subarray(0, 32).toString('hex');
  return {
    ok: false,
    error: {
      code: 'noise',
      message: `${bytes.length} byte(s) outside any frame (${shown}${bytes.length > 32 ? '…' : ''}): noise on the line or a wrong baud rate`,
    },
  };
}

function hex2(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
