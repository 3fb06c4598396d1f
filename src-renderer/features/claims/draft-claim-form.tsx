import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { CLAIM_PROVISIONS, PROVISION_LABELS, type ClaimView, type ClaimProvision } from '../../../src-shared/domain/claims';
import { useDeskClient } from '../../app/client-context';
import { CheckboxField } from '../../ui/checkbox-field';
import { fieldErrorsFrom } from '../../ui/field-errors';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { formatDollars } from './claim-format';
import { ClaimProblem } from './claim-problem';
import { useAction } from './use-action';

const LABELS = { provision: 'Provision', claimant: 'Claimant', periodStart: 'Exports from', periodEnd: 'Exports to', claimDate: 'Claim date', includeMpf: 'Fees' };
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Last calendar month, claimed today: what a desk drafting monthly claims usually wants. */
function defaults() {
  const today = new Date();
  return { provision: 'unused-direct-identification' as ClaimProvision, claimant: null as string | null, periodStart: iso(new Date(today.getFullYear(), today.getMonth() - 1, 1)), periodEnd: iso(new Date(today.getFullYear(), today.getMonth(), 0)), claimDate: iso(today), includeMpf: false };
}

/** Enter on the select or the checkbox submits too (browsers submit only from text inputs). */
function submitOnEnter(e: KeyboardEvent<HTMLFormElement>) {
  const t = e.target;
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.shiftKey) return;
  if (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type === 'checkbox')) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}

/** Drafts a claim from the unclaimed allocations of exports dated in the period. */
export function DraftClaimForm({ lastClaimant, onDrafted }: { lastClaimant: string; onDrafted(claim: ClaimView): void }) {
  const client = useDeskClient();
  const [typed, setDraft] = useState(defaults);
  // The claimant of the last claim until someone types another (the list arrives after the form).
  const draft = { ...typed, claimant: typed.claimant ?? lastClaimant };
  const action = useAction<ClaimView>();
  const errors = fieldErrorsFrom(action.error);
  const set = (field: keyof typeof typed) => (value: string | boolean) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (action.pending) return;
    await action.run(
      () => client.invoke('claims:draft', { ...draft, claimDate: draft.claimDate.trim() || undefined }),
      (claim) => {
        onDrafted(claim);
        return `Drafted ${claim.number}: ${claim.lines} lines, ${formatDollars(claim.totalRefund)}${claim.openExceptions ? `, ${claim.openExceptions} open exception${claim.openExceptions === 1 ? '' : 's'}` : ''}.`;
      },
    );
  }

  return (
    <form className="panel draft-form" aria-labelledby="draft-title" onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} noValidate>
      <h2 id="draft-title">Draft claim</h2>
      {action.error && <ClaimProblem title="The claim was not drafted" error={action.error} form="draft" labels={LABELS} />}
      <SelectField form="draft" name="provision" label={LABELS.provision} value={draft.provision} onValue={set('provision')} error={errors.provision}>
        {CLAIM_PROVISIONS.map((p) => (
          <option key={p} value={p}>
            {PROVISION_LABELS[p]}
          </option>
        ))}
      </SelectField>
      <TextField form="draft" name="claimant" label={LABELS.claimant} value={draft.claimant} onValue={set('claimant')} error={errors.claimant} autoComplete="organization" />
      <div className="field-row">
        <TextField form="draft" name="periodStart" label={LABELS.periodStart} type="date" value={draft.periodStart} onValue={set('periodStart')} error={errors.periodStart} />
        <TextField form="draft" name="periodEnd" label={LABELS.periodEnd} type="date" value={draft.periodEnd} onValue={set('periodEnd')} error={errors.periodEnd} />
      </div>
      <TextField form="draft" name="claimDate" label={LABELS.claimDate} type="date" value={draft.claimDate} onValue={set('claimDate')} error={errors.claimDate} hint="The date it will be filed; five-year limits count to it." />
      <CheckboxField form="draft" name="includeMpf" label="Claim the fees too (MPF and HMF)" checked={draft.includeMpf} onChecked={set('includeMpf')} error={errors.includeMpf} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? 'Drafting…' : 'Draft claim'} <kbd>Enter</kbd>
        </button>
      </div>
      <p className="notice-line" role="status">
        {action.notice}
      </p>
    </form>
  );
}
