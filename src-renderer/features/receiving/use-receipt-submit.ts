import { useState } from 'react';
import type { ReceiptResult } from '../../../src-shared/domain/ledger';
import type { Pallet, PalletProgress } from '../../../src-shared/domain/pallets';
import type { AppErrorShape } from '../../../src-shared/errors';
import type { OverrideInput } from '../../../src-shared/schemas/ledger-inputs';
import { asAppError } from '../../app/desk-error';
import { useDeskMutation } from '../../app/desk-query';
import { newReference, toReceiptInput, type CheckedReceipt } from './receipt-draft';

export interface ReceiptOutcomeState {
  result: ReceiptResult;
  uom: string;
  pallet: Pallet | null;
  progress: PalletProgress | null;
}

/** What to do with the pallet besides recording the receipt. */
export interface PalletSteps {
  label: boolean;
  tag: boolean;
}

export type SubmitOutcome = 'received' | 'busy' | 'approval-refused' | AppErrorShape;

export interface ReceiptSubmission {
  pending: boolean;
  /** set while main wants a supervisor: the OVERRIDE_REQUIRED answer and any refused approval */
  approval: { required: AppErrorShape; refusal: AppErrorShape | null } | null;
  outcome: ReceiptOutcomeState | null;
  /**
   * Sends the receipt. Resolves 'received', or main's refusal of the receipt itself (to show by its
   * fields; OVERRIDE_REQUIRED opens the approval), or 'approval-refused' (shown in the approval panel).
   */
  submit(checked: CheckedReceipt, lineNumber: number, uom: string, steps: PalletSteps, override?: OverrideInput): Promise<SubmitOutcome>;
  cancelApproval(): void;
  /** a new attempt (or a problem found before asking main) hides the last outcome */
  clearOutcome(): void;
}

/** pallets:receive names fields inside its `receipt`; the form's fields are the receipt's own. */
function receiptFieldsOf(error: AppErrorShape): AppErrorShape {
  if (!error.issues) return error;
  return { ...error, message: error.message.replaceAll('receipt.', ''), issues: error.issues.map((i) => ({ ...i, field: i.field.replace(/^receipt\./, '') })) };
}

/**
 * Sends one receipt (with its pallet label and tag when asked: one operation in main); resubmits
 * with the supervisor's override when main asks for one. One reference per pallet (renewed after
 * each success) makes a repeated Enter harmless.
 */
export function useReceiptSubmit(): ReceiptSubmission {
  const [reference, setReference] = useState(newReference);
  const [approval, setApproval] = useState<ReceiptSubmission['approval']>(null);
  const [outcome, setOutcome] = useState<ReceiptOutcomeState | null>(null);
  const plain = useDeskMutation('receiving:create-receipt');
  const withPallet = useDeskMutation('pallets:receive');
  const pending = plain.isPending || withPallet.isPending;

  async function submit(checked: CheckedReceipt, lineNumber: number, uom: string, steps: PalletSteps, override?: OverrideInput): Promise<SubmitOutcome> {
    if (pending) return 'busy';
    const receipt = toReceiptInput(checked, lineNumber, reference, override);
    try {
      const done =
        steps.label || steps.tag
          ? await withPallet.mutateAsync({ receipt, label: steps.label, tag: steps.tag })
          : { receipt: await plain.mutateAsync(receipt), pallet: null, progress: null };
      setOutcome({ result: done.receipt, uom, pallet: done.pallet, progress: done.progress });
      setApproval(null);
      setReference(newReference());
      return 'received';
    } catch (thrown) {
      const error = receiptFieldsOf(asAppError(thrown));
      setOutcome(null);
      if (error.code === 'OVERRIDE_REQUIRED') {
        setApproval({ required: error, refusal: null });
        return error;
      }
      if (override && approval) {
        setApproval({ ...approval, refusal: error });
        return 'approval-refused';
      }
      setApproval(null);
      return error;
    }
  }

  return { pending, approval, outcome, submit, cancelApproval: () => setApproval(null), clearOutcome: () => setOutcome(null) };
}
