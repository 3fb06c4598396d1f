import type { DeadlineRow, FollowUp, PostEntryVariance, StatusMessageView } from '../../../src-shared/domain/post-entry';

/** One row of the post-entry queue: something to act on, by when, and the rule behind the date. */
export interface QueueItem {
  key: string;
  entryNumber: string | null;
  /** the day to act by (YYYY-MM-DD); null when nothing dates it */
  date: string | null;
  /** calendar days from today to the date (negative: past); null when it is not a deadline */
  daysLeft: number | null;
  kind: string;
  what: string;
  rule: string;
  critical: boolean;
}

export const DEADLINE_KINDS: Record<DeadlineRow['kind'], string> = {
  psc: 'PSC cut-off',
  'daily-statement': 'Statement payment',
  'monthly-statement': 'Statement payment',
  'deemed-liquidation': 'Deemed liquidation',
  protest: 'Protest',
  reconciliation: 'Reconciliation',
};

const DEADLINE_WHAT: Record<DeadlineRow['kind'], string> = {
  psc: 'last day to file a post-summary correction',
  'daily-statement': 'pay the daily statement',
  'monthly-statement': 'pay the periodic monthly statement',
  'deemed-liquidation': 'entry is liquidated by law unless CBP acts',
  protest: 'last day to protest the liquidation',
  reconciliation: 'reconciliation entry due',
};

const FEES: Record<string, string> = { '499': 'MPF', '501': 'HMF' };

export interface QueueSources {
  deadlines: readonly DeadlineRow[];
  messages: readonly StatusMessageView[];
  variances: readonly PostEntryVariance[];
  followUps: readonly FollowUp[];
  /** each entry's PSC cut-off (actBy, daysLeft, rule), for its variance alerts */
  pscOf: (entryNumber: string) => DeadlineRow | undefined;
  today: string;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Everything that needs action, soonest first: deadlines within the alert days, critical status
 * messages (to act on now: dated the day posted), variance alerts (by the entry's PSC cut-off: a
 * correction is filed before it) and unsettled liquidation bills and refunds (dated the liquidation).
 * Undated rows come last.
 */
export function queueItems(s: QueueSources): QueueItem[] {
  const items: QueueItem[] = [];
  for (const d of s.deadlines)
    items.push({
      key: `d:${d.entry}:${d.kind}`,
      entryNumber: d.entry,
      date: d.actBy,
      daysLeft: d.daysLeft,
      kind: DEADLINE_KINDS[d.kind],
      what: d.actBy === d.date ? DEADLINE_WHAT[d.kind] : `${DEADLINE_WHAT[d.kind]} (falls on ${d.date}, a day off: act by the working day before)`,
      rule: d.rule,
      critical: d.daysLeft <= 3,
    });
  for (const m of s.messages) {
    const posted = m.postedAt?.slice(0, 10) ?? null;
    items.push({
      key: `m:${m.id}`,
      entryNumber: m.entryNumber,
      date: posted,
      daysLeft: null,
      kind: 'Critical status message',
      what: `${m.meaning ?? 'a code the code list lacks'} (code ${m.code})${m.entryNumber ? '' : ` for bill of lading ${m.billOfLading ?? 'not given'}`}`,
      rule: m.unknownCode
        ? 'A code missing from the customs code list counts as critical until someone looks (post-entry settings).'
        : `The desk's critical-code rules: ${m.category ?? 'this code'} messages need action (post-entry settings).`,
      critical: true,
    });
  }
  const byEntry = new Map<string, PostEntryVariance[]>();
  for (const v of s.variances) if (v.severity === 'alert' && !v.withinTolerance) byEntry.set(v.entry, [...(byEntry.get(v.entry) ?? []), v]);
  for (const [entry, list] of byEntry) {
    const psc = s.pscOf(entry);
    const shown = list.slice(0, 2).map((v) => `line ${v.line}: ${v.field === 'fee' ? `${FEES[v.feeClass ?? ''] ?? 'fee'} ` : ''}${v.message}`);
    items.push({
      key: `v:${entry}`,
      entryNumber: entry,
      date: psc?.actBy ?? null,
      daysLeft: psc?.daysLeft ?? null,
      kind: 'Variance alert',
      what: `${shown.join('; ')}${list.length > 2 ? `; and ${list.length - 2} more` : ''}`,
      rule: psc
        ? `Correct the filing with a post-summary correction by its PSC cut-off. ${psc.rule}`
        : 'Correct the filing with a post-summary correction before its PSC cut-off (19 CFR 101.9(b)).',
      critical: false,
    });
  }
  for (const f of s.followUps) {
    if (f.settled) continue;
    items.push({
      key: `f:${f.liquidationId}`,
      entryNumber: f.entryNumber,
      date: f.liquidationDate,
      daysLeft: null,
      kind: f.kind === 'bill' ? 'Liquidation bill follow-up' : 'Liquidation refund follow-up',
      what: `${f.message} (open ${daysBetween(f.liquidationDate, s.today)} days)`,
      rule: f.basis,
      critical: false,
    });
  }
  return items.sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.kind.localeCompare(b.kind) || (a.entryNumber ?? '').localeCompare(b.entryNumber ?? ''),
  );
}
