import { useState, type FormEvent, type ReactNode } from 'react';
import type { ActionState, ClaimState, ClaimView } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskMutation } from '../../app/desk-query';
import { formatCount, formatQuantity, isoDay } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { STATE_LABELS } from './claim-format';

interface ClaimActionsProps {
  claim: ClaimView;
  /** claim lines ticked in the table for exclusion */
  selectedLines: number[];
  onDetail(detail: ClaimView): void;
  onExcluded(): void;
}

/** Why a button is disabled, beside it, in main's words (the refusal the action would give). */
function Why({ id, reason }: { id: string; reason: string | null }) {
  return reason ? (
    <span id={id} className="action-reason">
      {reason}
    </span>
  ) : null;
}

/** One action: its control, disabled with the reason while main would refuse it, and main's answer. */
function ActionItem({
  name,
  state,
  extraReason,
  error,
  errorTitle,
  children,
}: {
  name: string;
  state: ActionState;
  extraReason?: string | null;
  error: AppErrorShape | null;
  errorTitle: string;
  children: (disabled: boolean, describedBy: string | undefined) => ReactNode;
}) {
  const reason = state.reason ?? extraReason ?? null;
  const id = `claim-action-${name}-why`;
  return (
    <div className="claim-actions__item">
      {children(reason !== null, reason ? id : undefined)}
      <Why id={id} reason={reason} />
      {error && <Problem title={errorTitle} error={error} />}
    </div>
  );
}

/**
 * What can be done with the claim in its state: each action main allows this person is enabled; one
 * main would refuse is disabled with main's reason beside it (an open exception, four eyes, the role).
 * Main still checks everything again when the button is pressed.
 */
