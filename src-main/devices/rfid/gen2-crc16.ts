/**
 * The CRC-16 of EPC Gen2 (ISO/IEC 18000-63): polynomial 0x1021, preset 0xFFFF, result inverted
 * (the CRC-16/GENIBUS of catalogues). A tag's StoredCRC covers its PC word and EPC; serial modules
 * report it with each tag. Ten lines, so written here rather than pulled in as a dependency.
 */
export function gen2Crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc ^ 0xffff;
}

/** The PC word of a tag whose EPC has `epcWords` 16-bit words: the length in its top 5 bits, other bits 0. */
export function pcWordFor(epcWords: number): number {
  return (epcWords & 0x1f) << 11;
}

/** EPC words from a PC word's length field. */
export function epcWordsOfPc(pc: number): number {
  return pc >>> 11;
}
