import { ByteReader, type LlrpDecodeError, LlrpDecodeFailure } from './llrp-bytes';
import { type KnownMessageType, LLRP_HEADER_BYTES, LLRP_VERSION, MESSAGE_TYPE, TLV } from './llrp-constants';
import { readAccessSpec, readReaderConfig, readReaderEvent, readRoSpec, readStatus, readTagReport } from './llrp-decode-parameters';
import type { LlrpMessage } from './llrp-messages';
import { readParameters, requireParameter } from './llrp-parameters';

export type LlrpDecodeResult = { ok: true; message: LlrpMessage } | { ok: false; error: LlrpDecodeError };

export interface LlrpHeader {
  version: number;
  messageType: number;
  length: number;
  id: number;
}

const BODY = 'the message body';
const NAME_OF_TYPE = new Map<number, KnownMessageType>(Object.entries(MESSAGE_TYPE).map(([name, type]) => [type, name as KnownMessageType]));

export function messageTypeName(type: number): string {
  return NAME_OF_TYPE.get(type) ?? `message type ${type}`;
}

/** The header of a frame (at least 10 bytes), with its reserved bits checked: garbage seldom passes. */
export function readLlrpHeader(frame: Buffer, offset = 0): LlrpHeader {
  if (frame.length - offset < LLRP_HEADER_BYTES)
    throw new LlrpDecodeFailure('truncated', `an LLRP message header is ${LLRP_HEADER_BYTES} bytes; only ${frame.length - offset} arrived`, offset);
  const word = frame.readUInt16BE(offset);
  if (word & 0xe000)
    throw new LlrpDecodeFailure(
      'bad-header',
      `bytes ${frame.subarray(offset, offset + 2).toString('hex')} at offset ${offset} are not an LLRP header: its 3 reserved bits are set`,
      offset,
    );
  return { version: (word >> 10) & 7, messageType: word & 0x3ff, length: frame.readUInt32BE(offset + 2), id: frame.readUInt32BE(offset + 6) };
}

/** One whole LLRP message (header included) to a message value, or an error saying what and where. */
export function decodeLlrpMessage(frame: Buffer): LlrpDecodeResult {
  let header: LlrpHeader | undefined;
  try {
    header = readLlrpHeader(frame);
    if (header.length !== frame.length) {
      throw new LlrpDecodeFailure('bad-length', `its header says ${header.length} bytes but the message is ${frame.length} bytes`, 2);
    }
    if (header.version !== LLRP_VERSION) {
      throw new LlrpDecodeFailure('unsupported-version', `it is LLRP version ${header.version}; the desk speaks version ${LLRP_VERSION} (LLRP 1.0.1)`, 0);
    }
    return { ok: true, message: decodeBody(header, new ByteReader(frame, LLRP_HEADER_BYTES, frame.length, BODY)) };
  } catch (error) {
    const failure = error instanceof LlrpDecodeFailure ? error : new LlrpDecodeFailure('bad-parameter', `malformed LLRP message: ${String(error)}`, 0);
    const where = header ? `${messageTypeName(header.messageType)} (ID ${header.id}): ` : '';
    const decodeError: LlrpDecodeError = { code: failure.code, message: `${where}${failure.message}`, offset: failure.offset };
    if (header) {
      decodeError.messageType = header.messageType;
      decodeError.messageId = header.id;
    }
    return { ok: false, error: decodeError };
  }
}

function decodeBody(header: LlrpHeader, body: ByteReader): LlrpMessage {
  const id = header.id;
  const name = NAME_OF_TYPE.get(header.messageType);
  switch (name) {
    case undefined:
      return { type: 'UNKNOWN', id, messageType: header.messageType, body: Buffer.from(body.bytes(body.remaining, 'body')) };
    case 'KEEPALIVE':
    case 'KEEPALIVE_ACK':
    case 'CLOSE_CONNECTION':
      body.done();
      return { type: name, id };
    case 'DELETE_ROSPEC':
    case 'START_ROSPEC':
    case 'STOP_ROSPEC':
    case 'ENABLE_ROSPEC': {
      const roSpecId = body.u32('ROSpecID');
      body.done();
      return { type: name, id, roSpecId };
    }
    case 'DELETE_ACCESSSPEC':
    case 'ENABLE_ACCESSSPEC': {
      const accessSpecId = body.u32('AccessSpecID');
      body.done();
      return { type: name, id, accessSpecId };
    }
    case 'ADD_ROSPEC':
      return { type: name, id, roSpec: readRoSpec(requireParameter(readParameters(body, BODY), TLV.ROSpec, 'ROSpec', BODY, LLRP_HEADER_BYTES)) };
    case 'ADD_ACCESSSPEC':
      return {
        type: name,
        id,
        accessSpec: readAccessSpec(requireParameter(readParameters(body, BODY), TLV.AccessSpec, 'AccessSpec', BODY, LLRP_HEADER_BYTES)),
      };
    case 'SET_READER_CONFIG':
      return { type: name, id, config: readReaderConfig(body) };
    case 'RO_ACCESS_REPORT':
      return {
        type: name,
        id,
        tags: readParameters(body, BODY)
          .filter((p) => p.type === TLV.TagReportData)
          .map(readTagReport),
      };
    case 'READER_EVENT_NOTIFICATION':
      return { type: name, id, event: readReaderEvent(readParameters(body, BODY), LLRP_HEADER_BYTES) };
    default:
      return { type: name, id, status: readStatus(readParameters(body, BODY), BODY, LLRP_HEADER_BYTES) };
  }
}
