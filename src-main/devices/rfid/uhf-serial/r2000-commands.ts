import { epcWordsOfPc, gen2Crc16 } from '../gen2-crc16';
import type { R2000Frame } from './r2000-frame';

/** Command codes of the R2000 serial protocol the desk uses. */
export const R2000_COMMAND = {
  write: 0x82,
  setAccessEpcMatch: 0x85,
  realTimeInventory: 0x89,
} as const;

/** the address every module answers to */
export const R2000_PUBLIC_ADDRESS = 0xff;
export const R2000_SUCCESS = 0x10;
export const R2000_ERROR = {
  commandFail: 0x11,
  antennaMissing: 0x22,
  tagWriteError: 0x33,
  noTag: 0x36,
  accessOrPasswordError: 0x40,
  epcMatchModeInvalid: 0x4e,
  noRn16FromTag: 0x50,
} as const;

/** The module's error codes, as its protocol document names them, with what a clerk can do. */
export const R2000_ERROR_MEANINGS: Readonly<Record<number, string>> = {
  0x10: 'success',
  0x11: 'command failed',
  0x20: 'the module’s processor reset',
  0x21: 'the carrier is still on',
  0x22: 'no antenna connected: check the antenna cable',
  0x23: 'writing the module’s flash failed',
  0x24: 'reading the module’s flash failed',
  0x25: 'setting the output power failed',
  0x31: 'inventory of tags failed',
  0x32: 'reading the tag failed',
  0x33: 'writing the tag failed',
  0x34: 'locking the tag failed',
  0x35: 'killing the tag failed',
  0x36: 'no tag in field: put the tag on the reader',
  0x37: 'the tag was found but could not be accessed',
  0x38: 'the module’s tag buffer is empty',
  0x3c: 'an NXP custom command failed',
  0x40: 'tag memory locked (or a wrong access password)',
  0x41: 'a parameter is invalid',
  0x42: 'the word count is too long',
  0x43: 'the memory bank is out of range',
  0x44: 'the lock region is out of range',
  0x45: 'the lock action is out of range',
  0x46: 'the reader address is invalid',
  0x47: 'the antenna number is out of range',
  0x48: 'the output power is out of range',
  0x49: 'the frequency region is out of range',
  0x4a: 'the baud rate is out of range',
  0x4b: 'the beeper mode is out of range',
  0x4c: 'the EPC to match is too long',
  0x4d: 'the EPC match length is wrong',
  0x4e: 'the EPC match mode is invalid',
  0x4f: 'the frequency range is invalid',
  0x50: 'the tag did not answer (no RN16): hold it closer to the antenna',
  0x51: 'the DRM mode is invalid',
  0x52: 'the module’s PLL did not lock',
  0x53: 'the module’s RF chip did not respond',
  0x54: 'the module could not reach the output power',
  0x55: 'the module’s copyright authentication failed',
  0x56: 'spectrum regulation error',
  0x57: 'the output power is too low',
  0xee: 'measuring the antenna port return loss failed',
};

export function r2000ErrorMeaning(code: number): string {
  return R2000_ERROR_MEANINGS[code] ?? `error code 0x${code.toString(16).padStart(2, '0')}`;
}

export const realTimeInventory = (address: number, repeat = 1): R2000Frame => ({
  address,
  command: R2000_COMMAND.realTimeInventory,
  data: Buffer.from([repeat]),
});

/** cmd_set_access_epc_match: later reads and writes only touch the tag with this EPC */
export const matchEpc = (address: number, epcHex: string): R2000Frame => {
  const epc = Buffer.from(epcHex, 'hex');
  return { address, command: R2000_COMMAND.setAccessEpcMatch, data: Buffer.concat([Buffer.from([0x00, epc.length]), epc]) };
};

export const cancelEpcMatch = (address: number): R2000Frame => ({ address, command: R2000_COMMAND.setAccessEpcMatch, data: Buffer.from([0x01]) });

/** cmd_write: Password (4), MemBank, WordAdd, WordCnt, Data */
export const writeWords = (address: number, memoryBank: number, wordAddress: number, wordsHex: string, accessPassword = 0): R2000Frame => {
  const words = Buffer.from(wordsHex, 'hex');
  const head = Buffer.alloc(7);
  head.writeUInt32BE(accessPassword >>> 0, 0);
  head.writeUInt8(memoryBank, 4);
  head.writeUInt8(wordAddress, 5);
  head.writeUInt8(words.length / 2, 6);
  return { address, command: R2000_COMMAND.write, data: Buffer.concat([head, words]) };
};