export function ClaimActions({ claim, selectedLines, onDetail, onExcluded }: ClaimActionsProps) {
  const [returnReason, setReturnReason] = useState('');
  const [excludeReason, setExcludeReason] = useState('');
  const [withdrawReason, setWithdrawReason] = useState('');
  const [filed, setFiled] = useState({ reference: '', on: isoDay(new Date()) });
  // What the last action did, shown while the claim is still in the state it left it in.
  const [announced, setAnnounced] = useState<{ state: ClaimState; text: string } | null>(null);
  const { actions, number: claimNumber } = claim;
  const moved = (detail: ClaimView) => {
    onDetail(detail);
    setAnnounced({ state: detail.state, text: `Claim ${detail.number} is now ${STATE_LABELS[detail.state]}.` });
  };
  const submit = useDeskMutation('claims:submit', { onSuccess: moved });
  const approve = useDeskMutation('claims:approve', { onSuccess: moved });
  const giveBack = useDeskMutation('claims:return', { onSuccess: (d) => (setReturnReason(''), moved(d)) });
  const file = useDeskMutation('claims:file', { onSuccess: moved });
  const withdraw = useDeskMutation('claims:withdraw', { onSuccess: (d) => (setWithdrawReason(''), moved(d)) });
  const exclude = useDeskMutation('claims:exclude-lines', {
    onSuccess: (d, input) => {
      onDetail(d);
      onExcluded();
      setExcludeReason('');
      setAnnounced({ state: d.state, text: `Excluded ${formatCount(input.lineNos.length, 'line')}; the claim now has ${formatQuantity(d.lines)}.` });
    },
  });

  function returnToDraft(e: FormEvent) {
    e.preventDefault();
    giveBack.mutate({ claimNumber, reason: returnReason });
  }
  function recordFiled(e: FormEvent) {
    e.preventDefault();
    file.mutate({ claimNumber, filedReference: filed.reference, filedOn: filed.on });
  }
  function withdrawClaim(e: FormEvent) {
    e.preventDefault();
    withdraw.mutate({ claimNumber, reason: withdrawReason });
  }
  function excludeLines(e: FormEvent) {
    e.preventDefault();
    exclude.mutate({ claimNumber, lineNos: selectedLines, reason: excludeReason });
  }

  const notice = announced?.state === claim.state ? announced.text : null;
  const anything = Object.entries(actions).some(([name, a]) => name !== 'export' && name !== 'liquidate' && a.inState);
  return (
    <div className="claim-actions" aria-label="Claim actions" role="group">
      {actions.submit.inState && (
        <ActionItem name="submit" state={actions.submit} error={submit.error} errorTitle="Not submitted">
          {(disabled, describedBy) => (
            <button
              type="button"
              className="button button--primary"
              disabled={disabled || submit.isPending}
              aria-describedby={describedBy}
              onClick={() => submit.mutate({ claimNumber })}
            >
              {submit.isPending ? 'Submitting…' : 'Submit for review'}
            </button>
          )}
        </ActionItem>
      )}
      {actions.approve.inState && (
        <ActionItem name="approve" state={actions.approve} error={approve.error} errorTitle="Not approved">
          {(disabled, describedBy) => (
            <button
              type="button"
              className="button button--primary"
              disabled={disabled || approve.isPending}
              aria-describedby={describedBy}
              onClick={() => approve.mutate({ claimNumber })}
            >
              {approve.isPending ? 'Approving…' : 'Approve claim'}
            </button>
          )}
        </ActionItem>
      )}
      {actions.return.inState && (
        <ActionItem name="return" state={actions.return} error={giveBack.error} errorTitle="Not returned">
          {(disabled, describedBy) => (
            <form className="inline-form" onSubmit={returnToDraft} aria-label="Return to draft">
              <label htmlFor="return-reason">Reason to return</label>
              <input id="return-reason" value={returnReason} onChange={(e) => setReturnReason(e.target.value)} autoComplete="off" disabled={disabled} />
              <button type="submit" className="button" disabled={disabled || giveBack.isPending} aria-describedby={describedBy}>
                Return to draft
              </button>
            </form>
          )}
        </ActionItem>
      )}
      {actions.file.inState && (
        <ActionItem name="file" state={actions.file} error={file.error} errorTitle="Not recorded as filed">
          {(disabled, describedBy) => (
            <form className="inline-form" onSubmit={recordFiled} aria-label="Record as filed">
              <label htmlFor="filed-reference">CBP claim number</label>
              <input
                id="filed-reference"
                value={filed.reference}
                onChange={(e) => setFiled((f) => ({ ...f, reference: e.target.value }))}
                autoComplete="off"
                spellCheck={false}
                disabled={disabled}
              />
              <label htmlFor="filed-on">Filed on</label>
              <input id="filed-on" type="date" value={filed.on} onChange={(e) => setFiled((f) => ({ ...f, on: e.target.value }))} disabled={disabled} />
              <button type="submit" className="button" disabled={disabled || file.isPending} aria-describedby={describedBy}>
                Record as filed
              </button>
            </form>
          )}
        </ActionItem>
      )}
      {actions['exclude-lines'].inState && (
        <ActionItem
          name="exclude"
          state={actions['exclude-lines']}
          extraReason={selectedLines.length === 0 ? 'pick lines in the table first (Space selects the line under the cursor)' : null}
          error={exclude.error}
          errorTitle="Lines not excluded"
        >
          {(disabled, describedBy) => (
            <form className="inline-form" onSubmit={excludeLines} aria-label="Exclude lines">
              <label htmlFor="exclude-reason">Reason to exclude</label>
              <input
                id="exclude-reason"
                value={excludeReason}
                onChange={(e) => setExcludeReason(e.target.value)}
                autoComplete="off"
                disabled={actions['exclude-lines'].reason !== null}
              />
              <button type="submit" className="button" disabled={disabled || exclude.isPending} aria-describedby={describedBy}>
                Exclude {formatQuantity(selectedLines.length)} selected line{selectedLines.length === 1 ? '' : 's'}
              </button>
            </form>
          )}
        </ActionItem>
      )}
      {actions.withdraw.inState && (
        <ActionItem name="withdraw" state={actions.withdraw} error={withdraw.error} errorTitle="Not withdrawn">
          {(disabled, describedBy) => (
            <form className="inline-form" onSubmit={withdrawClaim} aria-label="Withdraw the claim">
              <label htmlFor="withdraw-reason">Reason to withdraw</label>
              <input id="withdraw-reason" value={withdrawReason} onChange={(e) => setWithdrawReason(e.target.value)} autoComplete="off" disabled={disabled} />
              <button type="submit" className="button" disabled={disabled || withdraw.isPending} aria-describedby={describedBy}>
                Withdraw claim
              </button>
            </form>
          )}
        </ActionItem>
      )}
      {!anything && <p className="muted">Nothing more to do here: the claim is {STATE_LABELS[claim.state]}.</p>}
      <p className="notice-line" role="status">
        {notice}
      </p>
    </div>
  );
}
