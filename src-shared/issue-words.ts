import { z } from 'zod';

/**
 * A validation problem in words a person at the desk can act on. The schemas word their own
 * messages ("an HTS number has 10 digits"); where zod's default stands ("Too small: expected string
 * to have >=10 characters") it is said again in words naming the field ("Exception ID has at least
 * 10 characters"), and a problem inside a list says which item ("(the 2nd line listed)"). The field path stays in
 * the issue's `field` key, for a screen to put the message beside its input; it is never the text.
 * Written by hand: zod's error maps see neither the whole path nor whether a message was custom.
 */

/** Words kept as a person writes them, not as code spells them. */
const WORDS: Record<string, string> = {
  hts: 'HTS',
  sku: 'SKU',
  uom: 'unit',
  epc: 'EPC',
  sscc: 'SSCC',
  mpf: 'MPF',
  hmf: 'HMF',
  gtin: 'GTIN',
  id: 'ID',
  cbp: 'CBP',
};

/** "periodStart" → "period start", "exceptionId" → "exception ID". */
export function keyInWords(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .split(' ')
    .map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase())
    .join(' ');
}

/** "lines" → "line", "entries" → "entry": the name of one item of a list. */
function singular(words: string): string {
  if (/ies$/.test(words)) return words.replace(/ies$/, 'y');
  if (/[^s]s$/.test(words)) return words.slice(0, -1);
  return words;
}

type Path = readonly PropertyKey[];

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Each step of a path in words, innermost first. In a request a list item is named by its place
 * ("the 2nd line listed": the line's own number may differ); in a file by its count ("transaction 2").
 */
function steps(path: Path, style: 'request' | 'file'): string[] {
  const out: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const item = singular(keyInWords(String(path[i - 1] ?? 'item')));
      out.push(style === 'request' ? `the ${ordinal(key + 1)} ${item} listed` : `${item} ${key + 1}`);
    } else if (typeof path[i + 1] !== 'number') out.push(keyInWords(String(key)));
  });
  return out.reverse();
}

/** The field in words: "period start", "HTS of the 2nd line listed"; the request itself when the path is empty. */
export function fieldInWords(path: Path, style: 'request' | 'file' = 'request'): string {
  const parts = steps(path, style);
  return parts.length === 0 ? 'the request' : parts.join(' of ');
}

/** The list items a path passes through, in words ("the 2nd line listed"), or null. */
export function itemInWords(path: Path, style: 'request' | 'file' = 'request'): string | null {
  const last = path.findLastIndex((key) => typeof key === 'number');
  return last < 0 ? null : fieldInWords(path.slice(0, last + 1), style);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const count = (n: number | bigint) => Number(n).toLocaleString('en-US');
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  object: 'a group of fields',
  array: 'a list',
  bigint: 'a whole number',
  date: 'a date',
};

const defaults = z.locales.en();
/** Whether the message is zod's own default for the issue, not one a schema wrote. */
function isZodDefault(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'invalid_type') return /^Invalid input: expected /.test(issue.message);
  return issue.message === defaults.localeError(issue as never) || /^Invalid (input|option|string|key|element)\b/.test(issue.message);
}

/** What is wrong with the field, as the end of a sentence naming it ("has at least 10 characters"). */
function defaultInWords(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return / received undefined$/.test(issue.message) ? 'is required' : `is ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'is required' : `has at least ${count(min)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `lists at least ${count(min)} item${min === 1 ? '' : 's'}`;
      return issue.inclusive ? `is ${count(min)} or more` : `is more than ${count(min)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return max === 0 ? 'must be left empty' : `has at most ${count(max)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return max === 0 ? 'must be an empty list' : `lists at most ${count(max)} item${max === 1 ? '' : 's'}`;
      return issue.inclusive ? `is ${count(max)} or less` : `is less than ${count(max)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `is ${String(issue.values[0])}` : `is one of ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `is a multiple of ${String(issue.divisor)}`;
    case 'invalid_format':
      return 'is not written the way it should be';
    default:
      return 'is not valid';
  }
}

/** The schema's own message, or zod's default said again naming the field ("Exception ID has at least 10 characters"). */
export function messageInWords(issue: z.core.$ZodIssue): string {
  return isZodDefault(issue) ? `${capitalized(fieldInWords(issue.path))} ${defaultInWords(issue)}` : issue.message;
}

/** The issue's message in words, with the list item it is in when a schema's own message cannot say ("(the 2nd line listed)"). */
export function issueInWords(issue: z.core.$ZodIssue): string {
  if (isZodDefault(issue)) return messageInWords(issue);
  const item = itemInWords(issue.path);
  return item ? `${issue.message} (${item})` : issue.message;
}

/** Where in a file a problem is: "transaction 2, field quantity", "field mpfPaid"; the key as the file spells it. */
export function placeInFile(path: Path): string | null {
  if (path.length === 0) return null;
  const last = path.at(-1)!;
  const item = itemInWords(path, 'file');
  if (typeof last === 'number') return item;
  return item ? `${item}, field ${String(last)}` : `field ${path.map(String).join('.')}`;
}
