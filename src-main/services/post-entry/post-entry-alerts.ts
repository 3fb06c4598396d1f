import type { DeadlineRow, PostEntryAlert } from '../../../src-shared/domain/post-entry';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { codesBetween, lastMessageId, messagesAfter } from '../../ledger/repos/post-entry-messages-repo';
import type { ServiceContext } from '../service-context';
import { classifier } from './critical-codes';
import { deadlinesDueSoon } from './deadline-service';
import { messageViews } from './message-service';
import { readPostEntrySettings } from './post-entry-settings';
import { dispositionCodes } from './reference-cache';

/** At most this many alerts for one import; the rest are counted in one more alert. */
const MOST = 20;

/**
 * The newest status message each connection has already alerted about. Shared by the import (which
 * alerts right after its write commits) and the watcher (which notices another process's import), so
 * a message is announced once. Messages already in the ledger when the desk started are no news.
 */
const marks = new WeakMap<Sqlite, number>();

export function messageMark(db: Sqlite): number {
  let mark = marks.get(db);
  if (mark === undefined) marks.set(db, (mark = lastMessageId(db)));
  return mark;
}

/** Critical status messages written since the mark (by any process), as alerts; moves the mark on. */
export function newCriticalMessageAlerts(db: Sqlite): PostEntryAlert[] {
  const from = messageMark(db);
  const to = lastMessageId(db);
  if (to <= from) return [];
  marks.set(db, to);
  const classify = classifier(readPostEntrySettings(db).criticalCodes, dispositionCodes());
  const critical = codesBetween(db, from, to)
    .filter((c) => classify(c.code, c.category).critical)
    .map((c) => c.code);
  const rows = messagesAfter(db, from, critical, 10_000).filter((r) => r.id <= to);
  const view = messageViews(db);
  const alerts: PostEntryAlert[] = rows.slice(0, MOST).map((row) => {
    const m = view(row);
    const what = m.meaning ?? `a code the code list lacks (${m.code})`;
    const on = m.entryNumber ? `entry ${m.entryNumber}` : `bill of lading ${m.billOfLading ?? 'not given'}`;
    return {
      kind: 'critical-message',
      entryNumber: m.entryNumber,
      title: `Critical status on ${on}: ${what}`,
      detail: `Customs posted ${m.code} (${what})${m.postedAt ? ` on ${m.postedAt.replace('T', ' ')}` : ''}. Open the entry to see what it holds up.`,
    };
  });
  if (rows.length > MOST)
    alerts.push({
      kind: 'critical-message',
      entryNumber: null,
      title: `${rows.length - MOST} more critical status messages`,
      detail: 'See the post-entry queue.',
    });
  return alerts;
}

const KIND_NAMES: Record<DeadlineRow['kind'], string> = {
  psc: 'post-summary correction cut-off',
  'deemed-liquidation': 'deemed liquidation',
  protest: 'protest due date',
  reconciliation: 'reconciliation due date',
  'daily-statement': 'daily statement payment',
  'monthly-statement': 'monthly statement payment',
};

const inDays = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`);

/**
 * Deadlines that came within the alert days since the last look: a new day, a setting, an import.
 * The first look of a connection only takes note (the queue shows what was already due).
 */
export class DeadlineWindow {
  private known: Set<string> | undefined;

  constructor(private readonly ctx: ServiceContext) {}

  entered(): PostEntryAlert[] {
    const { alertDays } = readPostEntrySettings(this.ctx.db);
    const rows = deadlinesDueSoon(this.ctx, alertDays).deadlines; // the queue asks the same after the alert: answered once
    const key = (d: DeadlineRow) => `${d.entry}|${d.kind}|${d.actBy}`;
    const before = this.known;
    this.known = new Set(rows.map(key));
    if (!before) return [];
    return rows
      .filter((d) => !before.has(key(d)))
      .slice(0, MOST)
      .map((d) => ({
        kind: 'deadline',
        entryNumber: d.entry,
        title: `Entry ${d.entry}: ${KIND_NAMES[d.kind]} ${inDays(d.daysLeft)} (${d.actBy})`,
        detail: d.rule,
      }));
  }
}
