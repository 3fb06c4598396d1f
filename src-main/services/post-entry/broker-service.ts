import { differenceInCalendarDays } from 'date-fns';
import type { BrokerReport, BrokerStats, CycleLeg } from '../../../src-shared/domain/post-entry';
import { dateOf } from '../../../src-shared/post-entry/calendar-date';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { messageCounts } from '../../ledger/repos/post-entry-messages-repo';
import { entryFacts, liquidationOf, type EntryFacts } from './entry-facts';
import { entryVariances } from './variance-service';

export interface BrokerQuery {
  /** entries dated from (inclusive) */
  from?: string;
  /** entries dated to (inclusive) */
  to?: string;
  /** only entries filed at this port (7501 block 7, Schedule D code) */
  port?: string;
}

const LEGS: CycleLeg['leg'][] = ['arrival-release', 'release-summary', 'summary-payment', 'payment-liquidation'];

/**
 * Broker performance per broker over the entries dated in the period (at one port, if asked): entries, re-filings per entry,
 * status messages per entry, the share of compared entries whose filing differs from the pre-entry
 * beyond tolerance, and cycle times arrival -> release -> summary -> payment -> liquidation in days.
 */
export function brokerReport(db: Sqlite, query: BrokerQuery = {}): BrokerReport {
  const inPeriod = (date: string) => (!query.from || date >= query.from) && (!query.to || date <= query.to);
  const dated = entryFacts(db).filter((f) => inPeriod(f.filing.entry_date));
  const ports = [...new Set(dated.map((f) => f.filing.port_code))].sort();
  const facts = query.port ? dated.filter((f) => f.filing.port_code === query.port) : dated;
  const messages = messageCounts(db);
  const { compared } = entryVariances(db);
  const groups = new Map<string, EntryFacts[]>();
  for (const f of facts) {
    let list = groups.get(f.filing.broker);
    if (!list) groups.set(f.filing.broker, (list = []));
    list.push(f);
  }
  const brokers: BrokerStats[] = [...groups].map(([broker, entries]) => {
    const refilings = entries.reduce((sum, f) => sum + f.filing.broker_versions - 1, 0);
    const messageTotal = entries.reduce((sum, f) => sum + (messages.get(f.filing.entry_number) ?? 0), 0);
    const variances = entries.map((f) => compared.get(f.filing.entry_number)).filter((v) => v !== undefined);
    const withVariances = variances.filter((v) => v.some((x) => !x.withinTolerance)).length;
    const legs = new Map<CycleLeg['leg'], number[]>(LEGS.map((l) => [l, []]));
    for (const f of entries) {
      const points = milestones(f);
      LEGS.forEach((leg, i) => {
        const start = points[i];
        const end = points[i + 1];
        if (start && end) legs.get(leg)!.push(differenceInCalendarDays(dateOf(end), dateOf(start)));
      });
    }
    return {
      broker,
      filerCodes: [...new Set(entries.map((f) => f.filing.filer_code))].sort(),
      entries: entries.length,
      refilings,
      refilingsPerEntry: ratio(refilings, entries.length),
      messagesPerEntry: ratio(messageTotal, entries.length),
      entriesCompared: variances.length,
      entriesWithVariances: withVariances,
      varianceRate: ratio(withVariances, variances.length),
      cycleTimes: LEGS.map((leg) => cycle(leg, legs.get(leg)!)),
    };
  });
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.port ? { port: query.port } : {}),
    ports,
    brokers: brokers.sort((a, b) => b.entries - a.entries || a.broker.localeCompare(b.broker)),
  };
}

/** Arrival (7501 import date), release, first summary filed, payment, liquidation (YYYY-MM-DD each, when known). */
function milestones(f: EntryFacts): (string | undefined)[] {
  return [f.filing.import_date, f.filing.release_date ?? f.releasedOn, f.filing.first_summary_date, f.paid?.on, liquidationOf(f)?.notice_date];
}

/** Two decimals, as statistics (not money) are shown. */
const ratio = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100) / 100);

function cycle(leg: CycleLeg['leg'], days: number[]): CycleLeg {
  if (days.length === 0) return { leg, entries: 0, averageDays: null, medianDays: null };
  const sorted = [...days].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { leg, entries: days.length, averageDays: Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10, medianDays: median };
}
