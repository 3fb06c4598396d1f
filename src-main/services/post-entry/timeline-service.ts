import type { EntryTimeline, TimelineEvent } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import { formatMoney } from '../../../src-shared/money';
import { parseEntryNumber } from '../../../src-shared/post-entry/entry-number';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { receivingEntryNumber } from '../../ledger/repos/post-entry-links-repo';
import { notices, settlements } from '../../ledger/repos/post-entry-liquidations-repo';
import { messagesForEntry } from '../../ledger/repos/post-entry-messages-repo';
import { latestPreEntryLines, preEntryVersions } from '../../ledger/repos/post-entry-pre-entries-repo';
import { statementVersionsForEntry } from '../../ledger/repos/post-entry-statements-repo';
import { summaryVersions } from '../../ledger/repos/post-entry-summaries-repo';
import { messageViews } from './message-service';

const money = (v: number) => formatMoney(BigInt(v), 2);

/**
 * One entry's life in time order: the pre-entry sent, each filing and desk correction, every status
 * message (critical ones marked), the statements that list it, liquidation, extensions, suspensions and
 * the settlement of a bill or refund; with the shipment, the purchase-order lines and the entry as
 * imported for receiving. Messages that name only one of the entry's bills of lading are attached too.
 */
export function entryTimeline(db: Sqlite, entryNumber: string): EntryTimeline {
  const pre = preEntryVersions(db, entryNumber);
  const filings = summaryVersions(db, entryNumber);
  if (pre.length === 0 && filings.length === 0)
    throw new AppError('NOT_FOUND', `entry ${entryNumber} has neither pre-entry data nor an entry summary in the ledger`, [
      { field: 'entryNumber', message: 'not found' },
    ]);
  const events: TimelineEvent[] = [];
  const add = (at: string, kind: TimelineEvent['kind'], title: string, detail: string, critical = false) => events.push({ at, kind, title, detail, critical });
  for (const p of pre)
    add(
      p.sent_on ?? p.created_at.slice(0, 10),
      'pre-entry',
      `pre-entry version ${p.version} ${p.sent_on ? 'sent' : 'recorded'}`,
      `shipment ${p.shipment} to ${p.broker}${p.bill_of_lading ? `, bill of lading ${p.bill_of_lading}` : ''}`,
    );
  for (const s of filings) {
    if (s.origin === 'broker')
      add(
        s.summary_date,
        'summary',
        s.version === 1 ? 'entry summary filed' : `entry summary re-filed (version ${s.version})`,
        `${s.broker}, entry type ${s.entry_type}, port ${s.port_code}, paid by ${s.payment} statement`,
      );
    else add(s.created_at.slice(0, 10), 'correction', `corrected in the desk (version ${s.version})`, s.reason ?? '');
  }
  const bills = [...new Set([...pre.map((p) => p.bill_of_lading), ...filings.map((s) => s.bill_of_lading)].filter((b): b is string => b !== null))];
  const view = messageViews(db);
  for (const m of messagesForEntry(db, entryNumber, bills).map(view)) {
    const title = `${m.code}${m.meaning ? ` ${m.meaning}` : ''}${m.unknownCode ? ' (code not in the disposition list: check it)' : ''}`;
    add(
      m.postedAt ?? '',
      'status',
      title,
      `${m.source === 'x12-350' ? 'X12 350' : 'status list'} ${m.sourceRef}${m.entryNumber ? '' : `, for bill of lading ${m.billOfLading}`}`,
      m.critical,
    );
  }
  for (const s of statementVersionsForEntry(db, entryNumber)) {
    const amount = s.final_4dp === null ? `preliminary ${money(s.preliminary_4dp)}` : `final ${money(s.final_4dp)}`;
    add(
      s.statement_date,
      'statement',
      `${s.kind} statement ${s.statement_number} (version ${s.version})`,
      `${amount}, due ${s.due_date}${s.paid_date ? `, paid ${s.paid_date}` : ''}`,
    );
  }
  const settled = settlements(db);
  for (const n of notices(db, entryNumber)) {
    if (n.kind === 'liquidation')
      add(
        n.notice_date,
        'liquidation',
        `liquidated: ${n.change}`,
        n.change === 'no-change'
          ? 'as entered'
          : `${n.change} of ${money(n.amount_4dp ?? 0)}${n.liquidated_total_4dp === null ? '' : `, liquidated at ${money(n.liquidated_total_4dp)}`}`,
        n.change === 'increase',
      );
    else if (n.kind === 'extension') add(n.notice_date, 'extension', `liquidation extended to ${n.extended_to}`, n.reason ?? '');
    else add(n.notice_date, 'suspension', 'liquidation suspended', n.reason ?? '');
    const s = settled.get(n.id);
    if (s) add(s.settled_on, 'settlement', 'bill or refund settled', `${s.reference}${s.note ? `: ${s.note}` : ''}`);
  }
  events.sort((a, b) => a.at.localeCompare(b.at));
  const number = parseEntryNumber(entryNumber);
  const latestPre = pre.at(-1);
  const latestFiling = filings.filter((f) => f.origin === 'broker').at(-1);
  return {
    entryNumber,
    receivingEntry: number.ok ? receivingEntryNumber(db, number.value) : null,
    shipment: latestPre?.shipment ?? null,
    broker: latestFiling?.broker ?? latestPre?.broker ?? null,
    billOfLading: latestFiling?.bill_of_lading ?? latestPre?.bill_of_lading ?? null,
    purchaseOrderLines: latestPreEntryLines(db, entryNumber).map((l) => ({ poNumber: l.po_number, poLine: l.po_line, entryLine: l.line_number })),
    events,
  };
}
