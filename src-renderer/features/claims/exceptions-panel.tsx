import type { ClaimException } from '../../../src-shared/domain/claims';
import { formatQuantity } from '../../ui/format';
import { ExceptionCard } from './exception-card';

const SHOWN = 50;

interface ExceptionsPanelProps {
  exceptions: ClaimException[];
  onChanged(): void;
  onShowLine(lineNo: number): void;
}

/** The claim's exception queue: open ones first, the resolved ones after, for the record. */
export function ExceptionsPanel({ exceptions, onChanged, onShowLine }: ExceptionsPanelProps) {
  const open = exceptions.filter((x) => x.state === 'open');
  const resolved = exceptions.filter((x) => x.state !== 'open');
  const shown = [...open, ...resolved].slice(0, SHOWN);
  return (
    <section className="panel exceptions" aria-labelledby="exceptions-title">
      <h3 id="exceptions-title">
        Exceptions{' '}
        <span className="muted">
          ({formatQuantity(open.length)} open, {formatQuantity(resolved.length)} resolved)
        </span>
      </h3>
      {exceptions.length === 0 && <p className="muted">No exceptions: every rule passes.</p>}
      <ul className="exception-list">
        {shown.map((x) => (
          <ExceptionCard key={x.id} exception={x} onChanged={onChanged} onShowLine={onShowLine} />
        ))}
      </ul>
      {exceptions.length > SHOWN && (
        <p className="notice">
          Showing the first {formatQuantity(SHOWN)} of {formatQuantity(exceptions.length)}; tick “only lines with exceptions” above the lines to work through
          the rest line by line.
        </p>
      )}
    </section>
  );
}
