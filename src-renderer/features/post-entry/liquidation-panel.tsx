import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { FollowUp, PurchaseOrderLineStatus } from '../../../src-shared/domain/post-entry';
import { settleFollowUpSchema } from '../../../src-shared/schemas/post-entry-inputs';
import { asAppError } from '../../app/desk-error';
import { useDeskMutation, useDeskQuery } from '../../app/desk-query';
import { ErrorSummary } from '../../ui/error-summary';
import { Field } from '../../ui/field';
import { errorOf, setMainErrors } from '../../ui/form-errors';
import { formatDollars, isoDay } from '../../ui/format';
import { Problem } from '../../ui/problem';

const STATES: Record<PurchaseOrderLineStatus['state'], string> = {
  'pre-entry': 'pre-entry sent',
  filed: 'filed',
  held: 'held by customs',
  released: 'released',
  liquidated: 'liquidated',
};

/**
 * Where the entry's life ends: its purchase-order lines and how each stands (liquidated closes it),
 * and the bill or refund a liquidation left to follow up, settled here with the reference.
 */
export function LiquidationPanel({ entryNumber, poNumbers }: { entryNumber: string; poNumbers: readonly string[] }) {
  const followUps = useDeskQuery('post-entry:follow-ups', {});
  const mine = (followUps.data ?? []).filter((f) => f.entryNumber === entryNumber);
  return (
    <section className="panel" aria-labelledby="pe-liquidation-title">
      <h2 id="pe-liquidation-title">Liquidation and purchase-order lines</h2>
      {poNumbers.map((po) => (
        <PurchaseOrderLines key={po} poNumber={po} entryNumber={entryNumber} />
      ))}
      {followUps.error && <Problem title="The liquidation follow-ups could not be loaded" error={asAppError(followUps.error)} />}
      {mine.length === 0 && !followUps.isPending && <p className="muted">No bill or refund to follow up for this entry.</p>}
      {mine.map((f) => (
        <FollowUpItem key={f.liquidationId} followUp={f} />
      ))}
    </section>
  );
}

function PurchaseOrderLines({ poNumber, entryNumber }: { poNumber: string; entryNumber: string }) {
  const lines = useDeskQuery('post-entry:po-lines', { poNumber });
  const rows = (lines.data ?? []).filter((l) => l.entryNumber === entryNumber);
  if (lines.error) return <Problem title={`Purchase order ${poNumber} could not be loaded`} error={asAppError(lines.error)} />;
  return (
    <table className="pe-table" aria-label={`Purchase order ${poNumber}`}>
      <thead>
        <tr>
          <th scope="col">PO line</th>
          <th scope="col">Entry line</th>
          <th scope="col">Stands</th>
          <th scope="col">Liquidation</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={`${l.poLine}:${l.entryLine}`}>
            <th scope="row">
              {l.poNumber}/{l.poLine}
            </th>
            <td>{l.entryLine}</td>
            <td>{STATES[l.state]}</td>
            <td>
              {l.liquidation
                ? `${l.liquidation.date}, ${l.liquidation.change.replace('-', ' ')}${l.followUp ? `: ${l.followUp.kind} of ${formatDollars(l.followUp.amount)}${l.followUp.settled ? ' (settled)' : ' to follow up'}` : ''}`
                : 'not yet'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Values = z.input<typeof settleFollowUpSchema>;
const LABELS = { settledOn: 'Settled on', reference: 'Bill or refund check reference', note: 'Note' };

function FollowUpItem({ followUp }: { followUp: FollowUp }) {
  const queryClient = useQueryClient();
  const form = `pe-settle-${followUp.liquidationId}`;
  const { register, handleSubmit, formState, setError } = useForm<Values, unknown, z.output<typeof settleFollowUpSchema>>({
    resolver: zodResolver(settleFollowUpSchema),
    defaultValues: { liquidationId: followUp.liquidationId, settledOn: isoDay(new Date()), reference: '', note: '' },
  });
  const settle = useDeskMutation('post-entry:settle-follow-up', {
    onSuccess: () => {
      for (const channel of ['post-entry:follow-ups', 'post-entry:po-lines', 'post-entry:timeline'])
        void queryClient.invalidateQueries({ queryKey: [channel] });
    },
    onError: (error) => setMainErrors(setError, error, Object.keys(LABELS)),
  });
  const error = (name: string) => errorOf(formState.errors, name);
  const what = `${followUp.kind === 'bill' ? 'Bill' : 'Refund'} of ${formatDollars(followUp.amount)} from the liquidation on ${followUp.liquidationDate}`;
  if (followUp.settled)
    return (
      <p>
        {what}: settled on {followUp.settled.on}, reference {followUp.settled.reference}
        {followUp.settled.note ? ` (${followUp.settled.note})` : ''}.
      </p>
    );
  return (
    <form className="pe-settle" aria-label={what} onSubmit={handleSubmit((values) => !settle.isPending && settle.mutate(values))} noValidate>
      <p>
        <strong>{what}</strong>: {followUp.message} <span className="muted">{followUp.basis}</span>
      </p>
      <ErrorSummary title="The settlement was not recorded" errors={formState.errors} form={form} labels={LABELS} />
      <Field form={form} name="settledOn" label={LABELS.settledOn} error={error('settledOn')}>
        {(control) => <input {...control} type="date" {...register('settledOn')} />}
      </Field>
      <Field form={form} name="reference" label={LABELS.reference} error={error('reference')}>
        {(control) => <input {...control} {...register('reference')} />}
      </Field>
      <Field form={form} name="note" label={LABELS.note} error={error('note')}>
        {(control) => <input {...control} {...register('note')} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={settle.isPending}>
          {settle.isPending ? 'Recording…' : `Record the ${followUp.kind} as settled`}
        </button>
      </div>
    </form>
  );
}
