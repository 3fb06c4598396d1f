/**
 * GS1 element strings, human-readable "(01)…(10)…" or raw with FNC1/GS separators as a scanner sends
 * them (GS1 General Specifications §3 and §7.8). Pure and shared: the renderer reads keyboard-wedge
 * and camera scans with it, the main process the scans of HID and serial scanners.
 */
export const GS = '\u001d';

export interface Gs1Element {
  ai: string;
  value: string;
}

export type Gs1Parse = { ok: true; elements: Gs1Element[] } | { ok: false; error: string };

interface AiSpec {
  /** exact length when fixed, maximum length when variable */
  length: number;
  fixed: boolean;
  numeric: boolean;
  /** the last digit is a GS1 mod-10 check digit */
  check?: boolean;
}

const fixedDigits = (length: number, check = false): AiSpec => ({ length, fixed: true, numeric: true, check });
const variable = (length: number, numeric = false): AiSpec => ({ length, fixed: false, numeric });

const SPECS: Record<string, AiSpec> = {
  '00': fixedDigits(18, true), // SSCC
  '01': fixedDigits(14, true), // GTIN
  '02': fixedDigits(14, true), // GTIN of contained trade items
  '10': variable(20), // batch or lot
  '11': fixedDigits(6), // production date
  '13': fixedDigits(6), // packaging date
  '15': fixedDigits(6), // best before
  '17': fixedDigits(6), // expiry
  '20': fixedDigits(2), // variant
  '21': variable(20), // serial
  '30': variable(8, true), // variable count of items
  '37': variable(8, true), // count of trade items contained
  '240': variable(30),
  '241': variable(30),
  '400': variable(30), // customer's purchase order
  '401': variable(30), // global identification number for consignment
  '402': fixedDigits(17, true), // global shipment identification number
  '403': variable(30), // routing code
  '410': fixedDigits(13, true), // ship to / deliver to GLN
  '411': fixedDigits(13, true), // bill to GLN
  '412': fixedDigits(13, true), // purchased from GLN
  '413': fixedDigits(13, true), // ship for GLN
  '414': fixedDigits(13, true), // physical location GLN
  '415': fixedDigits(13, true), // invoicing party GLN
  '416': fixedDigits(13, true), // production or service location GLN
  '417': fixedDigits(13, true), // party GLN
  '420': variable(20),
  '422': fixedDigits(3), // country of origin
};

/** Length of the AI at the start of `text` and its spec; measures 310n–369n are four digits + 6. */
export function lookupAi(text: string): { ai: string; spec: AiSpec } | null {
  for (const size of [2, 3]) {
    const ai = text.slice(0, size);
    const spec = SPECS[ai];
    if (spec && /^\d+$/.test(ai)) return { ai, spec };
  }
  if (/^9[1-9]/.test(text)) return { ai: text.slice(0, 2), spec: variable(90) }; // company internal
  if (/^3[1-6]\d\d/.test(text)) return { ai: text.slice(0, 4), spec: fixedDigits(6) }; // trade measures
  return null;
}

/** GS1 mod-10 check digit over all digits but the last (weights 3,1,3,… from the right). */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits.at(-1));
}

const SYMBOLOGY = /^\](C1|e0|d2|Q3|J1)/;

/** True when the text looks like a GS1 element string rather than a plain code. */
export function looksLikeGs1(text: string): boolean {
  return SYMBOLOGY.test(text) || /^\(\d{2,4}\)/.test(text) || text.includes(GS);
}

export function parseGs1(input: string): Gs1Parse {
  const text = input.trim().replace(SYMBOLOGY, '');
  const elements = text.startsWith('(') ? splitBracketed(text) : splitRaw(text.replace(new RegExp(`^${GS}+`), ''));
  if (!Array.isArray(elements)) return { ok: false, error: elements };
  for (const { ai, value } of elements) {
    const spec = lookupAi(ai)?.spec;
    if (!spec) return { ok: false, error: `AI (${ai}) is not one this desk reads` };
    const problem = checkValue(ai, value, spec);
    if (problem) return { ok: false, error: problem };
  }
  return elements.length > 0 ? { ok: true, elements } : { ok: false, error: 'the scan holds no GS1 element' };
}

function checkValue(ai: string, value: string, spec: AiSpec): string | null {
  if (value.length === 0) return `AI (${ai}) has no value`;
  if (spec.fixed && value.length !== spec.length) return `AI (${ai}) needs ${spec.length} characters, got ${value.length}`;
  if (!spec.fixed && value.length > spec.length) return `AI (${ai}) allows at most ${spec.length} characters`;
  if (spec.numeric && !/^\d+$/.test(value)) return `AI (${ai}) takes digits only, got "${value}"`;
  if (spec.check && !hasValidCheckDigit(value)) return `AI (${ai}) ${value} has a wrong check digit`;
  return null;
}

function splitBracketed(text: string): Gs1Element[] | string {
  const out: Gs1Element[] = [];
  const pattern = /\((\d{2,4})\)([^]*?)(?=\(\d{2,4}\)|$)/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = pattern.exec(text)) !== null && match[0].length > 0) {
    out.push({ ai: match[1]!, value: match[2]!.replaceAll(GS, '') });
    end = pattern.lastIndex;
  }
  return end === text.length ? out : `cannot read "${text.slice(end)}" as (AI)value`;
}

function splitRaw(text: string): Gs1Element[] | string {
  const out: Gs1Element[] = [];
  let at = 0;
  while (at < text.length) {
    const found = lookupAi(text.slice(at));
    if (!found) return `no known AI at "${text.slice(at, at + 6)}…"`;
    const start = at + found.ai.length;
    let stop: number;
    if (found.spec.fixed) stop = start + found.spec.length;
    else {
      const gs = text.indexOf(GS, start);
      stop = gs === -1 ? text.length : gs;
    }
    out.push({ ai: found.ai, value: text.slice(start, stop) });
    at = text[stop] === GS ? stop + 1 : stop;
  }
  return out;
}
