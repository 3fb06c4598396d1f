import type { Sqlite } from '../../ledger/db/open-ledger';
import { firstReleases } from '../../ledger/repos/post-entry-messages-repo';
import { notices, type NoticeRow } from '../../ledger/repos/post-entry-liquidations-repo';
import { latestStatementEntries } from '../../ledger/repos/post-entry-statements-repo';
import { filedEntries, type FiledEntryRow } from '../../ledger/repos/post-entry-summaries-repo';

/**
 * What the ledger knows of each filed entry's life, gathered in a few queries for every entry at
 * once (deadlines and broker statistics run over a year of 100,000 entries): its newest filing, the
 * first release CBP posted, the statements that list it, its liquidation notices.
 */
export interface EntryFacts {
  filing: FiledEntryRow;
  /** the first release status message (YYYY-MM-DD), when there is one */
  releasedOn?: string;
  /** the earliest date a paid statement listing the entry was paid, and which statement */
  paid?: { on: string; statement: string };
  /** notices in the order they were posted */
  notices: NoticeRow[];
}

export function entryFacts(db: Sqlite, entryNumber?: string): EntryFacts[] {
  const releases = firstReleases(db, entryNumber);
  const paid = new Map<string, { on: string; statement: string }>();
  for (const row of latestStatementEntries(db, entryNumber)) {
    if (!row.paid_date) continue;
    const known = paid.get(row.entry_number);
    if (!known || row.paid_date < known.on) paid.set(row.entry_number, { on: row.paid_date, statement: row.statement_number });
  }
  const byEntry = new Map<string, NoticeRow[]>();
  for (const notice of notices(db, entryNumber)) {
    let list = byEntry.get(notice.entry_number);
    if (!list) byEntry.set(notice.entry_number, (list = []));
    list.push(notice);
  }
  return filedEntries(db, entryNumber).map((filing) => {
    const released = releases.get(filing.entry_number)?.slice(0, 10);
    const facts: EntryFacts = { filing, notices: byEntry.get(filing.entry_number) ?? [] };
    if (released) facts.releasedOn = released;
    const payment = paid.get(filing.entry_number);
    if (payment) facts.paid = payment;
    return facts;
  });
}

/** The liquidation in force: the newest one posted (a reliquidation supersedes the liquidation). */
export function liquidationOf(facts: EntryFacts): NoticeRow | undefined {
  return facts.notices.filter((n) => n.kind === 'liquidation').at(-1);
}

/** The release date the deadlines count from, and where it came from. */
export function releaseOf(facts: EntryFacts): { date: string; from: string } {
  if (facts.filing.release_date) return { date: facts.filing.release_date, from: 'the entry summary' };
  if (facts.releasedOn) return { date: facts.releasedOn, from: 'the first release status message' };
  return { date: facts.filing.entry_date, from: 'the entry date (no release is known yet)' };
}
