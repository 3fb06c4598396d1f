/**
 * Why an RFID operation failed, so the desk can say what to do: put a tag on the reader, use
 * another tag, check the cable or the address...
 */
export type RfidErrorCode =
  | 'no-tag' // no tag (or not the expected one) answered in the reader's field
  | 'several-tags' // more than one tag is in the field and the desk cannot tell which to write
  | 'tag-locked' // the tag's EPC memory is locked against writing
  | 'write-failed' // the tag answered but the write did not complete
  | 'timeout' // the reader did not answer in time
  | 'connection' // could not reach the reader, or the connection dropped
  | 'protocol' // the reader sent bytes that do not follow its protocol
  | 'reader-refused' // the reader answered with an error status
  | 'bad-request' // the desk asked for something invalid (not a hex EPC...)
  | 'bad-address'; // the reader address cannot be understood

export class RfidError extends Error {
  constructor(
    readonly code: RfidErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RfidError';
  }
}

/** Upper-case hex EPC of whole 16-bit words, or an RfidError naming the field. */
export function normalizeEpcHex(epc: string, field: string): string {
  const hex = epc.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex)) throw new RfidError('bad-request', `${field} '${epc}' is not hexadecimal`);
  if (hex.length % 4 !== 0)
    throw new RfidError('bad-request', `${field} '${epc}' is not a whole number of 16-bit words (${hex.length} hex digits; a word is 4)`);
  return hex;
}

/** The new EPC of a write: exactly 96 bits, because only the EPC words are written and the PC length stays. */
export function normalizeNewEpc(epc: string): string {
  const hex = normalizeEpcHex(epc, 'newEpc');
  if (hex.length !== 24)
    throw new RfidError('bad-request', `newEpc '${epc}' has ${hex.length * 4} bits; the desk writes 96-bit EPCs (24 hex digits) such as SSCC-96`);
  return hex;
}
