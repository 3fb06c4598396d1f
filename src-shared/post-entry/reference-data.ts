import { z } from 'zod';
import { parseIsoDate } from './calendar-date';

/**
 * Schemas of the post-entry reference data the desk ships as editable JSON (DESIGN §5: code lists and
 * calendars are data, not constants): federal holidays, CBP's yearly monthly-statement dates and the
 * CBP disposition codes. Each file is read by main and checked here before any rule uses it.
 */

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, 'a date is a real calendar day written YYYY-MM-DD');
const isWeekend = (s: string) => [0, 6].includes(parseIsoDate(s)?.getDay() ?? -1);

export const holidayCalendarSchema = z
  .object({
    title: z.string().optional(),
    source: z.string().optional(),
    /** The first and last day the list is complete for; working days outside it are not computed. */
    covers: z.strictObject({ from: isoDate, to: isoDate }),
    days: z.array(z.strictObject({ date: isoDate, name: z.string().min(1, 'give the holiday a name') })),
  })
  .superRefine((calendar, ctx) => {
    if (calendar.covers.from > calendar.covers.to) ctx.addIssue({ code: 'custom', path: ['covers'], message: 'covers.from must not be after covers.to' });
    const seen = new Set<string>();
    calendar.days.forEach((day, i) => {
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `${day.date} is listed twice` });
      seen.add(day.date);
      if (isWeekend(day.date))
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: `${day.date} (${day.name}) is a Saturday or Sunday; list the weekday it is observed on instead`,
        });
      if (day.date < calendar.covers.from || day.date > calendar.covers.to)
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: `${day.date} lies outside covers (${calendar.covers.from} to ${calendar.covers.to}); widen covers or remove the day`,
        });
    });
  });
export type HolidayCalendarData = z.infer<typeof holidayCalendarSchema>;

export const pmsCalendarSchema = z
  .object({
    title: z.string().optional(),
    source: z.string().optional(),
    /** One row per month in which a periodic monthly statement is paid (for entries released the month before). */
    months: z.array(
      z.strictObject({
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month is written YYYY-MM'),
        preliminary: isoDate.optional(),
        due: isoDate,
        source: z.string().optional(),
      }),
    ),
  })
  .superRefine((calendar, ctx) => {
    const seen = new Set<string>();
    calendar.months.forEach((row, i) => {
      if (seen.has(row.month)) ctx.addIssue({ code: 'custom', path: ['months', i, 'month'], message: `${row.month} is listed twice` });
      seen.add(row.month);
      if (!row.due.startsWith(row.month))
        ctx.addIssue({ code: 'custom', path: ['months', i, 'due'], message: `the due date ${row.due} is not in ${row.month}` });
    });
  });
export type PmsCalendarData = z.infer<typeof pmsCalendarSchema>;

/**
 * What a disposition code does to the cargo (post-entry-facts §4): a hold (cargo must not move), a
 * do-not-load order, an exam (a hold), a release or hold removal, a reversal of an earlier code, or
 * advice only.
 */
export const DISPOSITION_CATEGORIES = ['hold', 'do-not-load', 'exam', 'release', 'reversal', 'info'] as const;
export type DispositionCategory = (typeof DISPOSITION_CATEGORIES)[number];

export const dispositionCodesSchema = z
  .object({
    title: z.string().optional(),
    source: z.string().optional(),
    codes: z.array(
      z.strictObject({
        code: z.string().regex(/^[0-9A-Z]{2,3}$/, 'a disposition code is 2 or 3 letters or digits'),
        meaning: z.string().min(1),
        category: z.enum(DISPOSITION_CATEGORIES, { error: `category is one of ${DISPOSITION_CATEGORIES.join(', ')}` }),
        /** V = checked against CBP's text; S = a secondary source; S3 = a third-party list only. */
        source: z.enum(['V', 'S', 'S3']),
        critical: z.boolean().optional(),
      }),
    ),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.codes.forEach((row, i) => {
      if (seen.has(row.code)) ctx.addIssue({ code: 'custom', path: ['codes', i, 'code'], message: `code ${row.code} is listed twice` });
      seen.add(row.code);
    });
  });
export type DispositionCodesData = z.infer<typeof dispositionCodesSchema>;
export type DispositionCodeRow = DispositionCodesData['codes'][number];
