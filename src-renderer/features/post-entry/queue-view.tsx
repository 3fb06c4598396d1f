import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { asAppError } from '../../app/desk-error';
import { formatCount, formatQuantity } from '../../ui/format';
import { Problem } from '../../ui/problem';
import type { QueueItem } from './queue-items';

function daysLeftText(item: QueueItem): string {
  if (item.daysLeft === null) return item.kind === 'Critical status message' ? 'act now' : '—';
  if (item.daysLeft < 0) return `${formatQuantity(-item.daysLeft)} days late`;
  return item.daysLeft === 0 ? 'today' : formatCount(item.daysLeft, 'day');
}

interface QueueViewProps {
  items: QueueItem[];
  loading: boolean;
  error: Error | null;
  alertDays: number | undefined;
  onOpen(entryNumber: string): void;
}

/**
 * The post-entry queue, keyboard-first: ↑ ↓ (Home, End) move through the rows, Enter opens the row's
 * entry. The first row takes the focus when the whole queue has arrived, so the keys work straight away.
 */
export function QueueView({ items, loading, error, alertDays, onOpen }: QueueViewProps) {
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const focusedOnce = useRef(false);
  const at = Math.min(active, Math.max(items.length - 1, 0));
  // once every source has answered (rows arriving later would move the first row down)
  useEffect(() => {
    if (focusedOnce.current || loading || items.length === 0) return;
    focusedOnce.current = true;
    rows.current[0]?.focus();
  }, [items.length, loading]);
  const move = (to: number) => {
    const next = Math.max(0, Math.min(items.length - 1, to));
    setActive(next);
    rows.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => {
        const entry = items[at]?.entryNumber;
        if (entry) onOpen(entry);
      },
    };
    const run = keys[e.key];
    if (!run || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    run();
  };
  return (
    <section className="panel pe-queue" aria-labelledby="pe-queue-title">
      <h2 id="pe-queue-title">What needs action</h2>
      <p className="muted" role="status" aria-live="polite">
        {loading
          ? 'Loading the queue…'
          : `${formatCount(items.length, 'item')}, soonest first: deadlines within ${alertDays ?? '…'} days, critical status messages you have not seen, variance alerts, open liquidation bills and refunds. ↑ ↓ to move, Enter to open the entry.`}
      </p>
      {error && <Problem title="The queue could not be loaded" error={asAppError(error)} />}
      {!loading && items.length === 0 && !error && <p>Nothing needs action now.</p>}
      {items.length > 0 && (
        <table className="pe-table" aria-label="Post-entry queue">
          <thead>
            <tr>
              <th scope="col">Act by</th>
              <th scope="col">Days left</th>
              <th scope="col">Kind</th>
              <th scope="col">Entry</th>
              <th scope="col">What</th>
              <th scope="col">Rule behind the date</th>
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {items.map((item, i) => (
              <tr
                key={item.key}
                ref={(el) => {
                  rows.current[i] = el;
                }}
                tabIndex={i === at ? 0 : -1}
                aria-current={i === at ? 'true' : undefined}
                className={['pe-row', item.critical ? 'pe-row--critical' : '', i === at ? 'pe-row--active' : ''].filter(Boolean).join(' ')}
                onFocus={() => setActive(i)}
                onClick={() => item.entryNumber && onOpen(item.entryNumber)}
              >
                <td className="pe-nowrap">{item.date ?? '—'}</td>
                <td className="pe-nowrap">{daysLeftText(item)}</td>
                <td>{item.kind}</td>
                <td className="pe-nowrap">{item.entryNumber ?? '(no entry number yet)'}</td>
                <td>{item.what}</td>
                <td className="pe-rule">{item.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
