import { gs1datamatrix, type DrawingContext, type RenderOptions } from 'bwip-js/generic';
import { aiName } from './gs1-ai-table';

/**
 * Checks a scan's element strings against the GS1 rules, worded for a clerk. The rules are not ours:
 * bwip-js (already the desk's label printer; 4.11.4 carries BWIPP 2026-05-28) lints GS1 data from the
 * GS1 Barcode Syntax Dictionary, begun by BWIPP and Zint and now maintained by GS1 as the machine-read
 * form of the General Specifications' AI rules. It checks that each AI exists, its length, character
 * sets 82/39/64, check digits, dates and times, ISO 3166 and ISO 4217 codes, the invalid pairs and
 * mandatory associations of §4.14, and repeated AIs; a bwip-js update brings new AIs. We only feed it
 * the elements (escaped, so a "(" in a value stays data) and reword what it says. No other npm package
 * does this: GS1's own Syntax Engine is not published there, and the parsers that are (bark-js,
 * gs1-barcode-parser-mod, gs1js) check no pairings, CSET 82, real dates or country codes.
 */
export interface Gs1Element {
  ai: string;
  value: string;
}

// The encoder draws nothing (dontdraw); bwip-js still asks for a drawing context.
const NO_DRAWING: DrawingContext<null> = {
  scale: () => null,
  measure: () => ({ width: 0, ascent: 0, descent: 0 }),
  init: () => {},
  line: () => {},
  polygon: () => {},
  hexagon: () => {},
  ellipse: () => {},
  fill: () => {},
  text: () => {},
  end: () => null,
};

/**
 * Stands in for the pallet's SSCC. On a GS1 logistic label the SSCC (00) has a barcode of its own
 * (GS1 Logistic Label Guideline), so a scan of the contents barcode — (02) + (37), (330n) gross
 * weight, (403) route — never holds it; the syntax dictionary says pairings are judged "over the
 * combined data received from all GS1 carriers marking a physical item". A requirement that the SSCC
 * alone meets is therefore left to the pallet's other barcode; every other requirement is enforced.
 */
const SSCC_ELSEWHERE: Gs1Element = { ai: '00', value: '000000000000000000' };

/** null when every rule holds, else the first rule broken, in words. */
export function checkGs1Rules(elements: Gs1Element[]): string | null {
  const first = lint(elements);
  if (first === null || first.code !== 'GS1missingAIs' || elements.some((e) => e.ai === '00')) return first && reword(first, elements);
  const again = lint([...elements, SSCC_ELSEWHERE]);
  return again && reword(again, elements);
}

interface LintError {
  code: string;
  message: string;
}

function lint(elements: Gs1Element[]): LintError | null {
  // "^NNN" is BWIPP's escape (parse option): brackets and carets in values must not read as syntax.
  const text = elements.map(({ ai, value }) => `(${ai})${value.replace(/[()^]/g, (c) => `^${c.charCodeAt(0).toString().padStart(3, '0')}`)}`).join('');
  try {
    // lintreqs: check mandatory associations too; dontdraw: lint and encode, draw nothing (BWIPP options bwip-js does not type).
    const options: RenderOptions & { lintreqs: boolean; dontdraw: boolean } = { bcid: 'gs1datamatrix', text, parse: true, lintreqs: true, dontdraw: true };
    gs1datamatrix(options, NO_DRAWING);
    return null;
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    const match = /^bwipp\.(\w+)#\d+: ([^]*)$/.exec(said);
    return match ? { code: match[1]!, message: match[2]! } : { code: 'other', message: said };
  }
}

