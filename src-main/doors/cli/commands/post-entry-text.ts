import type { BrokerReport, DeadlineReport, EntryTimeline, FollowUp, StatementReport, VarianceReport } from '../../../../src-shared/domain/post-entry';
import { describeDate } from '../../../../src-shared/post-entry/calendar-date';

/** The post-entry reports as text for a person at a terminal (--json gives the data itself). */

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;

export function varianceText(r: VarianceReport): string {
  const lines = [
    `${plural(r.entriesCompared, 'entry')} compared, ${r.entriesWithVariances} with differences: ${plural(r.bySeverity.alert, 'alert')}, ${plural(r.bySeverity.warning, 'warning')}, ${r.bySeverity.info} within tolerance`,
  ];
  for (const v of r.variances) {
    const field = v.field === 'fee' ? `fee ${v.feeClass}` : v.field;
    lines.push(`  ${v.severity.toUpperCase().padEnd(7)} ${v.entry} line ${String(v.line).padEnd(3)} ${field.padEnd(10)} ${v.message}`);
  }
  if (r.notFiled.length > 0) lines.push(`not filed yet (pre-entry only): ${r.notFiled.join(', ')}`);
  if (r.noPreEntry.length > 0) lines.push(`filed with no pre-entry to compare: ${r.noPreEntry.join(', ')}`);
  return lines.join('\n');
}

const KINDS: Record<DeadlineReport['deadlines'][number]['kind'], string> = {
  'daily-statement': 'Daily statement due',
  'monthly-statement': 'Monthly statement due',
  psc: 'Post-summary correction cut-off',
  'deemed-liquidation': 'Deemed liquidation',
  protest: 'Protest due',
  reconciliation: 'Reconciliation due',
};
const width = Math.max(...Object.values(KINDS).map((k) => k.length));

function when(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  return daysLeft > 0 ? `in ${plural(daysLeft, 'day')}` : `${plural(-daysLeft, 'day')} ago`;
}

export function deadlineText(r: DeadlineReport): string {
  const head =
    r.within === undefined
      ? `deadlines of ${plural(r.entries, 'filed entry')} as of ${r.today}`
      : `${plural(r.deadlines.length, 'deadline')} within ${r.within} days of ${r.today} (of ${plural(r.entries, 'filed entry')})`;
  const lines = [head];
  let entry = '';
  for (const d of r.deadlines) {
    if (r.within === undefined && d.entry !== entry) lines.push(`Entry ${(entry = d.entry)}`);
    const act = d.actBy === d.date ? '' : ` (act by ${describeDate(d.actBy)})`;
    const state = d.done ? `done: ${d.done}` : when(d.daysLeft);
    const who = r.within === undefined ? '' : `${d.entry}  `;
    lines.push(`  ${who}${KINDS[d.kind].padEnd(width)}  ${describeDate(d.date)}${act}  ${state}\n      rule: ${d.rule}`);
  }
  for (const n of r.notes) lines.push(`note: ${n.entry}: ${n.note}`);
  return lines.join('\n');
}

const LEGS = {
  'arrival-release': 'arrival to release',
  'release-summary': 'release to summary',
  'summary-payment': 'summary to payment',
  'payment-liquidation': 'payment to liquidation',
} as const;

export function brokerText(r: BrokerReport): string {
  const period = r.from || r.to ? ` for entries dated ${r.from ?? 'any time'} to ${r.to ?? 'now'}` : '';
  if (r.brokers.length === 0) return `no filed entries${period}`;
  const lines = [`broker performance${period}`];
  for (const b of r.brokers) {
    lines.push(
      `${b.broker} (filer ${b.filerCodes.join(', ')}): ${plural(b.entries, 'entry')}, ${b.refilingsPerEntry} re-filings per entry, ${b.messagesPerEntry} status messages per entry, ` +
        `${Math.round(b.varianceRate * 100)}% of ${b.entriesCompared} compared entries with differences beyond tolerance`,
    );
    for (const c of b.cycleTimes) {
      lines.push(
        `  ${LEGS[c.leg].padEnd(24)} ${c.entries === 0 ? 'no entries with both dates' : `average ${c.averageDays} days, median ${c.medianDays} days (${plural(c.entries, 'entry')})`}`,
      );
    }
  }
  return lines.join('\n');
}

export function statementText(r: StatementReport): string {
  const lines = r.statements.map(
    (s) =>
      `${s.statementNumber}  ${s.kind.padEnd(7)} ${s.stage.padEnd(11)} dated ${s.statementDate}, due ${s.dueDate}${s.paidDate ? `, paid ${s.paidAmount} on ${s.paidDate}` : ''}; ${plural(s.entries, 'entry')}, preliminary ${s.preliminaryTotal}${s.finalTotal ? `, final ${s.finalTotal}` : ''}`,
  );
  if (lines.length === 0) lines.push('no statements in the ledger');
  lines.push(r.differences.length === 0 ? 'no differences' : `${plural(r.differences.length, 'difference')}:`);
  for (const d of r.differences) lines.push(`  ${d.kind.padEnd(17)} ${d.message}`);
  return lines.join('\n');
}

export function followUpText(list: FollowUp[]): string {
  if (list.length === 0) return 'no liquidation differs from what was paid';
  return list
    .map(
      (f) =>
        `${f.kind.toUpperCase().padEnd(6)} ${f.amount.padStart(12)}  ${f.settled ? `settled ${f.settled.on} (${f.settled.reference})` : 'open'}  ${f.message}`,
    )
    .join('\n');
}

export function timelineText(t: EntryTimeline): string {
  const head = [
    `Entry ${t.entryNumber}${t.receivingEntry ? ` (received under ${t.receivingEntry})` : ''}`,
    `  shipment ${t.shipment ?? 'unknown'}, broker ${t.broker ?? 'unknown'}, bill of lading ${t.billOfLading ?? 'unknown'}`,
    `  purchase-order lines: ${t.purchaseOrderLines.map((l) => `${l.poNumber}/${l.poLine} (entry line ${l.entryLine})`).join(', ') || 'none'}`,
  ];
  return [...head, ...t.events.map((e) => `  ${e.at.padEnd(16)} ${e.critical ? '!' : ' '} ${e.title}${e.detail ? ` — ${e.detail}` : ''}`)].join('\n');
}
