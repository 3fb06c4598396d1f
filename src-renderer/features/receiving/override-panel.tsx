import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { AppErrorShape } from '../../../src-shared/errors';
import { overrideSchema, type OverrideInput } from '../../../src-shared/schemas/ledger-inputs';
import { Field } from '../../ui/field';
import { errorOf, fieldId, firstInvalid, setMainErrors } from '../../ui/form-errors';

interface OverridePanelProps {
  /** main's OVERRIDE_REQUIRED answer: says why a supervisor is needed */
  required: AppErrorShape;
  /** main's answer to the last approval attempt, e.g. FORBIDDEN when the approver is a clerk */
  refusal: AppErrorShape | null;
  pending: boolean;
  onApprove(override: OverrideInput): void;
  onCancel(): void;
}

/** The approval as main takes it: `override` inside the receipt, so main's issues name `override.…`. */
const schema = z.object({ override: overrideSchema });
type ApprovalValues = z.input<typeof schema>;
const FIELDS = ['override.supervisorUsername', 'override.supervisorPassword', 'override.reason'] as const;

/** A supervisor approves at the clerk's desk: their user name, password and a reason, sent with the receipt. */
export function OverridePanel({ required, refusal, pending, onApprove, onCancel }: OverridePanelProps) {
  const { register, handleSubmit, formState, setError } = useForm<ApprovalValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { override: { supervisorUsername: '', supervisorPassword: '', reason: '' } },
  });
  const errors = formState.errors;
  // Main's refusal lands by the field it names (e.g. "not a supervisor" by the user name).
  useEffect(() => {
    if (refusal) setMainErrors(setError, { ...refusal, issues: refusal.issues?.filter((i) => (FIELDS as readonly string[]).includes(i.field)) }, FIELDS);
  }, [refusal, setError]);

  const approve = handleSubmit(
    (values) => !pending && onApprove(values.override),
    (invalid) => {
      const first = firstInvalid(invalid, FIELDS);
      if (first) document.getElementById(fieldId('approval', first))?.focus();
    },
  );
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') onCancel();
  }

  return (
    <form
      className="panel override-panel"
      onSubmit={(e) => {
        e.stopPropagation();
        void approve(e);
      }}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="override-title"
    >
      <h2 id="override-title">Supervisor approval needed</h2>
      <p>{required.message}</p>
      {refusal && (
        <div className="error-summary" role="alert">
          <h3>{refusal.code === 'FORBIDDEN' ? 'Approval refused' : 'Not approved'}</h3>
          <p>{refusal.code === 'UNAUTHENTICATED' ? 'The supervisor user name or password is wrong.' : refusal.message}</p>
        </div>
      )}
      <div className="override-grid">
        <Field form="approval" name="override.supervisorUsername" label="Supervisor user name" error={errorOf(errors, 'override.supervisorUsername')}>
          {(control) => <input {...control} {...register('override.supervisorUsername')} autoComplete="off" spellCheck={false} autoFocus />}
        </Field>
        <Field form="approval" name="override.supervisorPassword" label="Supervisor password" error={errorOf(errors, 'override.supervisorPassword')}>
          {(control) => <input {...control} {...register('override.supervisorPassword')} type="password" autoComplete="off" />}
        </Field>
        <Field
          form="approval"
          name="override.reason"
          label="Reason"
          error={errorOf(errors, 'override.reason')}
          hint="Why this receipt may go over the entry line (at least 5 characters)."
          className="span-2"
        >
          {(control) => <input {...control} {...register('override.reason')} autoComplete="off" />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          {pending ? 'Checking…' : 'Approve and receive'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
