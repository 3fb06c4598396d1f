import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CLAIM_PROVISIONS, PROVISION_LABELS, type ClaimView } from '../../../src-shared/domain/claims';
import { draftClaimSchema } from '../../../src-shared/schemas/claim-inputs';
import { useDeskMutation } from '../../app/desk-query';
import { ErrorSummary } from '../../ui/error-summary';
import { Field } from '../../ui/field';
import { errorOf, setMainErrors } from '../../ui/form-errors';
import { blankAsAbsent } from '../../ui/form-schema';
import { formatCount, formatDollars, isoDay } from '../../ui/format';
import { submitOnEnter } from '../../ui/submit-on-enter';

const LABELS = {
  provision: 'Provision',
  claimant: 'Claimant',
  periodStart: 'Exports from',
  periodEnd: 'Exports to',
  claimDate: 'Claim date',
  includeMpf: 'Claim the fees too (MPF and HMF)',
} as const;
/** main's rules for a draft (the period's order included); the claim date may be left blank (today) */
const schema = draftClaimSchema.safeExtend({ claimDate: blankAsAbsent(draftClaimSchema.shape.claimDate) });
type DraftValues = z.input<typeof schema>;

/** Last calendar month, claimed today: what a desk drafting monthly claims usually wants. */
function defaults(): DraftValues {
  const today = new Date();
  return {
    provision: 'unused-direct-identification',
    claimant: '',
    periodStart: isoDay(new Date(today.getFullYear(), today.getMonth() - 1, 1)),
    periodEnd: isoDay(new Date(today.getFullYear(), today.getMonth(), 0)),
    claimDate: isoDay(today),
    includeMpf: false,
  };
}

function drafted(claim: ClaimView): string {
  const exceptions = claim.openExceptions ? `, ${formatCount(claim.openExceptions, 'open exception')}` : '';
  return `Drafted ${claim.number}: ${formatCount(claim.lines, 'line')}, ${formatDollars(claim.totalRefund)}${exceptions}.`;
}

/** Drafts a claim from the unclaimed allocations of exports dated in the period. */
export function DraftClaimForm({ lastClaimant, onDrafted }: { lastClaimant: string; onDrafted(claim: ClaimView): void }) {
  const { register, handleSubmit, formState, setError, setValue, getFieldState } = useForm<DraftValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: defaults(),
  });
  const draft = useDeskMutation('claims:draft', { onSuccess: onDrafted, onError: (error) => setMainErrors(setError, error, Object.keys(LABELS)) });
  // The claimant of the last claim until someone types another (the list arrives after the form).
  useEffect(() => {
    if (lastClaimant && !getFieldState('claimant').isDirty) setValue('claimant', lastClaimant);
  }, [lastClaimant, getFieldState, setValue]);
  const error = (name: keyof typeof LABELS) => errorOf(formState.errors, name);

  return (
    <form
      className="panel draft-form"
      aria-labelledby="draft-title"
      onSubmit={handleSubmit((values) => !draft.isPending && draft.mutate(values))}
      onKeyDown={submitOnEnter}
      noValidate
    >
      <h2 id="draft-title">Draft claim</h2>
      <ErrorSummary title="The claim was not drafted" errors={formState.errors} form="draft" labels={LABELS} />
      <Field form="draft" name="provision" label={LABELS.provision} error={error('provision')}>
        {(control) => (
          <select {...control} {...register('provision')}>
            {CLAIM_PROVISIONS.map((p) => (
              <option key={p} value={p}>
                {PROVISION_LABELS[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form="draft" name="claimant" label={LABELS.claimant} error={error('claimant')}>
        {(control) => <input {...control} {...register('claimant')} autoComplete="organization" />}
      </Field>
      <div className="field-row">
        <Field form="draft" name="periodStart" label={LABELS.periodStart} error={error('periodStart')}>
          {(control) => <input {...control} {...register('periodStart')} type="date" />}
        </Field>
        <Field form="draft" name="periodEnd" label={LABELS.periodEnd} error={error('periodEnd')}>
          {(control) => <input {...control} {...register('periodEnd')} type="date" />}
        </Field>
      </div>
      <Field form="draft" name="claimDate" label={LABELS.claimDate} error={error('claimDate')} hint="The date it will be filed; five-year limits count to it.">
        {(control) => <input {...control} {...register('claimDate')} type="date" />}
      </Field>
      <Field form="draft" name="includeMpf" label={LABELS.includeMpf} error={error('includeMpf')} checkbox>
        {(control) => <input {...control} {...register('includeMpf')} type="checkbox" />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={draft.isPending}>
          {draft.isPending ? 'Drafting…' : 'Draft claim'} <kbd>Enter</kbd>
        </button>
      </div>
      <p className="notice-line" role="status">
        {draft.data ? drafted(draft.data) : null}
      </p>
    </form>
  );
}
