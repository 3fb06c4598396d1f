import { useState, type FormEvent } from 'react';
import type { ClaimException } from '../../../src-shared/domain/claims';
import { useDeskMutation } from '../../app/desk-query';
import { formatAge, formatWhen } from '../../ui/format';
import { KIND_LABELS } from './claim-format';
import { Problem } from '../../ui/problem';

interface ExceptionCardProps {
  exception: ClaimException;
  onChanged(): void;
  onShowLine(lineNo: number): void;
}

/** One exception: what is wrong and where, who owns it, its checklist, and Resolve with a note. */
export function ExceptionCard({ exception, onChanged, onShowLine }: ExceptionCardProps) {
  const [note, setNote] = useState('');
  // Main's answer to a tick or resolve shows at once; the next reload of the claim takes over again.
  const [answer, setAnswer] = useState<{ base: ClaimException; value: ClaimException } | null>(null);
  const [ticking, setTicking] = useState<{ index: number; done: boolean } | null>(null);
  const x = answer?.base === exception ? answer.value : exception;
  const keep = (value: ClaimException) => setAnswer({ base: exception, value });
  const tick = useDeskMutation('exceptions:tick', { onSuccess: (value) => (keep(value), onChanged()), onSettled: () => setTicking(null) });
  const resolve = useDeskMutation('exceptions:resolve', { onSuccess: (value) => (keep(value), setNote(''), onChanged()) });
  const open = x.state === 'open';
  const titleId = `exception-${x.id}`;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!resolve.isPending) resolve.mutate({ exceptionId: x.id, note });
  }

  return (
    <li className={`exception exception--${x.state}`} aria-labelledby={titleId}>
      <div className="exception__head">
        <h4 id={titleId}>{KIND_LABELS[x.kind]}</h4>
        <span className={`tag ${open ? '' : 'tag--ok'}`}>{open ? 'open' : 'resolved'}</span>
        {x.claimLineNo !== null && (
          <button type="button" className="link-button" onClick={() => onShowLine(x.claimLineNo!)}>
            line {x.claimLineNo}
          </button>
        )}
        <span className="muted">
          owner {x.owner} · {open ? `open ${formatAge(x.ageDays)}` : `resolved by ${x.resolvedBy ?? '?'} ${x.resolvedAt ? formatWhen(x.resolvedAt) : ''}`}
        </span>
      </div>
      <p className="exception__message">{x.message}</p>
      <fieldset className="checklist" disabled={!open || tick.isPending}>
        <legend>Checklist</legend>
        <ol className="checklist__items" aria-label="Checklist">
          {x.checklist.map((item, i) =>
            item.deskCheck !== null ? (
              // the ledger answers this one (a document attached, a quantity that fits): shown, never a box to tick
              <li key={item.text} className={`checklist__item checklist__item--desk ${item.done ? 'is-done' : ''}`}>
                <span className="checklist__mark" aria-hidden="true">
                  {item.done ? '✓' : '○'}
                </span>
                <span>
                  {item.text} <span className="muted">— {item.done ? 'done: checked by the desk' : item.deskCheck}</span>
                </span>
              </li>
            ) : (
              <li key={item.text} className="checklist__item">
                <label className="checklist__label">
                  <input
                    type="checkbox"
                    checked={ticking?.index === i ? ticking.done : item.done}
                    onChange={(e) => {
                      const done = e.target.checked;
                      setTicking({ index: i, done });
                      tick.mutate({ exceptionId: x.id, itemIndex: i, done });
                    }}
                  />
                  <span>{item.text}</span>
                  {item.done && item.by && <span className="muted"> ({item.by})</span>}
                </label>
              </li>
            ),
          )}
        </ol>
      </fieldset>
      {tick.error && <Problem title="Checklist not updated" error={tick.error} />}
      {open ? (
        <form className="inline-form" onSubmit={submit} aria-label={`Resolve ${KIND_LABELS[x.kind]}`}>
          <label htmlFor={`${titleId}-note`}>How it was resolved</label>
          <input id={`${titleId}-note`} value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" />
          <button type="submit" className="button button--small" aria-disabled={resolve.isPending}>
            {resolve.isPending ? 'Resolving…' : 'Resolve'}
          </button>
        </form>
      ) : (
        x.note && <p className="muted">Note: {x.note}</p>
      )}
      {resolve.error && <Problem title="Not resolved" error={resolve.error} />}
      <p className="notice-line" role="status">
        {resolve.isSuccess ? 'Resolved.' : null}
      </p>
    </li>
  );
}
