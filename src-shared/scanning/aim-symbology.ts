/**
 * AIM symbology identifiers (ISO/IEC 15424): "]" + code character + modifier, sent by a scanner ahead
 * of the data when it is set to. The modifier says how the symbol was read, and for GS1 symbologies
 * that it opens with FNC1, i.e. that the data is a GS1 element string (GS1 General Specifications
 * §5.1.2). Pure and shared: every scanner kind names its symbology from here.
 */
export interface AimSymbology {
  aim: string;
  name: string;
  /** The data is a GS1 element string (FNC1 in first position). */
  gs1: boolean;
}

const KNOWN: Record<string, { name: string; gs1?: true }> = {
  ']A0': { name: 'Code 39' },
  ']A1': { name: 'Code 39 (check character verified)' },
  ']A3': { name: 'Code 39 (check character verified and stripped)' },
  ']A4': { name: 'Code 39 Full ASCII' },
  ']C0': { name: 'Code 128' },
  ']C1': { name: 'GS1-128', gs1: true },
  ']C2': { name: 'Code 128 (FNC1 in second position)' },
  ']C4': { name: 'Code 128 (ISBT 128 concatenation)' },
  ']E0': { name: 'EAN-13 / UPC-A / UPC-E' },
  ']E1': { name: 'EAN/UPC two-digit add-on' },
  ']E2': { name: 'EAN/UPC five-digit add-on' },
  ']E3': { name: 'EAN-13 / UPC with add-on' },
  ']E4': { name: 'EAN-8' },
  ']e0': { name: 'GS1 DataBar', gs1: true },
  ']d0': { name: 'Data Matrix (ECC 000–140)' },
  ']d1': { name: 'Data Matrix' },
  ']d2': { name: 'GS1 DataMatrix', gs1: true },
  ']Q0': { name: 'QR Code (model 1)' },
  ']Q1': { name: 'QR Code' },
  ']Q2': { name: 'QR Code (ECI)' },
  ']Q3': { name: 'GS1 QR Code', gs1: true },
  ']Q5': { name: 'QR Code (FNC1 in second position)' },
  ']J0': { name: 'DotCode' },
  ']J1': { name: 'GS1 DotCode', gs1: true },
  ']I0': { name: 'ITF (Interleaved 2 of 5)' },
  ']I1': { name: 'ITF (check digit verified)' },
  ']I3': { name: 'ITF (check digit verified and stripped)' },
  ']L0': { name: 'PDF417' },
  ']F0': { name: 'Codabar' },
  ']G0': { name: 'Code 93' },
  ']z0': { name: 'Aztec' },
};

/** Code characters, for identifiers whose modifier the table above does not list. */
const FAMILIES: Record<string, string> = {
  A: 'Code 39',
  C: 'Code 128',
  E: 'EAN/UPC',
  e: 'GS1 DataBar',
  d: 'Data Matrix',
  Q: 'QR Code',
  J: 'DotCode',
  I: 'ITF (Interleaved 2 of 5)',
  L: 'PDF417',
  F: 'Codabar',
  G: 'Code 93',
  H: 'Code 11',
  M: 'MSI',
  S: 'Standard 2 of 5',
  X: 'other symbology',
  Z: 'data not read from a symbol',
  z: 'Aztec',
};

const AIM_SHAPE = /^\][A-Za-z][0-9A-Za-z]$/;

/** True for a three-character "]cm" identifier, known or not. */
export function isAimIdentifier(text: string): boolean {
  return AIM_SHAPE.test(text);
}

/** Name and GS1-ness of an identifier; an unknown modifier gets its family's name; null when not "]cm". */
export function aimSymbology(aim: string): AimSymbology | null {
  if (!isAimIdentifier(aim)) return null;
  const known = KNOWN[aim];
  if (known) return { aim, name: known.name, gs1: known.gs1 === true };
  const family = FAMILIES[aim[1]!];
  return { aim, name: family ? `${family} (${aim})` : `symbology ${aim}`, gs1: false };
}
