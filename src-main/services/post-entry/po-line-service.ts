import type { PurchaseOrderLineStatus } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import { formatMoney } from '../../../src-shared/money';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { notices } from '../../ledger/repos/post-entry-liquidations-repo';
import { latestMessages } from '../../ledger/repos/post-entry-messages-repo';
import { preEntryLinesForPo } from '../../ledger/repos/post-entry-pre-entries-repo';
import { filedEntries } from '../../ledger/repos/post-entry-summaries-repo';
import { followUps } from './follow-up-service';
import { messageViews } from './message-service';

/**
 * Where each line of a purchase order stands after entry: pre-entry sent, filed, held or released by
 * CBP (its newest status message), liquidated; with the liquidation and any bill or refund to follow.
 */
export function purchaseOrderLines(db: Sqlite, poNumber: string): PurchaseOrderLineStatus[] {
  const lines = preEntryLinesForPo(db, poNumber);
  if (lines.length === 0)
    throw new AppError('NOT_FOUND', `no pre-entry line is tied to purchase order ${poNumber}`, [{ field: 'poNumber', message: 'not found' }]);
  const entries = [...new Set(lines.map((l) => l.entry_number))];
  const view = messageViews(db);
  const latest = latestMessages(db, entries);
  const facts = new Map(
    entries.map((entry) => {
      const liquidation = notices(db, entry)
        .filter((n) => n.kind === 'liquidation')
        .at(-1);
      return [entry, { filed: filedEntries(db, entry).length > 0, liquidation, followUp: followUps(db, entry).at(-1) }] as const;
    }),
  );
  return lines.map((l) => {
    const f = facts.get(l.entry_number)!;
    const m = latest.get(l.entry_number);
    const status = m ? view(m) : undefined;
    const held = status && (status.category === 'hold' || status.category === 'exam' || status.category === 'do-not-load');
    const state: PurchaseOrderLineStatus['state'] = f.liquidation
      ? 'liquidated'
      : held
        ? 'held'
        : status?.category === 'release'
          ? 'released'
          : f.filed
            ? 'filed'
            : 'pre-entry';
    return {
      poNumber: l.po_number,
      poLine: l.po_line,
      entryNumber: l.entry_number,
      entryLine: l.line_number,
      hts: l.hts.split(' '),
      quantity: formatMoney(BigInt(l.quantity_4dp), 4).replace(/\.?0+$/, ''),
      unit: l.unit,
      state,
      latestStatus: status ? { code: status.code, category: status.category, critical: status.critical, postedAt: status.postedAt } : null,
      liquidation: f.liquidation
        ? { date: f.liquidation.notice_date, change: f.liquidation.change ?? 'no-change', amount: formatMoney(BigInt(f.liquidation.amount_4dp ?? 0), 2) }
        : null,
      followUp: f.followUp ? { kind: f.followUp.kind, amount: f.followUp.amount, settled: f.followUp.settled !== null } : null,
    };
  });
}