function reword({ code, message }: LintError, elements: Gs1Element[]): string {
  const ai = /^AI (\d{2,4}):/.exec(message)?.[1] ?? /\((\d{2,4})\)/.exec(message)?.[1] ?? '';
  const value = elements.find((e) => e.ai === ai)?.value ?? '';
  const name = aiName(ai);
  switch (code) {
    case 'GS1unknownAI':
      return unknownAi(ai);
    case 'GS1valueTooLong':
      return `${name} "${value}" is too long (${value.length} characters)`;
    case 'GS1valueTooShort':
    case 'GS1tooShort':
      return `${name} "${value}" is too short (${value.length} characters)`;
    case 'GS1notNumeric':
      return `${name} takes digits only, got "${value}"`;
    case 'GS1badChecksum':
      return `${name} ${value} has a wrong check digit`;
    case 'GS1badCSET82character':
    case 'GS1UnknownCSET82Character':
      return notInCset82(name, value, /[^!"%-?A-Z_a-z]/.exec(value)?.[0] ?? '');
    case 'GS1badCSET39character':
      return `${name} "${value}" may hold only A–Z, 0–9, # - and / (GS1 character set 39)`;
    case 'GS1badMonth':
    case 'GS1badDay':
    case 'GS1badDateLength':
      return `${name} ${value} is not a real date${dateDetail(ai, value)}`;
    case 'GS1badHour':
    case 'GS1badMinute':
    case 'GS1badSecond':
    case 'GS1badTimeLength':
      return `${name} ${value} is not a real time (hours 00–23, minutes and seconds 00–59)`;
    case 'GS1UnknownCountry':
      return `${name} ${value} is not an ISO 3166 numeric country code (e.g. 840 United States, 156 China)`;
    case 'GS1UnknownCountryOr999':
      return `${name} "${value}" does not start with an ISO 3166 numeric country code or 999`;
    case 'GS1UnknownCountryAlpha':
      return `${name} "${value}" is not an ISO 3166 two-letter country code (e.g. US, CN)`;
    case 'GS1UnknownCurrency':
      return `${name} ${value} does not start with an ISO 4217 numeric currency code (e.g. 840 US dollar)`;
    case 'GS1repeatedDifferingAIs':
      return `${name} appears more than once with different values (${distinct(elements, ai)}); a barcode may repeat an AI only with the same value (GS1 General Specifications §4.14.1)`;
    case 'GS1exclusiveAIs':
      return exclusive(message, elements);
    case 'GS1missingAIs':
      return missing(ai, message);
    default:
      if (/TooMuchData|inputTooLong/.test(code)) return 'the scan holds more data than one GS1 barcode can carry';
      return `${name}: ${message.replace(/^AI \d{2,4}: /, '').replace(/^./, (c) => c.toLowerCase())}`;
  }
}

/** Character set 82 (GS1 General Specifications §7.11, Figure 7.11-1): the only characters of most text AIs. */
export function notInCset82(name: string, value: string, character: string): string {
  const what = character === ' ' ? 'a space' : character ? `"${character}"` : 'a character';
  return `${name} "${value}" holds ${what}, which a GS1 barcode cannot carry (GS1 character set 82: A–Z a–z 0–9 ! " % & ' ( ) * + , - . / : ; < = > ? _)`;
}

/** A measure or amount AI's last digit places the decimal point and only some digits are defined. */
function unknownAi(ai: string): string {
  const group = `${ai.slice(0, 3)}0`;
  if (/^3[1-6]\d\d$/.test(ai) && aiName(group) !== `AI (${group})`)
    return `AI (${ai}) does not exist: a measure AI's last digit places the decimal point and runs from 0 to 5 (e.g. (${ai.slice(0, 3)}2) for two decimals)`;
  return `AI (${ai}) does not exist in the GS1 General Specifications`;
}

function dateDetail(ai: string, value: string): string {
  if (!/^\d{6}$/.test(value)) return ' (YYMMDD)';
  const [month, day] = [Number(value.slice(2, 4)), value.slice(4, 6)];
  if (month < 1 || month > 12) return ` (YYMMDD: there is no month ${value.slice(2, 4)})`;
  if (day === '00') return ' (YYMMDD: day 00 is not allowed in this date)';
  return ` (YYMMDD: month ${value.slice(2, 4)} of year ${value.slice(0, 2)} has no day ${day})`;
}

function distinct(elements: Gs1Element[], ai: string): string {
  return [...new Set(elements.filter((e) => e.ai === ai).map((e) => e.value))].join(' and ');
}

/** "AIs (3103) and (310n) are mutually exclusive": names the element the pattern stands for. */
function exclusive(message: string, elements: Gs1Element[]): string {
  const [a = '', b = ''] = [...message.matchAll(/\((\d{2,4}n*)\)/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${b.replace(/n/g, '\\d')}$`);
  const other = b.includes('n') ? (elements.find((e) => e.ai !== a && pattern.test(e.ai))?.ai ?? b) : b;
  return `${aiName(a)} and ${aiName(other)} cannot be in the same barcode (GS1 General Specifications §4.14.1)`;
}

/** "…for AI (37) are missing: 00 WITH 02 OR 8026": every WITH group is needed, OR gives choices. */
function missing(ai: string, message: string): string {
  const rule = message.slice(message.lastIndexOf(':') + 1).trim();
  const groups = rule.split(' WITH ').filter((group) => !group.split(' OR ').includes('00'));
  const words = groups.map((group) =>
    group
      .split(' OR ')
      .map((choice) =>
        choice
          .split('+')
          .map((part) => (/n/.test(part) ? `an AI (${part})` : aiName(part)))
          .join(' with '),
      )
      .join(' or '),
  );
  return `${aiName(ai)} needs ${words.join(', and ') || aiName('00')} in the same scan (GS1 General Specifications §4.14.2)`;
}
