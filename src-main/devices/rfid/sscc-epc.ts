import tds from 'epc-tds';
import { gs1CheckDigit } from '../../../src-shared/scanning/gs1-check-digit';

/** SSCC-96 filter value for a pallet: 2 = full case for transport (EPC Tag Data Standard, SSCC filter table). */
export const DEFAULT_SSCC_FILTER = 2;

/** An SSCC-96 EPC read back into GS1 terms. */
export interface Sscc96Epc {
  /** 18 digits, check digit included */
  sscc: string;
  companyPrefix: string;
  /** extension digit followed by the serial reference, as the EPC URIs write it */
  serialReference: string;
  filter: number;
  /** urn:epc:tag:sscc-96:FILTER.PREFIX.SERIAL */
  tagUri: string;
  /** urn:epc:id:sscc:PREFIX.SERIAL */
  pureIdentityUri: string;
}

/** Raised for an EPC or SSCC that cannot be converted; the message says what is wrong with which value. */
export class EpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EpcError';
  }
}

// The GS1 company prefix is 6 to 12 digits: SSCC-96 partitions 6 down to 0 (partition = 12 - length).
const MIN_PREFIX = 6;
const MAX_PREFIX = 12;
const SSCC_96_HEADER = '31';

/**
 * The SSCC-96 EPC (24 upper-case hex digits) of an 18-digit SSCC whose GS1 company prefix has
 * `companyPrefixLength` digits. epc-tds does the bit layout; this checks what it does not.
 */
export function ssccToSscc96Epc(sscc: string, companyPrefixLength: number, filter: number = DEFAULT_SSCC_FILTER): string {
  if (!/^\d{18}$/.test(sscc)) throw new EpcError(`SSCC '${sscc}' is not 18 digits`);
  const expected = gs1CheckDigit(sscc.slice(0, 17));
  if (sscc[17] !== expected) throw new EpcError(`SSCC '${sscc}' has check digit ${sscc[17]}; its first 17 digits need ${expected}`);
  if (!Number.isInteger(companyPrefixLength) || companyPrefixLength < MIN_PREFIX || companyPrefixLength > MAX_PREFIX) {
    throw new EpcError(`GS1 company prefix length ${companyPrefixLength} is not from ${MIN_PREFIX} to ${MAX_PREFIX} digits`);
  }
  if (!Number.isInteger(filter) || filter < 0 || filter > 7) throw new EpcError(`SSCC-96 filter ${filter} is not from 0 to 7`);
  const epc = new tds.Sscc96()
    .setFilter(filter)
    .setPartition(MAX_PREFIX - companyPrefixLength)
    .setSscc(sscc);
  return epc.toHexString().toUpperCase();
}

/** The SSCC (with its check digit) and company prefix an SSCC-96 EPC carries. */
export function sscc96FromEpc(epcHex: string): Sscc96Epc {
  const hex = epcHex.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-F]{24}$/.test(hex)) throw new EpcError(`EPC '${epcHex}' is not 96 bits (24 hex digits); an SSCC-96 EPC is`);
  if (!hex.startsWith(SSCC_96_HEADER))
    throw new EpcError(`EPC ${hex} is ${schemeName(hex)}, not SSCC-96 (header ${hex.slice(0, 2)}, SSCC-96 is ${SSCC_96_HEADER}): it does not carry an SSCC`);
  const epc = new tds.Sscc96(hex);
  const partition = epc.getPartition();
  if (partition > 6) throw new EpcError(`EPC ${hex} has SSCC-96 partition ${partition}; only 0 to 6 exist`);
  if (!hex.endsWith('000000')) throw new EpcError(`EPC ${hex} has data in the 24 reserved bits at the end of an SSCC-96; it is not an SSCC-96 EPC`);
  const [companyPrefix = '', serialReference = ''] = epc.toIdURI().slice('urn:epc:id:sscc:'.length).split('.');
  const prefixDigits = MAX_PREFIX - partition;
  // a field can hold a binary number larger than its digits allow: such an EPC names no SSCC
  if (companyPrefix.length !== prefixDigits)
    throw new EpcError(`EPC ${hex} holds company prefix ${companyPrefix}, more than the ${prefixDigits} digits its partition allows`);
  if (serialReference.length !== 17 - prefixDigits)
    throw new EpcError(`EPC ${hex} holds serial reference ${serialReference}, more than the ${17 - prefixDigits} digits its partition allows`);
  return { sscc: epc.getSscc(), companyPrefix, serialReference, filter: epc.getFilter(), tagUri: epc.toTagURI(), pureIdentityUri: epc.toIdURI() };
}

export function isSscc96Epc(epcHex: string): boolean {
  try {
    sscc96FromEpc(epcHex);
    return true;
  } catch {
    return false;
  }
}

/**
 * The EPC tag URI for display: urn:epc:tag:sscc-96:... for an SSCC-96, the matching scheme for
 * other GS1 EPCs (sgtin-96...), and the raw form urn:epc:raw:BITS.xHEX for anything else.
 */
export function epcUri(epcHex: string): string {
  const hex = epcHex.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex)) throw new EpcError(`EPC '${epcHex}' is not hexadecimal`);
  if (hex.startsWith(SSCC_96_HEADER)) {
    try {
      return sscc96FromEpc(hex).tagUri;
    } catch {
      return rawUri(hex);
    }
  }
  try {
    const uri = tds.valueOf(hex).toTagURI();
    return uri.startsWith('urn:epc:tag:') ? uri : rawUri(hex);
  } catch {
    return rawUri(hex);
  }
}

function rawUri(hex: string): string {
  return `urn:epc:raw:${hex.length * 4}.x${hex}`;
}

function schemeName(hex: string): string {
  try {
    return tds.valueOf(hex).getType();
  } catch {
    return 'not a GS1 EPC scheme epc-tds knows';
  }
}
