import { normalizeEpcHex, RfidError } from './rfid-error';

/** One tag seen during an inventory, merged over every time it was seen. */
export interface TagRead {
  /** EPC as upper-case hex, most significant word first */
  epc: string;
  /** antenna the reader saw it on (1-based), when the reader says */
  antennaId?: number;
  /** strongest backscatter seen, in dBm, when the reader says */
  peakRssiDbm?: number;
  /** how many times the reader saw it */
  seenCount: number;
}

export interface WriteEpcRequest {
  /** write only the tag carrying this EPC; without it, the one tag in the field */
  currentEpc?: string;
  /** the 96-bit EPC to write (24 hex digits), e.g. the pallet's SSCC-96 */
  newEpc: string;
}

/**
 * What the desk needs from an RFID reader, whatever it speaks (LLRP, a serial frame protocol).
 * Methods reject with an RfidError only; `close` never rejects.
 */
export interface RfidReader {
  inventory(durationMs: number): Promise<TagRead[]>;
  writeEpc(request: WriteEpcRequest): Promise<void>;
  close(): Promise<void>;
}

/** Adds one sighting to the reads so far: same EPC -> one TagRead with the counts added up. */
export function mergeTagRead(reads: Map<string, TagRead>, seen: TagRead): void {
  const known = reads.get(seen.epc);
  if (!known) {
    reads.set(seen.epc, { ...seen });
    return;
  }
  known.seenCount += seen.seenCount;
  if (seen.peakRssiDbm !== undefined && (known.peakRssiDbm === undefined || seen.peakRssiDbm > known.peakRssiDbm)) known.peakRssiDbm = seen.peakRssiDbm;
  if (known.antennaId === undefined && seen.antennaId !== undefined) known.antennaId = seen.antennaId;
}

/**
 * The EPC of the one tag a write is for: the request's currentEpc, or else the only tag an
 * inventory finds. Writing "whatever answers first" with two tags on the desk could tag the wrong
 * pallet, so two or more tags is refused.
 */
export async function targetEpcOf(
  request: WriteEpcRequest,
  inventory: (durationMs: number) => Promise<TagRead[]>,
  lookMs: number,
  where: string,
): Promise<string> {
  if (request.currentEpc !== undefined) return normalizeEpcHex(request.currentEpc, 'currentEpc');
  const tags = await inventory(lookMs);
  if (tags.length === 0) throw new RfidError('no-tag', `no tag in the field of ${where}: put the pallet's tag on the reader and try again`);
  if (tags.length > 1) {
    throw new RfidError(
      'several-tags',
      `${tags.length} tags are in the field of ${where} (${tags.map((t) => t.epc).join(', ')}): leave only the pallet's tag on the reader, or name the tag to write by its current EPC`,
    );
  }
  return tags[0]!.epc;
}
