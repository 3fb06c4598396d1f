import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import type { OverrideInput } from '../../../src-shared/schemas/ledger-inputs';
import { fieldErrorsFrom } from '../../ui/field-errors';
import { TextField } from '../../ui/text-field';

interface OverridePanelProps {
  /** main's OVERRIDE_REQUIRED answer: says why a supervisor is needed */
  required: AppErrorShape;
  /** main's answer to the last approval attempt, e.g. FORBIDDEN when the approver is a clerk */
  refusal: AppErrorShape | null;
  pending: boolean;
  onApprove(override: OverrideInput): void;
  onCancel(): void;
}

/** A supervisor approves at the clerk's desk: their user name, password and a reason, sent with the receipt. */
export function OverridePanel({ required, refusal, pending, onApprove, onCancel }: OverridePanelProps) {
  const [supervisorUsername, setUsername] = useState('');
  const [supervisorPassword, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrorsFrom(refusal);

  function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    if (!pending) onApprove({ supervisorUsername, supervisorPassword, reason });
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') onCancel();
  }

  return (
    <form className="panel override-panel" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-labelledby="override-title">
      <h2 id="override-title">Supervisor approval needed</h2>
      <p>{required.message}</p>
      {refusal && (
        <div className="error-summary" role="alert">
          <h3>{refusal.code === 'FORBIDDEN' ? 'Approval refused' : 'Not approved'}</h3>
          <p>{refusal.code === 'UNAUTHENTICATED' ? 'The supervisor user name or password is wrong.' : refusal.message}</p>
        </div>
      )}
      <div className="override-grid">
        <TextField form="approval" name="override.supervisorUsername" label="Supervisor user name" value={supervisorUsername} onValue={setUsername} error={errors['override.supervisorUsername']} autoComplete="off" spellCheck={false} autoFocus />
        <TextField form="approval" name="override.supervisorPassword" label="Supervisor password" type="password" value={supervisorPassword} onValue={setPassword} error={errors['override.supervisorPassword']} autoComplete="off" />
        <TextField form="approval" name="override.reason" label="Reason" value={reason} onValue={setReason} error={errors['override.reason']} hint="Why this receipt may go over the entry line (at least 5 characters)." autoComplete="off" className="span-2" />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Checking…' : 'Approve and receive'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
