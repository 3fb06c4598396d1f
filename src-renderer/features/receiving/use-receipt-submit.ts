import { useState } from 'react';
import type { ReceiptResult } from '../../../src-shared/domain/ledger';
import type { Pallet, PalletProgress } from '../../../src-shared/domain/pallets';
import type { AppErrorShape } from '../../../src-shared/errors';
import type { OverrideInput } from '../../../src-shared/schemas/ledger-inputs';
import { useDeskClient } from '../../app/client-context';
import { newReference, toReceiptInput, type ReceiptDraft } from './receipt-draft';

export interface ReceiptSubmission {
  pending: boolean;
  /** main's refusal of the receipt itself, shown per field and in the summary */
  error: AppErrorShape | null;
  /** set while main wants a supervisor: the OVERRIDE_REQUIRED answer and any refused approval */
  approval: { required: AppErrorShape; refusal: AppErrorShape | null } | null;
  outcome: { result: ReceiptResult; uom: string; pallet: Pallet | null; progress: PalletProgress | null } | null;
  submit(draft: ReceiptDraft, lineNumber: string, uom: string, pallet: PalletSteps, override?: OverrideInput): Promise<boolean>;
  cancelApproval(): void;
  clearError(): void;
  /** shows a problem found before asking main (e.g. no entry line yet) the same way as main's */
  reject(error: AppErrorShape): void;
}

/** pallets:receive names fields inside its `receipt`; the form's fields are the receipt's own. */
function receiptFieldsOf(error: AppErrorShape): AppErrorShape {
  if (!error.issues) return error;
  return { ...error, message: error.message.replaceAll('receipt.', ''), issues: error.issues.map((i) => ({ ...i, field: i.field.replace(/^receipt\./, '') })) };
}

/** What to do with the pallet besides recording the receipt. */
export interface PalletSteps {
  label: boolean;
  tag: boolean;
}

/**
 * Sends one receipt (with its pallet label and tag when asked: one operation in main); resubmits with the supervisor's override when main asks for one. One reference
 * per pallet (renewed after each success) makes a repeated Enter harmless.
 */
export function useReceiptSubmit(): ReceiptSubmission {
  const client = useDeskClient();
  const [reference, setReference] = useState(newReference);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [approval, setApproval] = useState<ReceiptSubmission['approval']>(null);
  const [outcome, setOutcome] = useState<ReceiptSubmission['outcome']>(null);

  async function submit(draft: ReceiptDraft, lineNumber: string, uom: string, steps: PalletSteps, override?: OverrideInput): Promise<boolean> {
    if (pending) return false;
    setPending(true);
    const receipt = toReceiptInput(draft, lineNumber, reference, override);
    const result =
      steps.label || steps.tag
        ? await client.invoke('pallets:receive', { receipt, label: steps.label, tag: steps.tag }).then((r) => (r.ok ? r : { ok: false as const, error: receiptFieldsOf(r.error) }))
        : await client.invoke('receiving:create-receipt', receipt).then((r) => (r.ok ? { ok: true as const, value: { receipt: r.value, pallet: null, progress: null } } : r));
    setPending(false);
    if (result.ok) {
      setOutcome({ result: result.value.receipt, uom, pallet: result.value.pallet, progress: result.value.progress });
      setError(null);
      setApproval(null);
      setReference(newReference());
      return true;
    }
    setOutcome(null);
    if (result.error.code === 'OVERRIDE_REQUIRED') {
      setError(result.error);
      setApproval({ required: result.error, refusal: null });
    } else if (override && approval) {
      setApproval({ ...approval, refusal: result.error });
    } else {
      setError(result.error);
      setApproval(null);
    }
    return false;
  }

  return {
    pending,
    error,
    approval,
    outcome,
    submit,
    cancelApproval: () => setApproval(null),
    clearError: () => setError(null),
    reject: (e) => (setError(e), setOutcome(null), setApproval(null)),
  };
}
