import { gen2Crc16, pcWordFor } from './gen2-crc16';
import { normalizeEpcHex } from './rfid-error';

export interface SimulatedTagOptions {
  /** the EPC memory is locked: writes fail as they do on a real locked tag */
  locked?: boolean;
  /** the tag answers inventory but not a write (it moved away mid-write) */
  silentOnWrite?: boolean;
  antennaId?: number;
  peakRssiDbm?: number;
  /** EPC words the tag's memory holds (default: its EPC's length) */
  epcCapacityWords?: number;
}

export interface SimulatedTag {
  epc: string;
  locked: boolean;
  silentOnWrite: boolean;
  antennaId: number;
  peakRssiDbm: number;
  /** the EPC bank from word 2 on: the EPC (as long as the PC says) and any spare words after it */
  memory: string;
}

export type TagWriteOutcome = 'written' | 'locked' | 'overrun' | 'no-response' | 'unsupported';

const MEMORY_BANK_EPC = 1;
const EPC_FIRST_WORD = 2;

/** The tags in a simulated reader's field, with the Gen2 EPC memory behaviour a write needs. */
export class SimulatedTagField {
  private readonly tags: SimulatedTag[] = [];

  place(epc: string, options: SimulatedTagOptions = {}): SimulatedTag {
    const hex = normalizeEpcHex(epc, 'EPC');
    const tag: SimulatedTag = {
      epc: hex,
      locked: options.locked ?? false,
      silentOnWrite: options.silentOnWrite ?? false,
      antennaId: options.antennaId ?? 1,
      peakRssiDbm: options.peakRssiDbm ?? -52,
      memory: hex.padEnd(Math.max(options.epcCapacityWords ?? 0, hex.length / 4) * 4, '0'),
    };
    this.remove(hex);
    this.tags.push(tag);
    return tag;
  }

  remove(epc: string): void {
    const hex = epc.toUpperCase();
    const at = this.tags.findIndex((t) => t.epc === hex);
    if (at >= 0) this.tags.splice(at, 1);
  }

  /** the tags now in the field, in the order they were placed */
  list(): readonly SimulatedTag[] {
    return this.tags;
  }

  /** Gen2 Write into the EPC bank from `wordPointer` on; only the EPC words (from word 2) are modelled. */
  write(tag: SimulatedTag, memoryBank: number, wordPointer: number, wordsHex: string): TagWriteOutcome {
    if (tag.silentOnWrite) return 'no-response';
    if (memoryBank !== MEMORY_BANK_EPC || wordPointer < EPC_FIRST_WORD) return 'unsupported';
    if (tag.locked) return 'locked';
    const start = wordPointer - EPC_FIRST_WORD;
    const words = wordsHex.length / 4;
    if ((start + words) * 4 > tag.memory.length) return 'overrun';
    tag.memory = tag.memory.slice(0, start * 4) + wordsHex.toUpperCase() + tag.memory.slice((start + words) * 4);
    // the PC word is not rewritten, so the EPC keeps its length
    tag.epc = tag.memory.slice(0, tag.epc.length);
    return 'written';
  }
}

/** The tag's EPC bank as bits: StoredCRC, PC word, EPC (what a C1G2TargetTag pointer counts in). */
export function epcBankHex(tag: SimulatedTag): string {
  const pcAndEpc = Buffer.concat([Buffer.from([pcWordFor(tag.epc.length / 4) >> 8, 0]), Buffer.from(tag.epc, 'hex')]);
  const crc = gen2Crc16(pcAndEpc);
  return crc.toString(16).padStart(4, '0').toUpperCase() + pcAndEpc.toString('hex').toUpperCase();
}

/** Whether bits [pointer, pointer + maskBits) of `memoryHex` equal `dataHex` wherever the mask has a 1. */
export function bitsMatch(memoryHex: string, pointer: number, maskHex: string, maskBits: number, dataHex: string): boolean {
  for (let i = 0; i < maskBits; i += 1) {
    if (!bitAt(maskHex, i)) continue;
    const at = pointer + i;
    if (at >= memoryHex.length * 4) return false;
    if (bitAt(memoryHex, at) !== bitAt(dataHex, i)) return false;
  }
  return true;
}

function bitAt(hex: string, index: number): boolean {
  const nibble = parseInt(hex[index >> 2] ?? '0', 16);
  return ((nibble >> (3 - (index & 3))) & 1) === 1;
}
