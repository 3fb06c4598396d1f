import type { LlrpDecodeError } from './llrp-bytes';
import { LlrpDecodeFailure } from './llrp-bytes';
import { LLRP_HEADER_BYTES } from './llrp-constants';
import { messageTypeName, readLlrpHeader } from './llrp-decode';

export type LlrpFrameEvent = { ok: true; frame: Buffer } | { ok: false; error: LlrpDecodeError };

/** An LLRP message longer than this is taken as garbage rather than waited for (a report of thousands of tags is far smaller). */
export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

/**
 * Cuts a TCP byte stream into whole LLRP messages: a message split over several chunks comes out
 * once complete, several in one chunk come out one by one. LLRP has no start marker to find the next
 * message after a bad header, so once the framing is lost the splitter reports it once and stays
 * broken; the connection must be closed (which is what a reader does too).
 */
export class LlrpFrameSplitter {
  private pending: Buffer = Buffer.alloc(0);
  private broken = false;

  constructor(private readonly maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES) {}

  get isBroken(): boolean {
    return this.broken;
  }

  /** bytes received and not yet part of a whole message */
  get buffered(): number {
    return this.pending.length;
  }

  push(chunk: Uint8Array): LlrpFrameEvent[] {
    if (this.broken) return [];
    this.pending = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
    const events: LlrpFrameEvent[] = [];
    while (this.pending.length >= LLRP_HEADER_BYTES) {
      let length: number;
      try {
        const header = readLlrpHeader(this.pending);
        length = header.length;
        if (length < LLRP_HEADER_BYTES)
          throw new LlrpDecodeFailure(
            'bad-length',
            `${messageTypeName(header.messageType)} (ID ${header.id}) says it is ${length} bytes, shorter than the ${LLRP_HEADER_BYTES}-byte header: the stream is not LLRP`,
            2,
          );
        if (length > this.maxMessageBytes)
          throw new LlrpDecodeFailure(
            'too-long',
            `${messageTypeName(header.messageType)} (ID ${header.id}) says it is ${length} bytes, more than the ${this.maxMessageBytes} the desk accepts: the stream is not LLRP`,
            2,
          );
      } catch (error) {
        const failure = error as LlrpDecodeFailure;
        events.push({
          ok: false,
          error: { code: failure.code, message: `${failure.message} (first bytes ${this.pending.subarray(0, 16).toString('hex')})`, offset: failure.offset },
        });
        this.broken = true;
        this.pending = Buffer.alloc(0);
        return events;
      }
      if (this.pending.length < length) break;
      events.push({ ok: true, frame: this.pending.subarray(0, length) });
      this.pending = this.pending.subarray(length);
    }
    return events;
  }
}
