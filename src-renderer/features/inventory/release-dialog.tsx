import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { BalanceRow, Movement } from '../../../src-shared/domain/ledger';
import { approvalSchema, releaseInputSchema } from '../../../src-shared/schemas/ledger-inputs';
import { useDeskMutation } from '../../app/desk-query';
import { Field } from '../../ui/field';
import { errorOf, firstInvalid, fieldId, ROOT_ERROR, setMainErrors } from '../../ui/form-errors';
import { typedQuantity } from '../../ui/form-schema';
import { formatQuantity } from '../../ui/format';

interface ReleaseDialogProps {
  row: BalanceRow;
  onDone(movement: Movement): void;
  onClose(): void;
}

const FIELDS = ['quantity', 'reason', 'override.supervisorUsername', 'override.supervisorPassword'] as const;

/**
 * main's rules for a release; the approving supervisor is left out when neither box is filled, so
 * main (which knows who is asking) says whether a second person is needed.
 */
const schema = z.object({
  quantity: typedQuantity,
  reason: releaseInputSchema.shape.reason,
  override: z
    .object({ supervisorUsername: z.string(), supervisorPassword: z.string() })
    .transform((o) => (o.supervisorUsername || o.supervisorPassword ? o : undefined))
    .pipe(approvalSchema.optional()),
});

/**
 * Releases preserved stock back to ordinary use, approved at the desk by a supervisor who is not the
 * person asking (four eyes). Offered to everyone; main decides, and its refusal is shown as given.
 */
export function ReleaseDialog({ row, onDone, onClose }: ReleaseDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { quantity: String(row.preserved), reason: '', override: { supervisorUsername: '', supervisorPassword: '' } },
  });
  const release = useDeskMutation('inventory:release-preserved', {
    onSuccess: onDone,
    onError: (error) => {
      const landed = setMainErrors(setError, error, FIELDS);
      if (landed[0]) document.getElementById(fieldId('release', landed[0]))?.focus();
    },
  });
  const errors = formState.errors;
  const refusal = release.error && errorOf(errors, ROOT_ERROR) ? release.error : null;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const send = handleSubmit(
    (values) => !release.isPending && release.mutate({ sku: row.sku, lotCode: row.lotCode, locationCode: row.locationCode, ...values }),
    (invalid) => {
      const first = firstInvalid(invalid, FIELDS);
      if (first) document.getElementById(fieldId('release', first))?.focus();
    },
  );

  return (
    <dialog ref={ref} className="panel dialog" aria-labelledby="release-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={(e) => void send(e)} noValidate>
        <h2 id="release-title">Release from drawback</h2>
        <p>
          Lot <strong>{row.lotCode}</strong> of {row.sku} at {row.locationCode}: {formatQuantity(row.preserved)} preserved. Released units become available for
          ordinary use and can no longer prove an export.
        </p>
        {refusal && (
          <div className="error-summary" role="alert">
            <h3>
              {refusal.code === 'FORBIDDEN' || refusal.code === 'OVERRIDE_REQUIRED'
                ? 'Refused: a supervisor other than you must approve the release'
                : 'Not released'}
            </h3>
            <p>{errorOf(errors, ROOT_ERROR)}</p>
          </div>
        )}
        <Field form="release" name="quantity" label="Quantity to release" error={errorOf(errors, 'quantity')}>
          {(control) => <input {...control} {...register('quantity')} inputMode="numeric" autoComplete="off" autoFocus />}
        </Field>
        <Field form="release" name="reason" label="Reason" error={errorOf(errors, 'reason')} hint="At least 5 characters; kept in the audit trail.">
          {(control) => <input {...control} {...register('reason')} autoComplete="off" />}
        </Field>
        <Field
          form="release"
          name="override.supervisorUsername"
          label="Approving supervisor"
          error={errorOf(errors, 'override.supervisorUsername')}
          hint="A supervisor other than you approves here."
        >
          {(control) => <input {...control} {...register('override.supervisorUsername')} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field form="release" name="override.supervisorPassword" label="Supervisor password" error={errorOf(errors, 'override.supervisorPassword')}>
          {(control) => <input {...control} {...register('override.supervisorPassword')} type="password" autoComplete="off" />}
        </Field>
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={release.isPending}>
            {release.isPending ? 'Releasing…' : 'Release'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </dialog>
  );
}
