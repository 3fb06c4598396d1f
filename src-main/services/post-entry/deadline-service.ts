import { differenceInCalendarDays } from 'date-fns';
import type { DeadlineReport, DeadlineRow } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import { dateOf, isoDate } from '../../../src-shared/post-entry/calendar-date';
import type { Deadline } from '../../engine/post-entry/deadlines/deadline';
import { liquidationLimits } from '../../engine/post-entry/deadlines/deemed-liquidation';
import { deadlineList, entryDeadlines, type EntryDates } from '../../engine/post-entry/deadlines/entry-deadlines';
import type { ServiceContext } from '../service-context';
import { entryFacts, liquidationOf, releaseOf, type EntryFacts } from './entry-facts';
import { deadlineReference } from './reference-cache';
import { whileUnchanged } from './while-unchanged';

export interface DeadlineQuery {
  entryNumber?: string;
  /** only what is due within this many days (alerts); absent: every deadline */
  within?: number;
  /** count from this day instead of the clock's */
  today?: string;
}

/**
 * The deadlines due within `within` days of today: the question the queue and the alert watcher both
 * ask, answered once and kept until the next ledger write (while-unchanged.ts).
 */
export function deadlinesDueSoon(ctx: ServiceContext, within: number, today: string = isoDate(ctx.clock.now())): DeadlineReport {
  return whileUnchanged(ctx.db, `deadlines within ${within} of ${today}`, () => deadlineReport(ctx, { within, today }));
}

/**
 * Every filed entry's deadlines from the ledger (statement payment, PSC cut-off, deemed liquidation,
 * protest, reconciliation), each with the rule that produced it: the engine's rules over the dates
 * the ledger holds (release from the summary or the first release message, liquidation, extension,
 * suspension and payment from the notices and statements).
 */
export function deadlineReport(ctx: ServiceContext, query: DeadlineQuery = {}): DeadlineReport {
  const today = query.today ?? isoDate(ctx.clock.now());
  const facts = entryFacts(ctx.db, query.entryNumber);
  if (query.entryNumber && facts.length === 0)
    throw new AppError('NOT_FOUND', `entry ${query.entryNumber} has no filed entry summary in the ledger, so it has no deadlines yet`, [
      { field: 'entryNumber', message: 'not filed' },
    ]);
  const now = dateOf(today);
  const deadlines: DeadlineRow[] = [];
  const notes: DeadlineReport['notes'] = [];
  const compute = memoized();
  const left = new Map<string, number>();
  const daysTo = (actBy: string) => {
    let days = left.get(actBy);
    if (days === undefined) left.set(actBy, (days = differenceInCalendarDays(dateOf(actBy), now)));
    return days;
  };
  for (const entry of facts) {
    const { dates, done, drop, entryNotes } = datesOf(entry);
    for (const note of entryNotes) notes.push({ entry: dates.entry, note });
    let list: Deadline[];
    try {
      list = compute(dates);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      notes.push({ entry: dates.entry, note: error.message });
      continue;
    }
    for (const d of list) {
      if (drop.has(d.kind)) continue;
      const daysLeft = daysTo(d.actBy);
      const why = done.get(d.kind);
      if (query.within !== undefined && (why || daysLeft < 0 || daysLeft > query.within)) continue;
      deadlines.push({ entry: dates.entry, kind: d.kind, date: d.date, actBy: d.actBy, rule: d.rule, daysLeft, ...(why ? { done: why } : {}) });
    }
  }
  if (query.within !== undefined) deadlines.sort((a, b) => a.daysLeft - b.daysLeft || a.entry.localeCompare(b.entry) || a.kind.localeCompare(b.kind));
  return { today, ...(query.within !== undefined ? { within: query.within } : {}), entries: facts.length, deadlines, notes };
}

/**
 * Entries of a year share a few hundred combinations of dates: the rules run once per combination
 * (the working-day counts are the costly part) and the entry number is put back on each result.
 */
function memoized(): (dates: EntryDates) => Deadline[] {
  const seen = new Map<string, Deadline[]>();
  return (dates) => {
    const key = `${dates.entryDate}|${dates.releaseDate}|${dates.statement}|${dates.scheduledLiquidation ?? ''}|${dates.liquidationDate ?? ''}|${dates.extendedLiquidation ?? ''}|${dates.reconciliationFlagDate ?? ''}`;
    let list = seen.get(key);
    if (!list) seen.set(key, (list = deadlineList(entryDeadlines(dates, deadlineReference()))));
    return list;
  };
}

/** The engine's input for one entry, which deadlines are met or moot, and what the desk had to assume. */
function datesOf(facts: EntryFacts): { dates: EntryDates; done: Map<Deadline['kind'], string>; drop: Set<Deadline['kind']>; entryNotes: string[] } {
  const filing = facts.filing;
  const entry = filing.entry_number;
  const release = releaseOf(facts);
  const entryNotes: string[] = [];
  if (release.from.startsWith('the entry date'))
    entryNotes.push(
      `no release date is known (none on the summary, no release status message); the statement deadline counts from the entry date ${filing.entry_date}`,
    );
  const dates: EntryDates = { entry, entryDate: filing.entry_date, releaseDate: release.date, statement: filing.payment };
  if (filing.scheduled_liquidation) dates.scheduledLiquidation = filing.scheduled_liquidation;
  // The reconciliation flag is declared when the summary is filed (19 U.S.C. 1484(b)(1)).
  if (filing.reconciliation_flag === 1) dates.reconciliationFlagDate = filing.first_summary_date;
  const done = new Map<Deadline['kind'], string>();
  const drop = new Set<Deadline['kind']>();
  const liquidation = liquidationOf(facts);
  const { oneYear, outerLimit } = liquidationLimits(filing.entry_date);
  for (const notice of facts.notices) {
    if (notice.kind !== 'extension' || !notice.extended_to || (liquidation && liquidation.notice_date <= notice.notice_date)) continue;
    if (notice.extended_to <= oneYear || notice.extended_to > outerLimit) {
      entryNotes.push(
        `the extension posted ${notice.notice_date} runs to ${notice.extended_to}, which is not between one year (${oneYear}) and four years (${outerLimit}) after entry (19 CFR 159.12); it is left out: check the notice`,
      );
    } else if (!dates.extendedLiquidation || notice.extended_to > dates.extendedLiquidation) dates.extendedLiquidation = notice.extended_to;
  }
  if (liquidation) {
    dates.liquidationDate = liquidation.notice_date;
    const why = `the entry liquidated on ${liquidation.notice_date}`;
    done.set('psc', why);
    done.set('deemed-liquidation', why);
  } else {
    const last = facts.notices.filter((n) => n.kind === 'suspension').at(-1);
    if (last) {
      drop.add('deemed-liquidation');
      entryNotes.push(
        `liquidation was suspended on ${last.notice_date}${last.reason ? ` (${last.reason})` : ''}: no deemed liquidation date runs while it is suspended (19 U.S.C. 1504(c)); once the suspension ends CBP has 6 months to liquidate (1504(d))`,
      );
    }
  }
  if (facts.paid)
    done.set(filing.payment === 'daily' ? 'daily-statement' : 'monthly-statement', `paid on statement ${facts.paid.statement} on ${facts.paid.on}`);
  return { dates, done, drop, entryNotes };
}
