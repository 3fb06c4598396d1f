import { createColumnHelper } from '@tanstack/react-table';
import type { BalanceRow } from '../../../src-shared/domain/ledger';
import { formatDutyPerUnit, formatQuantity } from '../../ui/format';

const column = createColumnHelper<BalanceRow>();

/**
 * The balances table's columns; quantities right-aligned, the drawback cage marked in the location.
 * Without `onRelease` (a role that may not release) the Release buttons stay, disabled, described by `releaseNote`.
 */
export function balanceColumns(onRelease: ((row: BalanceRow) => void) | null, releaseNote?: string) {
  return [
    column.accessor('entryNumber', { header: 'Entry' }),
    column.accessor('entryLineNumber', { header: 'Line', meta: { numeric: true } }),
    column.accessor('sku', { header: 'SKU' }),
    column.accessor('lotCode', { header: 'Lot' }),
    column.accessor('locationCode', {
      header: 'Location',
      cell: (c) => (
        <>
          {c.getValue()}
          {c.row.original.drawbackSegregated && <span className="tag tag--drawback">drawback bin</span>}
        </>
      ),
    }),
    column.accessor('available', { header: 'Available', cell: (c) => formatQuantity(c.getValue()), meta: { numeric: true } }),
    column.accessor('preserved', { header: 'Preserved', cell: (c) => formatQuantity(c.getValue()), meta: { numeric: true } }),
    column.accessor('picked', { header: 'Picked', cell: (c) => formatQuantity(c.getValue()), meta: { numeric: true } }),
    column.accessor('dutyPerUnit', { header: 'Duty / unit', cell: (c) => formatDutyPerUnit(c.getValue()), meta: { numeric: true } }),
    column.display({
      id: 'actions',
      header: 'Action',
      cell: (c) => (
        <button
          type="button"
          className="button button--small"
          disabled={!onRelease || c.row.original.preserved <= 0}
          aria-label={`Release from drawback: lot ${c.row.original.lotCode} at ${c.row.original.locationCode}`}
          aria-describedby={onRelease ? undefined : releaseNote}
          onClick={() => onRelease?.(c.row.original)}
        >
          Release from drawback
        </button>
      ),
    }),
  ];
}
