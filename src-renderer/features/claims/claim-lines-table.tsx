import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ClaimLine } from '../../../src-shared/domain/claims';
import { ClaimLineRow, LINE_COLUMNS, rowId } from './claim-line-row';
import type { ClaimLines } from './use-claim-lines';

export const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 36;
/** the grid's height when the lines fill it (a short claim gets a shorter grid) */
const MAX_HEIGHT = HEADER_HEIGHT + 13 * ROW_HEIGHT + 2;
/** while the scrollbar is dragged through thousands of rows, ask for the rows in view at most this often */
const WANT_EVERY_MS = 120;

/** Passes the rows in view to `want` at once, then at most every WANT_EVERY_MS while they keep moving (always ending on the last). */
function useThrottledWant(want: (first: number, last: number) => void, first: number, last: number) {
  const latest = useRef({ want, first, last });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = { want, first, last };
    if (timer.current !== undefined) return;
    want(first, last);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      const now = latest.current;
      if (now.want !== want || now.first !== first || now.last !== last) now.want(now.first, now.last);
    }, WANT_EVERY_MS);
  }, [want, first, last]);
  useEffect(() => () => clearTimeout(timer.current), []);
}

interface ClaimLinesTableProps {
  lines: ClaimLines;
  /** the row the keyboard is on (an index into the filtered lines) */
  cursor: number;
  onCursor(index: number): void;
  /** Enter (or a click) on a row */
  onOpen(line: ClaimLine): void;
  checked: ReadonlySet<number>;
  onCheck(line: ClaimLine): void;
}

/**
 * The claim's lines as a virtual grid: fixed-height rows, only those in view (plus a few) in the
 * DOM, their pages fetched as they scroll in. Arrows, Page Up/Down, Home/End move the row; Enter
 * opens its evidence; Space ticks it for exclusion.
 */
export function ClaimLinesTable({ lines, cursor, onCursor, onOpen, checked, onCheck }: ClaimLinesTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = lines.matching ?? 0;
  // TanStack Virtual hands back fresh functions each render; this component is not compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useThrottledWant(lines.want, first, last);
  // A cursor set from outside (a link to a line, an exception's "show line") is scrolled into view once
  // the lines are counted; the keys below scroll as they move it too, and a second scroll there is a no-op.
  const reachable = cursor < count;
  useEffect(() => {
    if (reachable) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [virtualizer, cursor, reachable]);

  function move(to: number) {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, to));
    onCursor(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(cursor + 1),
      ArrowUp: () => move(cursor - 1),
      PageDown: () => move(cursor + page),
      PageUp: () => move(cursor - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const line = lines.lineAt(cursor);
        if (line) onOpen(line);
      },
      ' ': () => {
        const line = lines.lineAt(cursor);
        if (line && !line.excluded) onCheck(line);
      },
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  }

  const activeShown = items.some((v) => v.index === cursor);
  return (
    <div
      ref={scroller}
      className="lines-grid"
      role="grid"
      aria-label="Claim lines"
      aria-rowcount={count + 1}
      aria-colcount={LINE_COLUMNS.length}
      aria-multiselectable="false"
      aria-activedescendant={activeShown ? rowId(cursor) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-pages-fetched={lines.fetched}
      style={{ height: Math.min(MAX_HEIGHT, HEADER_HEIGHT + Math.max(count, 3) * ROW_HEIGHT + 2) }}
    >
      <div className="lines-grid__sizer" style={{ height: virtualizer.getTotalSize() }}>
        <div role="rowgroup" className="lines-grid__head" style={{ height: HEADER_HEIGHT }}>
          <div role="row" aria-rowindex={1} className="lines-row lines-row--head">
            {LINE_COLUMNS.map((c, i) => (
              <div role="columnheader" key={c || 'select'} className={`lines-cell ${i === 1 || i === 6 || i === 7 ? 'num' : ''}`}>
                {c || <span className="visually-hidden">Exclude</span>}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup">
          {items.map((v) => (
            <ClaimLineRow
              key={v.index}
              index={v.index}
              line={lines.lineAt(v.index)}
              active={v.index === cursor}
              checked={lines.lineAt(v.index) ? checked.has(lines.lineAt(v.index)!.lineNo) : false}
              style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
              onPick={(i) => {
                onCursor(i);
                const line = lines.lineAt(i);
                if (line) onOpen(line);
              }}
              onCheck={onCheck}
            />
          ))}
        </div>
      </div>
      {count === 0 && lines.matching !== null && <p className="lines-grid__empty muted">No lines match this filter.</p>}
      {lines.error && (
        <p className="lines-grid__empty field-error" role="alert">
          Lines could not be loaded: {lines.error.message}
        </p>
      )}
    </div>
  );
}
