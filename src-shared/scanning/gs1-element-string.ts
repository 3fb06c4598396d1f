import { aiDigits, aiName, predefinedLength } from './gs1-ai-table';
import { checkGs1Rules, notInCset82, type Gs1Element } from './gs1-syntax-check';

/**
 * GS1 element strings, human-readable "(01)…(10)…" or raw with FNC1/GS separators as a scanner sends
 * them (GS1 General Specifications §3 and §7.8). Cut into (AI, value) by the AI's exact length — never
 * by a prefix that happens to match —, then held to every GS1 rule (gs1-syntax-check.ts). Pure and
 * shared: the renderer reads keyboard-wedge and camera scans with it, the main process HID and serial.
 */
export const GS = '\u001d';

export type { Gs1Element };

export type Gs1Parse = { ok: true; elements: Gs1Element[] } | { ok: false; error: string };

const SYMBOLOGY = /^\](C1|e0|d2|Q3|J1)/;

/** True when the text looks like a GS1 element string rather than a plain code. */
export function looksLikeGs1(text: string): boolean {
  return SYMBOLOGY.test(text) || /^\(\d{2,4}\)/.test(text) || text.includes(GS);
}

export function parseGs1(input: string): Gs1Parse {
  const text = input.trim().replace(SYMBOLOGY, '');
  const elements = text.startsWith('(') ? splitBracketed(text) : splitRaw(text.replace(new RegExp(`^${GS}+`), ''));
  if (typeof elements === 'string') return { ok: false, error: elements };
  if (elements.length === 0) return { ok: false, error: 'the scan holds no GS1 element' };
  for (const element of elements) {
    const problem = checkShape(element);
    if (problem) return { ok: false, error: problem };
  }
  const broken = checkGs1Rules(elements);
  return broken ? { ok: false, error: broken } : { ok: true, elements };
}

/** What the cutting itself can tell: an AI of the wrong length, an empty or cut-short field, bytes no GS1 barcode holds. */
function checkShape({ ai, value }: Gs1Element): string | null {
  const digits = aiDigits(ai);
  if (digits === null) return `AI (${ai}) does not exist: no GS1 AI starts with ${ai.slice(0, 2)}`;
  if (ai.length !== digits) return `AI (${ai}) does not exist: AIs starting with ${ai.slice(0, 2)} have ${digits} digits`;
  if (value.length === 0) return `AI (${ai}) has no value`;
  const fixed = predefinedLength(ai);
  if (fixed !== null && value.length !== fixed) return `AI (${ai}) needs ${fixed} characters, got ${value.length}`;
  const foreign = /[^\x21-\x7e]/.exec(value); // CSET 82, 39 and 64 are all printable ASCII without space
  if (foreign) return notInCset82(aiName(ai), value, foreign[0]);
  return null;
}

/** "(01)…(10)…": the bracketed digits are the AI as written; (011) is not (01) with a 1 in front of the value. */
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

/**
 * Raw data: the AI's first two digits give its length (§3.2); a predefined-length field (§7.8.5) is
 * cut at its length, every other field at the next GS (FNC1) or the end.
 */
function splitRaw(text: string): Gs1Element[] | string {
  const out: Gs1Element[] = [];
  let at = 0;
  while (at < text.length) {
    const digits = /^\d\d/.test(text.slice(at, at + 2)) ? aiDigits(text.slice(at, at + 2)) : null;
    if (digits === null) return `no GS1 AI starts at "${text.slice(at, at + 6)}…"`;
    const ai = text.slice(at, at + digits);
    if (!/^\d+$/.test(ai) || ai.length < digits) return `no GS1 AI starts at "${text.slice(at, at + 6)}…"`;
    const start = at + digits;
    const fixed = predefinedLength(ai);
    let stop: number;
    if (fixed !== null) stop = Math.min(start + fixed, text.indexOf(GS, start) === -1 ? text.length : text.indexOf(GS, start));
    else {
      const gs = text.indexOf(GS, start);
      stop = gs === -1 ? text.length : gs;
    }
    out.push({ ai, value: text.slice(start, stop) });
    at = text[stop] === GS ? stop + 1 : stop;
  }
  return out;
}
