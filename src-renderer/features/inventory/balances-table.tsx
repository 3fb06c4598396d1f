import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { BalanceRow } from '../../../src-shared/domain/ledger';
import { formatQuantity } from '../../ui/format';
import { balanceColumns } from './balance-columns';

interface BalancesTableProps {
  rows: BalanceRow[];
  /** null when the signed-in role may not release stock from drawback */
  onRelease: ((row: BalanceRow) => void) | null;
  /** the id of the text saying why Release is disabled */
  releaseNote?: string;
}

const isNumeric = (meta: unknown) => (meta as { numeric?: boolean } | undefined)?.numeric === true;

/** Balances by lot and location, with a totals row for whatever the filter shows. */
export function BalancesTable({ rows, onRelease, releaseNote }: BalancesTableProps) {
  const columns = useMemo(() => balanceColumns(onRelease, releaseNote), [onRelease, releaseNote]);
  // TanStack Table hands back fresh functions each render; this table is small and not compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => `${r.sku}|${r.lotCode}|${r.locationCode}` });
  const total = (key: 'available' | 'preserved' | 'picked') => formatQuantity(rows.reduce((sum, r) => sum + r[key], 0));

  return (
    <div className="table-wrap">
      <table className="balances" aria-label="Balances by lot and location">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((h) => (
                <th key={h.id} scope="col" className={isNumeric(h.column.columnDef.meta) ? 'num' : undefined}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.original.drawbackSegregated ? 'row--drawback' : undefined}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'num' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                No stock matches these filters.
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Total ({formatQuantity(rows.length)} {rows.length === 1 ? 'row' : 'rows'})
            </th>
            <td className="num">{total('available')}</td>
            <td className="num">{total('preserved')}</td>
            <td className="num">{total('picked')}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
