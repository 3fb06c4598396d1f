import { ByteReader, LlrpDecodeFailure } from './llrp-bytes';
import { TV_VALUE_BYTES } from './llrp-constants';

/** One parameter found in a body: its type, whether it was TV, and a reader over its value. */
export interface RawParameter {
  type: number;
  tv: boolean;
  /** offset of the parameter header in the message */
  offset: number;
  body: ByteReader;
}

/** Splits [reader.offset, reader.end) into parameters, checking every length; consumes the reader. */
export function readParameters(reader: ByteReader, where: string): RawParameter[] {
  const found: RawParameter[] = [];
  const { buffer, end } = reader;
  let at = reader.offset;
  while (at < end) {
    const first = buffer.readUInt8(at);
    if (first & 0x80) {
      const type = first & 0x7f;
      const size = TV_VALUE_BYTES[type];
      if (size === undefined)
        throw new LlrpDecodeFailure(
          'bad-parameter',
          `${where} has TV parameter type ${type} at offset ${at}, which LLRP does not define, so its length is unknown`,
          at,
        );
      if (at + 1 + size > end)
        throw new LlrpDecodeFailure('truncated', `${where} ends inside TV parameter ${type} at offset ${at} (${size + 1} bytes needed, ${end - at} left)`, at);
      found.push({ type, tv: true, offset: at, body: new ByteReader(buffer, at + 1, at + 1 + size, `TV parameter ${type} at offset ${at}`) });
      at += 1 + size;
      continue;
    }
    if (at + 4 > end)
      throw new LlrpDecodeFailure('truncated', `${where} ends inside a parameter header at offset ${at} (4 bytes needed, ${end - at} left)`, at);
    const type = buffer.readUInt16BE(at) & 0x3ff;
    const length = buffer.readUInt16BE(at + 2);
    if (type < 128) throw new LlrpDecodeFailure('bad-parameter', `${where} has TLV parameter type ${type} at offset ${at}; TLV types start at 128`, at);
    if (length < 4)
      throw new LlrpDecodeFailure('bad-length', `${where} has parameter ${type} at offset ${at} with length ${length}, shorter than its own 4-byte header`, at);
    if (at + length > end)
      throw new LlrpDecodeFailure('truncated', `${where} ends inside parameter ${type} at offset ${at}: it says ${length} bytes, ${end - at} are left`, at);
    found.push({ type, tv: false, offset: at, body: new ByteReader(buffer, at + 4, at + length, `parameter ${type} at offset ${at}`) });
    at += length;
  }
  reader.offset = end;
  return found;
}

/** The one parameter of a type that must be there. */
export function requireParameter(params: RawParameter[], type: number, name: string, where: string, offset: number): RawParameter {
  const found = params.find((p) => p.type === type);
  if (!found)
    throw new LlrpDecodeFailure('missing-parameter', `${where} at offset ${offset} has no ${name} parameter (type ${type}), which it must carry`, offset);
  return found;
}

export function optionalParameter(params: RawParameter[], type: number): RawParameter | undefined {
  return params.find((p) => p.type === type);
}
