import type { CSSProperties } from 'react';
import type { ClaimLine } from '../../../src-shared/domain/claims';
import { formatDollars, formatQuantity } from '../../ui/format';

export const LINE_COLUMNS = ['', 'Line', 'Shipment', 'Exported', 'Lot', 'Entry · line', 'Qty', 'Refund', 'Status'] as const;
const NUMERIC = new Set([1, 6, 7]);

interface ClaimLineRowProps {
  index: number;
  line: ClaimLine | undefined;
  active: boolean;
  checked: boolean;
  style: CSSProperties;
  onPick(index: number): void;
  onCheck(line: ClaimLine): void;
}

export const rowId = (index: number) => `claim-line-row-${index}`;

/** One row of the virtual grid; a placeholder while its page is on the way. */
export function ClaimLineRow({ index, line, active, checked, style, onPick, onCheck }: ClaimLineRowProps) {
  const className = [
    'lines-row',
    active ? 'is-active' : '',
    checked ? 'is-checked' : '',
    line?.excluded ? 'is-excluded' : '',
    line && line.openExceptions > 0 ? 'has-exception' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (!line) {
    return (
      <div
        role="row"
        id={rowId(index)}
        aria-rowindex={index + 2}
        aria-selected={active}
        className={`${className} is-loading`}
        style={style}
        onClick={() => onPick(index)}
      >
        <div role="gridcell" aria-colspan={LINE_COLUMNS.length} className="lines-cell lines-cell--wide muted">
          Loading row {formatQuantity(index + 1)}…
        </div>
      </div>
    );
  }
  const cells = [
    <input
      type="checkbox"
      tabIndex={-1}
      checked={checked}
      onChange={() => onCheck(line)}
      onClick={(e) => e.stopPropagation()}
      aria-label={`Select line ${line.lineNo} for exclusion`}
      disabled={line.excluded}
    />,
    line.lineNo,
    line.shipmentReference,
    line.exportDate,
    line.lotCode,
    `${line.entryNumber} · ${line.entryLineNumber}`,
    formatQuantity(line.quantity),
    formatDollars(line.refund),
    line.excluded ? (
      <span className="tag tag--muted" title="excluded from the claim">
        excl.
      </span>
    ) : line.openExceptions > 0 ? (
      <span className="tag">⚠ {line.openExceptions}</span>
    ) : (
      <span className="muted">ok</span>
    ),
  ];
  return (
    <div role="row" id={rowId(index)} aria-rowindex={index + 2} aria-selected={active} className={className} style={style} onClick={() => onPick(index)}>
      {cells.map((cell, i) => (
        <div role="gridcell" key={LINE_COLUMNS[i]} className={`lines-cell ${NUMERIC.has(i) ? 'num' : ''}`} title={typeof cell === 'string' ? cell : undefined}>
          {cell}
        </div>
      ))}
    </div>
  );
}
