import { useState, type FormEvent } from 'react';
import type { Pallet, PalletProgress, PalletStepState } from '../../../../src-shared/domain/pallets';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { useDeskClient, useDeskEvent } from '../../../app/client-context';

const STEP_WORDS: Record<PalletStepState, string> = { done: 'done', working: 'working…', unconfirmed: 'sent, not confirmed', failed: 'FAILED', skipped: 'not asked' };

/**
 * The pallet's label and tag, step by step, kept up to date from main's pallets:changed events.
 * A failed label can be printed again with a reason (never silently twice); a failed tag retried.
 */
export function PalletOutcome({ initial, initialProgress }: { initial: Pallet; initialProgress: PalletProgress }) {
  const client = useDeskClient();
  const [pallet, setPallet] = useState(initial);
  const [progress, setProgress] = useState(initialProgress);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const refresh = async () => {
    const r = await client.invoke('pallets:get', { sscc: pallet.sscc });
    if (r.ok) {
      setPallet(r.value.pallet);
      setProgress(r.value.progress);
    }
  };
  useDeskEvent('pallets:changed', (e) => {
    if (e.sscc === pallet.sscc) void refresh();
  });

  async function reprint(e: FormEvent) {
    e.preventDefault();
    const r = await client.invoke('pallets:reprint', { sscc: pallet.sscc, reason });
    setError(r.ok ? null : r.error);
    if (r.ok) setReason('');
    void refresh();
  }
  async function retryTag() {
    const r = await client.invoke('pallets:retry-tag', { sscc: pallet.sscc });
    setError(r.ok ? null : r.error);
    if (r.ok) setProgress(r.value);
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
            <span key={t.epc} className="mono"> EPC {t.epc}</span>
          ))}
        </li>
      </ol>
      {error && <p className="field-error" role="alert">{error.message}</p>}
      <div className="pallet-actions">
        {tag === 'failed' && (
          <button type="button" className="button" onClick={() => void retryTag()}>
            Write tag again
          </button>
        )}
        {label !== 'working' && label !== 'skipped' && (
          <form className="reprint" onSubmit={(e) => void reprint(e)}>
            <label htmlFor="reprint-reason">Reprint reason</label>
            <input id="reprint-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. label torn at wrapping" autoComplete="off" />
            <button type="submit" className="button">
              Print label again
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
