import { z } from 'zod';
import { addDays, deskDay } from './desk-day';
import { MONEY_BOUNDS, moneyField } from './money-fields';
import { UNITS } from '../units';

/** Entry numbers are kept exactly as the broker gives them ("2023-000123", "ABC-1234567-8"). */
export const entryNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,19}$/, 'an entry number is 3–20 letters, digits or dashes, e.g. 2023-000123');

/** Ten-digit HTSUS number; dots are accepted on input and dropped. */
export const htsSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/\./g, ''))
  .pipe(z.string().regex(/^\d{10}$/, 'an HTS number has 10 digits, e.g. 6109.10.0012'));

/** A real calendar date written YYYY-MM-DD, nothing more (what-if calculators, labels); ledger fields use dateField. */
export const isoDateSchema = z.iso.date('a date is written YYYY-MM-DD');

/** No ledger date is older than this: an earlier year is a typing slip (0023 for 2023). */
export const EARLIEST_DAY = '1900-01-01';

export interface DateRule {
  /** the field as a person knows it: "export date" */
  label: string;
  /** how many days after the desk's today the date may be (at least 1: time zones) */
  daysAhead: number;
  /** why a later date is refused, in words: "an export is recorded once it has left" */
  why: string;
}

/** A ledger date: a real calendar date, not before 1900 and not further ahead of today than the field allows. */
export function dateField({ label, daysAhead, why }: DateRule) {
  return z.iso.date(`${label} is a date written YYYY-MM-DD, e.g. 2024-03-04`).superRefine((day, ctx) => {
    const problem = dateProblem(day, label, daysAhead, why);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: day });
  });
}

/** Why `day` (YYYY-MM-DD) is not plausible for the field, or null; also used for times (their date part). */
export function dateProblem(day: string, label: string, daysAhead: number, why: string): string | null {
  if (day < EARLIEST_DAY) return `${label} ${day} is before ${EARLIEST_DAY}; check the year`;
  const today = deskDay();
  const latest = latestDay(today, daysAhead);
  if (day > latest) return `${label} ${day} is after ${latest} (today is ${today}): ${why}; check the year`;
  return null;
}

/** today + days, remembered: a million-row file asks the same question a million times. */
const latestDays = new Map<string, string>();
function latestDay(today: string, days: number): string {
  const key = `${today}+${days}`;
  let latest = latestDays.get(key);
  if (latest === undefined) {
    if (latestDays.size > 64) latestDays.clear();
    latestDays.set(key, (latest = addDays(today, days)));
  }
  return latest;
}

/** An amount on one line, never negative, up to a line's duty bound; prefer moneyField with the field's own label and bound. */
export const moneySchema = moneyField({ label: 'amount', per: 'one line', max: MONEY_BOUNDS.lineDuty });

/** Numbers, or digits from a CSV cell or form field; never booleans or blanks coerced into 1 or 0. */
export const quantitySchema = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^-?\d+$/, 'a quantity is a whole number')
        .transform(Number),
    ],
    { error: 'a quantity is a whole number' },
  )
  .pipe(
    z
      .number()
      .int('a quantity is a whole number')
      .positive('a quantity must be more than zero')
      .max(1_000_000_000, 'a quantity above one billion is not credible'),
  );

/**
 * A line number: a whole JSON number, or plain decimal digits (no sign, 0x, exponent or spaces
 * inside: "0x1" and "1e0" are not line 1), from 1 to `max`.
 */
export function lineNumberField(label: string, max: number) {
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,9}$/, `${label} is a whole number written in digits, e.g. 1`)
          .transform(Number),
      ],
      { error: `${label} is a whole number written in digits, e.g. 1` },
    )
    .pipe(
      z
        .number()
        .int(`${label} is a whole number written in digits, e.g. 1`)
        .min(1, `${label} starts at 1`)
        .max(max, `${label} is at most ${max.toLocaleString('en-US')}`),
    );
}
/** Entry summary lines (CBP Form 7501 numbers them; 99,999 leaves room beyond any ACE entry summary). */
export const entryLineNumberSchema = lineNumberField('line number', 99_999);
/** Export shipment lines, and any other list a desk numbers: a million lines is more than any shipment. */
export const exportLineNumberSchema = lineNumberField('line number', 1_000_000);

