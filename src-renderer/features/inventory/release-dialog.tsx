import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BalanceRow, Movement } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';
import { fieldErrorsFrom } from '../../ui/field-errors';
import { formatQuantity } from '../../ui/format';
import { TextField } from '../../ui/text-field';

interface ReleaseDialogProps {
  row: BalanceRow;
  onDone(movement: Movement): void;
  onClose(): void;
}

/**
 * Releases preserved stock back to ordinary use, approved at the desk by a supervisor who is not the
 * person asking (four eyes). Offered to everyone; main decides, and its refusal is shown as given.
 */
export function ReleaseDialog({ row, onDone, onClose }: ReleaseDialogProps) {
  const client = useDeskClient();
  const ref = useRef<HTMLDialogElement>(null);
  const [quantity, setQuantity] = useState(String(row.preserved));
  const [reason, setReason] = useState('');
  const [supervisorUsername, setSupervisorUsername] = useState('');
  const [supervisorPassword, setSupervisorPassword] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsFrom(error);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setPending(true);
    const plain = quantity.trim().replace(/,/g, '');
    const result = await client.invoke('inventory:release-preserved', {
      sku: row.sku,
      lotCode: row.lotCode,
      locationCode: row.locationCode,
      quantity: /^\d+$/.test(plain) ? Number(plain) : quantity,
      reason,
      override: supervisorUsername || supervisorPassword ? { supervisorUsername, supervisorPassword } : undefined,
    });
    setPending(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  }

  return (
    <dialog ref={ref} className="panel dialog" aria-labelledby="release-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} noValidate>
        <h2 id="release-title">Release from drawback</h2>
        <p>
          Lot <strong>{row.lotCode}</strong> of {row.sku} at {row.locationCode}: {formatQuantity(row.preserved)} preserved. Released units become available for ordinary use and
          can no longer prove an export.
        </p>
        {error && (
          <div className="error-summary" role="alert">
            <h3>{error.code === 'FORBIDDEN' || error.code === 'OVERRIDE_REQUIRED' ? 'Refused: a supervisor other than you must approve the release' : 'Not released'}</h3>
            <p>{error.message}</p>
          </div>
        )}
        <TextField form="release" name="quantity" label="Quantity to release" value={quantity} onValue={setQuantity} error={errors.quantity} inputMode="numeric" autoComplete="off" autoFocus />
        <TextField form="release" name="reason" label="Reason" value={reason} onValue={setReason} error={errors.reason} hint="At least 5 characters; kept in the audit trail." autoComplete="off" />
        <TextField form="release" name="override.supervisorUsername" label="Approving supervisor" value={supervisorUsername} onValue={setSupervisorUsername} error={errors['override.supervisorUsername']} hint="A supervisor other than you approves here." autoComplete="off" spellCheck={false} />
        <TextField form="release" name="override.supervisorPassword" label="Supervisor password" type="password" value={supervisorPassword} onValue={setSupervisorPassword} error={errors['override.supervisorPassword']} autoComplete="off" />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Releasing…' : 'Release'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </dialog>
  );
}