export type InventoryReply =
  | { kind: 'tag'; antennaId: number; frequencyIndex: number; pc: number; epc: string; rssiDbm: number }
  | { kind: 'round-end'; antennaId: number; readRate: number; totalRead: number }
  | { kind: 'error'; code: number; meaning: string }
  | { kind: 'malformed'; message: string };

/** RSSI byte to dBm: the protocol's table runs from 98 (-31 dBm) down to 31 (-98 dBm) */
const RSSI_OFFSET = 129;
export const rssiByteOf = (dbm: number): number => Math.max(0, Math.min(0xff, dbm + RSSI_OFFSET));

/** One reply to cmd_real_time_inventory: a tag (Freq_Ant, PC, EPC, RSSI), the round's end, or an error. */
export function readInventoryReply(data: Buffer): InventoryReply {
  if (data.length === 1) return { kind: 'error', code: data[0]!, meaning: r2000ErrorMeaning(data[0]!) };
  if (data.length === 7) return { kind: 'round-end', antennaId: data[0]! + 1, readRate: data.readUInt16BE(1), totalRead: data.readUInt32BE(3) };
  if (data.length < 4) return { kind: 'malformed', message: `an inventory reply of ${data.length} bytes is neither a tag, a round end nor an error` };
  const pc = data.readUInt16BE(1);
  const epcBytes = epcWordsOfPc(pc) * 2;
  if (data.length !== 1 + 2 + epcBytes + 1)
    return { kind: 'malformed', message: `a tag reply's PC 0x${pc.toString(16)} says ${epcBytes} EPC bytes, but the reply holds ${data.length - 4}` };
  return {
    kind: 'tag',
    antennaId: (data[0]! & 0x03) + 1,
    frequencyIndex: data[0]! >> 2,
    pc,
    epc: data
      .subarray(3, 3 + epcBytes)
      .toString('hex')
      .toUpperCase(),
    rssiDbm: data[3 + epcBytes]! - RSSI_OFFSET,
  };
}

export type WriteReply =
  | { kind: 'tag'; epc: string; errorCode: number; meaning: string; antennaId: number; writeCount: number }
  | { kind: 'error'; code: number; meaning: string }
  | { kind: 'malformed'; message: string };

/** The reply to cmd_write: TagCount (2), DataLen, PC + EPC + CRC, ErrCode, AntID, WriteCount — or one error byte. */
export function readWriteReply(data: Buffer): WriteReply {
  if (data.length === 1) return { kind: 'error', code: data[0]!, meaning: r2000ErrorMeaning(data[0]!) };
  if (data.length < 6 || data.length !== data[2]! + 6)
    return { kind: 'malformed', message: `a write reply of ${data.length} bytes does not match its DataLen ${data[2] ?? '?'}` };
  const tagData = data.subarray(3, 3 + data[2]!);
  const pc = tagData.length >= 4 ? tagData.readUInt16BE(0) : 0;
  const epcBytes = epcWordsOfPc(pc) * 2;
  if (tagData.length !== 2 + epcBytes + 2)
    return { kind: 'malformed', message: `a write reply's PC 0x${pc.toString(16)} says ${epcBytes} EPC bytes, but its tag data holds ${tagData.length - 4}` };
  const crc = tagData.readUInt16BE(2 + epcBytes);
  const expected = gen2Crc16(tagData.subarray(0, 2 + epcBytes));
  if (crc !== expected)
    return { kind: 'malformed', message: `a write reply's tag CRC is 0x${crc.toString(16)}, its PC and EPC need 0x${expected.toString(16)}` };
  const errorCode = data[data.length - 3]!;
  return {
    kind: 'tag',
    epc: tagData
      .subarray(2, 2 + epcBytes)
      .toString('hex')
      .toUpperCase(),
    errorCode,
    meaning: r2000ErrorMeaning(errorCode),
    antennaId: (data[data.length - 2]! & 0x03) + 1,
    writeCount: data[data.length - 1]!,
  };
}

/** The reply of a setting command: one ErrorCode byte. */
export function readStatusReply(data: Buffer): { ok: boolean; code: number; meaning: string } {
  const code = data.length === 1 ? data[0]! : -1;
  return { ok: code === R2000_SUCCESS, code, meaning: code < 0 ? `a ${data.length}-byte reply where one status byte belongs` : r2000ErrorMeaning(code) };
}
