import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { EntrySummaryVersion } from '../../../src-shared/domain/post-entry';
import { correctEntrySchema } from '../../../src-shared/schemas/post-entry-inputs';
import { useDeskMutation } from '../../app/desk-query';
import { ErrorSummary } from '../../ui/error-summary';
import { Field } from '../../ui/field';
import { errorOf, setMainErrors } from '../../ui/form-errors';
import { formatDollars, formatHts } from '../../ui/format';

type Values = z.input<typeof correctEntrySchema>;
const COLUMNS = [
  ['hts', 'HTS'],
  ['origin', 'Origin'],
  ['quantity', 'Quantity'],
  ['value', 'Value'],
  ['dutyRate', 'Duty rate'],
  ['duty', 'Duty'],
  ['mpf', 'MPF'],
  ['hmf', 'HMF'],
] as const;

/** The newest version's lines as the form starts them: what is filed now, to be changed where wrong. */
function defaults(filing: EntrySummaryVersion): Values {
  return {
    entryNumber: filing.entryNumber,
    reason: '',
    entryType: filing.entryType,
    lines: filing.lines.map((l) => ({
      lineNumber: l.lineNumber,
      ...(l.description ? { description: l.description } : {}),
      hts: l.hts.map(formatHts).join('; '),
      origin: l.origin,
      quantity: l.quantity,
      unit: l.unit,
      value: l.value,
      dutyRate: l.dutyRate,
      duty: l.duty,
      mpf: l.mpf,
      hmf: l.hmf,
      ad: l.ad,
      cvd: l.cvd,
      ...(l.adcvdCase ? { adcvdCase: l.adcvdCase } : {}),
    })),
  };
}

/**
 * "Correct this entry": the lines as they should be and why, checked by the shared schema main
 * checks (same rules, same words); main writes it as a new, audited version of the entry summary.
 */
export function CorrectEntryForm({ filing }: { filing: EntrySummaryVersion }) {
  const queryClient = useQueryClient();
  const labels: Record<string, string> = { reason: 'Why the entry is corrected' };
  filing.lines.forEach((l, i) => COLUMNS.forEach(([name, label]) => (labels[`lines.${i}.${name}`] = `Line ${l.lineNumber} ${label}`)));
  const { register, handleSubmit, formState, setError, reset } = useForm<Values, unknown, z.output<typeof correctEntrySchema>>({
    resolver: zodResolver(correctEntrySchema),
    defaultValues: defaults(filing),
  });
  const correct = useDeskMutation('post-entry:correct-entry', {
    onSuccess: (version) => {
      reset(defaults(version));
      for (const channel of ['post-entry:versions', 'post-entry:variances', 'post-entry:timeline', 'post-entry:deadlines', 'post-entry:brokers'])
        void queryClient.invalidateQueries({ queryKey: [channel] });
    },
    onError: (error) => setMainErrors(setError, error, Object.keys(labels)),
  });
  const error = (name: string) => errorOf(formState.errors, name);
  return (
    <form
      className="panel pe-correct"
      aria-labelledby="pe-correct-title"
      onSubmit={handleSubmit((values) => !correct.isPending && correct.mutate(values))}
      noValidate
    >
      <h2 id="pe-correct-title">Correct this entry</h2>
      <p className="muted">
        Change what is wrong before a post-summary correction is filed: the desk keeps it as a new version, with who and why in the audit trail.
      </p>
      <ErrorSummary title="The correction was not recorded" errors={formState.errors} form="pe-correct" labels={labels} />
      {filing.lines.map((line, i) => (
        <fieldset key={line.lineNumber} className="pe-correct__line">
          <legend>Line {line.lineNumber}</legend>
          {COLUMNS.map(([name, label]) => (
            <Field key={name} form="pe-correct" name={`lines.${i}.${name}`} label={`Line ${line.lineNumber} ${label}`} error={error(`lines.${i}.${name}`)}>
              {(control) => <input {...control} {...register(`lines.${i}.${name}`)} />}
            </Field>
          ))}
        </fieldset>
      ))}
      <Field form="pe-correct" name="reason" label={labels.reason!} error={error('reason')} hint="In words, for the audit trail: at least 5 characters.">
        {(control) => <textarea {...control} {...register('reason')} rows={2} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={correct.isPending}>
          {correct.isPending ? 'Recording…' : 'Record the correction'}
        </button>
      </div>
      <p className="notice-line" role="status">
        {correct.data ? `Recorded version ${correct.data.version}: total duty and fees ${formatDollars(correct.data.total)}.` : null}
      </p>
    </form>
  );
}
