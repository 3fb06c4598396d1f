import { z } from 'zod';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import { parseIsoDate } from '../../../src-shared/post-entry/calendar-date';
import { parseEntryNumber } from '../../../src-shared/post-entry/entry-number';
import { liquidationLimits } from './deadlines/deemed-liquidation';
import type { EntryDates } from './deadlines/entry-deadlines';

const FIELDS = [
  'entry',
  'entryDate',
  'releaseDate',
  'scheduledLiquidation',
  'liquidationDate',
  'extendedLiquidation',
  'reconciliationFlagDate',
  'statement',
] as const;

const date = (field: string, what: string) =>
  z
    .string({ error: `${field} (${what}) is a date written YYYY-MM-DD, e.g. "2025-03-14"` })
    .refine((s) => parseIsoDate(s) !== undefined, { message: `${field} (${what}) is not a calendar date written YYYY-MM-DD, e.g. "2025-03-14"` });

const entrySchema = z
  .strictObject({
    entry: z.string({ error: 'entry is the entry number as text, e.g. "B76-0324527-8"' }).superRefine((text, ctx) => {
      const number = parseEntryNumber(text);
      if (!number.ok) ctx.addIssue({ code: 'custom', message: number.problem });
    }),
    entryDate: date('entryDate', 'the date of entry, 7501 block 7'),
    releaseDate: date('releaseDate', 'the date CBP released the goods'),
    scheduledLiquidation: date('scheduledLiquidation', 'the liquidation date CBP scheduled').optional(),
    liquidationDate: date('liquidationDate', 'the date liquidation was posted').optional(),
    extendedLiquidation: date('extendedLiquidation', 'the date liquidation was extended to').optional(),
    reconciliationFlagDate: date('reconciliationFlagDate', 'the date the entry was flagged for reconciliation').optional(),
    statement: z.enum(['daily', 'monthly'], { error: 'statement is "daily" (daily statement) or "monthly" (periodic monthly statement)' }),
  })
  .superRefine((e, ctx) => {
    if (parseIsoDate(e.entryDate) === undefined) return;
    const after = (field: 'scheduledLiquidation' | 'liquidationDate', what: string) => {
      const value = e[field];
      if (value && value <= e.entryDate)
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} ${value} is not after the entry date ${e.entryDate}; ${what} comes after entry` });
    };
    after('scheduledLiquidation', 'a scheduled liquidation');
    after('liquidationDate', 'liquidation');
    if (e.extendedLiquidation && parseIsoDate(e.extendedLiquidation)) {
      const { oneYear, outerLimit } = liquidationLimits(e.entryDate);
      if (e.extendedLiquidation <= oneYear) {
        ctx.addIssue({
          code: 'custom',
          path: ['extendedLiquidation'],
          message: `extendedLiquidation ${e.extendedLiquidation} is not after the one-year date ${oneYear}; an extension runs past one year from entry (19 CFR 159.12(a)), so leave the field out if there is none`,
        });
      } else if (e.extendedLiquidation > outerLimit) {
        ctx.addIssue({
          code: 'custom',
          path: ['extendedLiquidation'],
          message: `extendedLiquidation ${e.extendedLiquidation} is after ${outerLimit}: extensions total at most 3 years, 4 years from entry (19 CFR 159.12(e)-(f)); a suspended entry has no deemed-liquidation date to compute`,
        });
      }
    }
  });

const fileSchema = z.strictObject({
  entries: z.array(z.unknown(), { error: 'the file is { "entries": [ ... ] }, a list of entries' }).min(1, 'entries is empty; list at least one entry'),
});

/** Where a problem is, in words: "entry 2 (B76-0324527-8), field entryDate". */
function place(index: number, raw: unknown, field: string | undefined): string {
  const number =
    typeof raw === 'object' && raw !== null && typeof (raw as { entry?: unknown }).entry === 'string' ? ` (${(raw as { entry: string }).entry})` : '';
  return `entry ${index + 1}${number}${field ? `, field ${field}` : ''}`;
}

/**
 * Validates a `calendar` input file (already JSON-parsed): every problem names the entry by its
 * position (1 = the first) and its number, and the field, and says what to write instead.
 */
export function parseCalendarInput(raw: unknown, source = 'the input'): EntryDates[] {
  const file = fileSchema.safeParse(raw);
  if (!file.success) {
    const issues: FieldIssue[] = file.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? { field: i.keys.join(', '), message: `unknown field; the file is { "entries": [ ... ] }` }
        : { field: i.path.join('.') || '(file)', message: i.message },
    );
    throw failure(source, issues);
  }
  const issues: FieldIssue[] = [];
  const entries: EntryDates[] = [];
  const seen = new Map<string, number>();
  file.data.entries.forEach((raw, index) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            issues.push({
              field: `entries.${index}.${key}`,
              message: `${place(index, raw, key)}: unknown field "${key}"; the fields are ${FIELDS.join(', ')}`,
            });
        } else {
          const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
          const message =
            field === undefined && issue.code === 'invalid_type'
              ? `each entry is an object such as { "entry": "B76-0324527-8", "entryDate": "2025-03-14", ... }`
              : issue.message;
          issues.push({ field: `entries.${index}${field ? `.${field}` : ''}`, message: `${place(index, raw, field)}: ${message}` });
        }
      }
      return;
    }
    const number = parseEntryNumber(parsed.data.entry);
    if (!number.ok) return; // reported by the schema
    const first = seen.get(number.value.compact);
    if (first !== undefined) {
      issues.push({
        field: `entries.${index}.entry`,
        message: `${place(index, raw, 'entry')}: the same entry is already entry ${first + 1}; list each entry once`,
      });
      return;
    }
    seen.set(number.value.compact, index);
    entries.push({ ...parsed.data, entry: number.value.display });
  });
  if (issues.length > 0) throw failure(source, issues);
  return entries;
}

function failure(source: string, issues: FieldIssue[]): AppError {
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new AppError('VALIDATION', `${source} is not valid: ${issues[0]!.message}${more}`, issues);
}
