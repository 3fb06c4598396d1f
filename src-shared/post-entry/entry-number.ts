/**
 * CBP entry numbers (CBP Form 7501 block 1; CATAIR Appendix E "Valid Entry Numbers"): a 3-character
 * filer code, a 7-digit transaction number and a check digit, printed XXX-NNNNNNN-C.
 * Pure: used by the engine (X12 350, CSV status lists, deadlines) and by the renderer's forms.
 * Written by hand because the check digit is CBP's own (a Luhn variant over letters mapped to digits).
 */

export interface EntryNumber {
  /** 3 letters or digits, e.g. "B76" (kept apart from the number: CBP may widen either part). */
  filerCode: string;
  /** 7 digits with leading zeros kept, e.g. "0324527". */
  transactionNumber: string;
  checkDigit: number;
  /** Upper case, no dashes: "B7603245278". */
  compact: string;
  /** As printed on the 7501: "B76-0324527-8". */
  display: string;
}

export type EntryNumberResult = { ok: true; value: EntryNumber } | { ok: false; problem: string };

/** Today's format with optional dashes (post-entry-facts §1); checked after upper-casing. */
const FORMAT = /^([A-Z0-9]{3})-?(\d{7})-?(\d)$/;

/**
 * Letters of the filer code become digits in three runs (CATAIR Appendix E, AE Table 1):
 * A–I → 1–9, J–R → 1–9, S–Z → 2–9. So "Z99" and "999" share a check digit.
 */
function filerDigit(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  const letter = code - 65; // A = 0
  if (letter < 9) return letter + 1; // A–I
  if (letter < 18) return letter - 8; // J–R
  return letter - 16; // S = 2 … Z = 9
}

/**
 * The check digit of a filer code and 7-digit number: Luhn mod 10 over the 10-digit base, doubling
 * every second digit from the rightmost one (post-entry-facts §1, CATAIR Appendix E).
 */
export function entryCheckDigit(filerCode: string, transactionNumber: string): number {
  // A loop over the characters, no arrays: a year of status messages checks a million numbers.
  const base = filerCode.toUpperCase() + transactionNumber;
  let sum = 0;
  for (let i = base.length - 1, double = true; i >= 0; i--, double = !double) {
    const digit = i < filerCode.length ? filerDigit(base[i]!) : base.charCodeAt(i) - 48;
    const value = double ? digit * 2 : digit;
    sum += value > 9 ? value - 9 : value;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Reads an entry number as a person or a message writes it ("B76-0324527-8", "b7603245278"),
 * checking the format, the filer code and the check digit; the problem says what to fix.
 */
export function parseEntryNumber(text: string): EntryNumberResult {
  const trimmed = text.trim().toUpperCase();
  if (trimmed === '') return { ok: false, problem: 'the entry number is empty; it is 3 filer-code characters, 7 digits and a check digit, e.g. B76-0324527-8' };
  const match = FORMAT.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      problem: `"${text.trim()}" is not an entry number: it is 3 filer-code letters or digits, 7 digits and a check digit, e.g. B76-0324527-8 (CBP Form 7501 block 1)`,
    };
  }
  const [, filerCode = '', transactionNumber = '', check = ''] = match;
  if (filerCode === '000') return { ok: false, problem: `"${text.trim()}" has filer code 000, which CBP never assigns (numeric filer codes run 001–999)` };
  const expected = entryCheckDigit(filerCode, transactionNumber);
  if (Number(check) !== expected) {
    return {
      ok: false,
      problem: `"${text.trim()}" has check digit ${check}, but filer code ${filerCode} with number ${transactionNumber} gives ${expected}; check the number against the entry summary (7501 block 1)`,
    };
  }
  return { ok: true, value: makeEntryNumber(filerCode, transactionNumber, expected) };
}

function makeEntryNumber(filerCode: string, transactionNumber: string, checkDigit: number): EntryNumber {
  return {
    filerCode,
    transactionNumber,
    checkDigit,
    compact: `${filerCode}${transactionNumber}${checkDigit}`,
    display: `${filerCode}-${transactionNumber}-${checkDigit}`,
  };
}