export const uomSchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(UNITS, { error: `unit must be one of ${UNITS.join(', ')}` }));

const CHARACTER_NAMES: Record<string, string> = {
  '\u0000': 'NUL',
  '\t': 'tab',
  '\n': 'line feed',
  '\r': 'carriage return',
  '\u001b': 'escape',
  '\u007f': 'delete',
  '\u0085': 'next line',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u061c': 'Arabic letter mark',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'byte order mark',
};
/** C0 and C1 controls (NUL, line breaks, escape...), DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** The same, but tab and line breaks are fine in free text (a reason typed over several lines). */
const CONTROL_IN_TEXT = /(?![\t\n\r])\p{Cc}/u;
/** Marks that reorder how text is shown (Trojan Source): embeddings, overrides, isolates, LRM/RLM/ALM. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Characters that show nothing, so two codes that look alike differ. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/** Any character one of the three rules may refuse. */
const SUSPECT = /[\p{Cc}\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

function named(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return CHARACTER_NAMES[c] ? `${CHARACTER_NAMES[c]}, ${code}` : code;
}

/** What is wrong with the characters of a value, in words, or null. */
function characterProblem(text: string, label: string, kind: 'code' | 'name' | 'text'): string | null {
  if (!SUSPECT.test(text)) return null; // nearly every value: one scan
  const control = (kind === 'text' ? CONTROL_IN_TEXT : CONTROL).exec(text)?.[0];
  if (control) return `${label} holds a control character (${named(control)}) that labels, scanners and files cannot carry; remove it`;
  const bidi = BIDI.exec(text)?.[0];
  if (bidi) return `${label} holds an invisible direction mark (${named(bidi)}) that shows the text differently from what is stored; remove it`;
  const invisible = kind === 'code' ? INVISIBLE.exec(text)?.[0] : undefined;
  if (invisible) return `${label} holds an invisible character (${named(invisible)}), so it would not match the same code typed again; remove it`;
  return null;
}

interface TextRule {
  /** the field as a person knows it: "lot", "importer" */
  label: string;
  max: number;
  /** 1 (the default): required; 0: may be blank */
  min?: number;
  /** the message when it is shorter than `min`; "LABEL is required" by default */
  short?: string;
}

function textField(kind: 'code' | 'name' | 'text', { label, max, min = 1, short }: TextRule, upper: boolean) {
  const base = z.string({ error: `${label} is text` }).trim();
  return (upper ? base.toUpperCase() : base)
    .min(min, short ?? (min === 1 ? `${label} is required` : `${label} has at least ${min} characters`))
    .max(max, `${label} has at most ${max} characters`)
    .superRefine((text, ctx) => {
      const problem = characterProblem(text, label, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
    });
}

/** A code a person types, scans or prints (SKU, lot, bin, reference): no control, direction or invisible characters. */
export const codeField = (rule: TextRule & { upper?: boolean }) => textField('code', rule, rule.upper ?? false);
/** A name (importer, exporter, claimant, description): no control or direction characters. */
export const nameField = (rule: TextRule) => textField('name', rule, false);
/** Free text over lines (a reason, a note): tabs and line breaks are fine, other controls and direction marks are not. */
export const noteField = (rule: TextRule) => textField('text', rule, false);

/** Why something was done: the audit trail's reason. */
export const reasonSchema = noteField({ label: 'reason', min: 5, max: 1000, short: 'give a reason of at least 5 characters' });

export const skuSchema = codeField({ label: 'SKU', max: 40 });
export const lotCodeSchema = codeField({ label: 'lot', max: 40 });
export const locationCodeSchema = codeField({ label: 'location', max: 30, upper: true });
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'country of origin is a 2-letter ISO code');
