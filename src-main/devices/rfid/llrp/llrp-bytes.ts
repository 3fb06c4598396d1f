/** Why an LLRP frame could not be read, and where (byte offset in the message). */
export type LlrpDecodeErrorCode = 'truncated' | 'bad-length' | 'bad-header' | 'unsupported-version' | 'bad-parameter' | 'missing-parameter' | 'too-long';

export interface LlrpDecodeError {
  code: LlrpDecodeErrorCode;
  message: string;
  offset: number;
  /** from the header, when it could be read */
  messageType?: number;
  messageId?: number;
}

/** Thrown inside the decoder only; the decoder's callers get an LlrpDecodeError value instead. */
export class LlrpDecodeFailure extends Error {
  constructor(
    readonly code: LlrpDecodeErrorCode,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Big-endian writer for message bodies; TLV lengths are filled in when the parameter is closed. */
export class ByteWriter {
  private bytes: number[] = [];

  u8(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }

  u16(value: number): this {
    return this.u8(value >>> 8).u8(value);
  }

  u32(value: number): this {
    return this.u16(value >>> 16).u16(value & 0xffff);
  }

  u64(value: bigint): this {
    return this.u32(Number((value >> 32n) & 0xffffffffn)).u32(Number(value & 0xffffffffn));
  }

  raw(data: Uint8Array): this {
    for (const byte of data) this.bytes.push(byte);
    return this;
  }

  /** u1v / u16v style: a 16-bit count then the data */
  counted(count: number, data: Uint8Array): this {
    return this.u16(count).raw(data);
  }

  /** a TLV parameter: 6 reserved bits (0) + 10-bit type, 16-bit length including this header */
  tlv(type: number, body: (w: ByteWriter) => void): this {
    const start = this.bytes.length;
    this.u16(type & 0x3ff).u16(0);
    body(this);
    const length = this.bytes.length - start;
    if (length > 0xffff) throw new RangeError(`LLRP parameter ${type} would be ${length} bytes; a TLV holds at most 65535`);
    this.bytes[start + 2] = length >>> 8;
    this.bytes[start + 3] = length & 0xff;
    return this;
  }

  /** a TV parameter: 1 bit set + 7-bit type, then its fixed-length value */
  tv(type: number, value: (w: ByteWriter) => void): this {
    this.u8(0x80 | type);
    value(this);
    return this;
  }

  toBuffer(): Buffer {
    return Buffer.from(this.bytes);
  }
}

/** Bounds-checked big-endian reader over [start, end) of a buffer; every overrun is a LlrpDecodeFailure. */
export class ByteReader {
  constructor(
    readonly buffer: Buffer,
    public offset: number,
    readonly end: number,
    private readonly what: string,
  ) {}

  get remaining(): number {
    return this.end - this.offset;
  }

  private need(bytes: number, field: string): number {
    if (this.offset + bytes > this.end) {
      throw new LlrpDecodeFailure(
        'truncated',
        `${this.what} ends before its ${field}: ${bytes} byte(s) needed at offset ${this.offset}, ${Math.max(0, this.end - this.offset)} left`,
        this.offset,
      );
    }
    const at = this.offset;
    this.offset += bytes;
    return at;
  }

  u8(field: string): number {
    return this.buffer.readUInt8(this.need(1, field));
  }

  s8(field: string): number {
    return this.buffer.readInt8(this.need(1, field));
  }

  u16(field: string): number {
    return this.buffer.readUInt16BE(this.need(2, field));
  }

  u32(field: string): number {
    return this.buffer.readUInt32BE(this.need(4, field));
  }

  u64(field: string): bigint {
    return this.buffer.readBigUInt64BE(this.need(8, field));
  }

  bytes(count: number, field: string): Buffer {
    const at = this.need(count, field);
    return this.buffer.subarray(at, at + count);
  }

  /** u1v: 16-bit bit count, then the bits packed into whole bytes */
  bits(field: string): { bits: number; hex: string } {
    const bits = this.u16(`${field} bit count`);
    return {
      bits,
      hex: this.bytes(Math.ceil(bits / 8), field)
        .toString('hex')
        .toUpperCase(),
    };
  }

  /** u16v: 16-bit word count, then the words */
  words(field: string): string {
    const count = this.u16(`${field} word count`);
    return this.bytes(count * 2, field)
      .toString('hex')
      .toUpperCase();
  }

  utf8(field: string): string {
    const length = this.u16(`${field} length`);
    return this.bytes(length, field).toString('utf8');
  }

  /** Everything there must have been read: a message or parameter with bytes left over has a wrong length. */
  done(): void {
    if (this.offset !== this.end) {
      throw new LlrpDecodeFailure(
        'bad-length',
        `${this.what} has ${this.end - this.offset} byte(s) after its last field at offset ${this.offset}: its length is wrong`,
        this.offset,
      );
    }
  }
}
