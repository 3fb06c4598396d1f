import { ByteWriter } from './llrp-bytes';
import { LLRP_HEADER_BYTES, LLRP_VERSION, MESSAGE_TYPE } from './llrp-constants';
import { writeAccessSpec, writeReaderConfig, writeReaderEvent, writeRoSpec, writeStatus, writeTagReport } from './llrp-encode-parameters';
import type { LlrpMessage } from './llrp-messages';

/**
 * The bytes of one LLRP message. Hand-written, like the decoder: the only LLRP package on npm
 * (llrpjs) is a one-person project with little use, not a dependency here, and the desk needs about
 * twenty messages of the protocol, so a small codec written from the LLRP 1.0.1 spec is the smaller risk.
 */
export function encodeLlrpMessage(message: LlrpMessage): Buffer {
  const body = new ByteWriter();
  let type: number;
  switch (message.type) {
    case 'UNKNOWN':
      type = message.messageType;
      body.raw(message.body);
      break;
    case 'KEEPALIVE':
    case 'KEEPALIVE_ACK':
    case 'CLOSE_CONNECTION':
      type = MESSAGE_TYPE[message.type];
      break;
    case 'DELETE_ROSPEC':
    case 'START_ROSPEC':
    case 'STOP_ROSPEC':
    case 'ENABLE_ROSPEC':
      type = MESSAGE_TYPE[message.type];
      body.u32(message.roSpecId);
      break;
    case 'DELETE_ACCESSSPEC':
    case 'ENABLE_ACCESSSPEC':
      type = MESSAGE_TYPE[message.type];
      body.u32(message.accessSpecId);
      break;
    case 'ADD_ROSPEC':
      type = MESSAGE_TYPE.ADD_ROSPEC;
      writeRoSpec(body, message.roSpec);
      break;
    case 'ADD_ACCESSSPEC':
      type = MESSAGE_TYPE.ADD_ACCESSSPEC;
      writeAccessSpec(body, message.accessSpec);
      break;
    case 'SET_READER_CONFIG':
      type = MESSAGE_TYPE.SET_READER_CONFIG;
      writeReaderConfig(body, message.config);
      break;
    case 'RO_ACCESS_REPORT':
      type = MESSAGE_TYPE.RO_ACCESS_REPORT;
      for (const tag of message.tags) writeTagReport(body, tag);
      break;
    case 'READER_EVENT_NOTIFICATION':
      type = MESSAGE_TYPE.READER_EVENT_NOTIFICATION;
      writeReaderEvent(body, message.event);
      break;
    default:
      type = MESSAGE_TYPE[message.type];
      writeStatus(body, message.status);
  }
  const bodyBytes = body.toBuffer();
  const header = Buffer.alloc(LLRP_HEADER_BYTES);
  header.writeUInt16BE(((LLRP_VERSION & 7) << 10) | (type & 0x3ff), 0);
  header.writeUInt32BE(LLRP_HEADER_BYTES + bodyBytes.length, 2);
  header.writeUInt32BE(message.id >>> 0, 6);
  return Buffer.concat([header, bodyBytes]);
}
