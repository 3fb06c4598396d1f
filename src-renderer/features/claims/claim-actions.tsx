import { useState, type FormEvent } from 'react';
import type { ClaimDetail, ClaimState } from '../../../src-shared/domain/claims';
import type { Role } from '../../../src-shared/roles';
import { roleAllows } from '../../../src-shared/roles';
import { useDeskClient } from '../../app/client-context';
import { formatQuantity } from '../../ui/format';
import { STATE_LABELS } from './claim-format';
import { ClaimProblem } from './claim-problem';
import { useAction } from './use-action';

interface ClaimActionsProps {
  claim: ClaimDetail;
  role: Role;
  /** claim lines ticked in the table for exclusion */
  selectedLines: number[];
  onDetail(detail: ClaimDetail): void;
  onExcluded(): void;
}

/**
 * What this person may do with the claim now: a specialist submits a draft; a supervisor approves
 * or returns one in review; lines come out of a draft or a claim in review with a reason. Main
 * checks all of it again and its refusals are shown here as given.
 */
export function ClaimActions({ claim, role, selectedLines, onDetail, onExcluded }: ClaimActionsProps) {
  const client = useDeskClient();
  const submit = useAction<ClaimDetail>();
  const approve = useAction<ClaimDetail>();
  const giveBack = useAction<ClaimDetail>();
  const exclude = useAction<ClaimDetail>();
  const [returnReason, setReturnReason] = useState('');
  const [excludeReason, setExcludeReason] = useState('');
  // What the last action did, shown while the claim is still in the state it left it in.
  const [announced, setAnnounced] = useState<{ state: ClaimState; text: string } | null>(null);
  const claimNumber = claim.number;
  const moved = (detail: ClaimDetail) => {
    onDetail(detail);
    setAnnounced({ state: detail.state, text: `Claim ${detail.number} is now ${STATE_LABELS[detail.state]}.` });
  };
  const canSubmit = claim.state === 'draft' && roleAllows(role, 'specialist');
  const canDecide = claim.state === 'in-review' && roleAllows(role, 'supervisor');
  const canExclude = (claim.state === 'draft' || claim.state === 'in-review') && roleAllows(role, 'specialist');

  function returnToDraft(e: FormEvent) {
    e.preventDefault();
    void giveBack.run(() => client.invoke('claims:return', { claimNumber, reason: returnReason }), (d) => (setReturnReason(''), moved(d)));
  }
  function excludeLines(e: FormEvent) {
    e.preventDefault();
    void exclude.run(
      () => client.invoke('claims:exclude-lines', { claimNumber, lineNos: selectedLines, reason: excludeReason }),
      (d) => {
        onDetail(d);
        onExcluded();
        setExcludeReason('');
        setAnnounced({ state: d.state, text: `Excluded ${formatQuantity(selectedLines.length)} line${selectedLines.length === 1 ? '' : 's'}; the claim now has ${formatQuantity(d.lines)}.` });
      },
    );
  }

  const notice = announced?.state === claim.state ? announced.text : null;
  return (
    <div className="claim-actions" aria-label="Claim actions" role="group">
      {canSubmit && (
        <div className="claim-actions__item">
          <button type="button" className="button button--primary" disabled={submit.pending} onClick={() => void submit.run(() => client.invoke('claims:submit', { claimNumber }), moved)}>
            {submit.pending ? 'Submitting…' : 'Submit for review'}
          </button>
          {submit.error && <ClaimProblem title="Not submitted" error={submit.error} />}
        </div>
      )}
      {canDecide && (
        <>
          <div className="claim-actions__item">
            <button type="button" className="button button--primary" disabled={approve.pending} onClick={() => void approve.run(() => client.invoke('claims:approve', { claimNumber }), moved)}>
              {approve.pending ? 'Approving…' : 'Approve claim'}
            </button>
            {approve.error && <ClaimProblem title="Not approved" error={approve.error} />}
          </div>
          <form className="claim-actions__item inline-form" onSubmit={returnToDraft} aria-label="Return to draft">
            <label htmlFor="return-reason">Reason to return</label>
            <input id="return-reason" value={returnReason} onChange={(e) => setReturnReason(e.target.value)} autoComplete="off" />
            <button type="submit" className="button" disabled={giveBack.pending}>
              Return to draft
            </button>
            {giveBack.error && <ClaimProblem title="Not returned" error={giveBack.error} />}
          </form>
        </>
      )}
      {canExclude && (
        <form className="claim-actions__item inline-form" onSubmit={excludeLines} aria-label="Exclude lines">
          <label htmlFor="exclude-reason">Reason to exclude</label>
          <input id="exclude-reason" value={excludeReason} onChange={(e) => setExcludeReason(e.target.value)} autoComplete="off" />
          <button type="submit" className="button" disabled={exclude.pending || selectedLines.length === 0}>
            Exclude {formatQuantity(selectedLines.length)} selected line{selectedLines.length === 1 ? '' : 's'}
          </button>
          {exclude.error && <ClaimProblem title="Lines not excluded" error={exclude.error} />}
        </form>
      )}
      {!canSubmit && !canDecide && !canExclude && <p className="muted">Nothing to do here as {role}: the claim is {STATE_LABELS[claim.state]}.</p>}
      <p className="notice-line" role="status">
        {notice}
      </p>
    </div>
  );
}
