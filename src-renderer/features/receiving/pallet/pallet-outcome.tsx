import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Pallet, PalletProgress, PalletStepState } from '../../../../src-shared/domain/pallets';
import { deskQueryKey, useDeskMutation, useDeskQuery } from '../../../app/desk-query';

const STEP_WORDS: Record<PalletStepState, string> = {
  done: 'done',
  working: 'working…',
  unconfirmed: 'sent, not confirmed',
  failed: 'FAILED',
  skipped: 'not asked',
};

/**
 * The pallet's label and tag, step by step, kept up to date by main's pallets:changed events
 * (event-invalidation.ts). A failed label can be printed again with a reason (never silently twice); a failed tag retried.
 */
export function PalletOutcome({ initial, initialProgress }: { initial: Pallet; initialProgress: PalletProgress }) {
  const queryClient = useQueryClient();
  const key = deskQueryKey('pallets:get', { sscc: initial.sscc });
  const { pallet, progress } = useDeskQuery('pallets:get', { sscc: initial.sscc }, { initialData: { pallet: initial, progress: initialProgress } }).data ?? {
    pallet: initial,
    progress: initialProgress,
  };
  const [reason, setReason] = useState('');
  const reprinting = useDeskMutation('pallets:reprint', {
    onSuccess: () => setReason(''),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const retrying = useDeskMutation('pallets:retry-tag', { onSuccess: (next) => queryClient.setQueryData(key, { pallet, progress: next }) });
  const error = reprinting.error ?? retrying.error;

  function reprint(e: FormEvent) {
    e.preventDefault();
    retrying.reset();
    reprinting.mutate({ sscc: pallet.sscc, reason });
  }
  function retryTag() {
    reprinting.reset();
    retrying.mutate({ sscc: pallet.sscc });
  }

  const { label, tag } = progress.steps;
  return (
    <section className="panel pallet-outcome" aria-labelledby="pallet-title" aria-live="polite">
      <h2 id="pallet-title">
        Pallet SSCC <span className="mono">(00) {pallet.sscc}</span>
      </h2>
      <ol className="pallet-steps">
        <li className="pallet-step pallet-step--done">Receipt recorded — done</li>
        <li className={`pallet-step pallet-step--${label}`} data-step="label">
          Label — {STEP_WORDS[label]}
          {label === 'working' && <progress aria-label="Printing the label" />}
          {progress.labelError && <span className="pallet-step__error"> {progress.labelError}</span>}
        </li>
        <li className={`pallet-step pallet-step--${tag}`} data-step="tag">
          RFID tag — {STEP_WORDS[tag]}
          {tag === 'working' && <progress aria-label="Writing the tag" />}
          {progress.tagError && <span className="pallet-step__error"> {progress.tagError}</span>}
          {pallet.tags.map((t) => (
            <span key={t.epc} className="mono">
              {' '}
              EPC {t.epc}
            </span>
          ))}
        </li>
      </ol>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="pallet-actions">
        {tag === 'failed' && (
          <button type="button" className="button" onClick={retryTag}>
            Write tag again
          </button>
        )}
        {label !== 'working' && label !== 'skipped' && (
          <form className="reprint" onSubmit={reprint}>
            <label htmlFor="reprint-reason">Reprint reason</label>
            <input
              id="reprint-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="e.g. label torn at wrapping"
              autoComplete="off"
            />
            <button type="submit" className="button">
              Print label again
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
