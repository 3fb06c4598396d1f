import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useDeskClient } from '../../app/client-context';
import { useDeskQuery } from '../../app/desk-query';
import { useShortcuts } from '../../app/use-shortcuts';
import { ErrorSummary } from '../../ui/error-summary';
import { errorOf, fieldId, setMainErrors } from '../../ui/form-errors';
import { Problem } from '../../ui/problem';
import { submitOnEnter } from '../../ui/submit-on-enter';
import { CameraPanel } from './camera/camera-panel';
import { missingLineError } from './missing-line';
import { OverridePanel } from './override-panel';
import { PalletOptions } from './pallet/pallet-options';
import { PalletOutcome } from './pallet/pallet-outcome';
import { usePalletCapabilities } from './pallet/use-pallet-settings';
import { DRAFT_FIELDS, emptyDraft, FIELD_LABELS, FORM_FIELDS, nextPallet, receiptFormSchema, type DraftTextField, type ReceiptDraft } from './receipt-draft';
import { ReceiptFields } from './receipt-fields';
import { ReceiptOutcome } from './receipt-outcome';
import { RecentReceipts } from './recent-receipts';
import { ScanStatus } from './scan-status';
import { ScannerDevices } from './scanner-devices';
import { resolveLine, useEntryLookup, useEntryLookupNow, type EntryLookup } from './use-entry-lookup';
import { useReceiptScanner } from './use-receipt-scanner';
import { useReceiptSubmit, type PalletSteps } from './use-receipt-submit';
import { useReferenceData } from './use-reference-data';
import './receiving.css';

const focusField = (name: string) =>
  requestAnimationFrame(() => document.getElementById(name === 'submit' ? 'receipt-submit' : fieldId('receipt', name))?.focus());

/**
 * One receipt line per pallet: where it came from (entry line), what it is, and where it goes. The
 * form is checked with main's own rules first (the shared schema), then main's refusal lands by its
 * fields; after any problem the cursor goes to the first field to fix, so Enter or a click on
 * Receive leaves the clerk in the form. What the last receipts did stays beside the form.
 */
export function ReceivingScreen() {
  const form = useForm<ReceiptDraft, unknown, z.output<typeof receiptFormSchema>>({
    resolver: zodResolver(receiptFormSchema),
    defaultValues: emptyDraft(),
    shouldFocusError: false,
  });
  const { register, handleSubmit, setValue, getValues, setError, reset, control, formState } = form;
  const draft = useWatch({ control }) as ReceiptDraft;
  const { locations, items, error: loadError } = useReferenceData();
  const lookup = useEntryLookup(draft.entryNumber);
  const item = items.find((i) => i.sku === draft.sku.trim());
  const line = resolveLine(draft.lineNumber, lookup, item);
  const lookUpNow = useEntryLookupNow();
  const submission = useReceiptSubmit();
  const capabilities = usePalletCapabilities();
  // Label on by default where a printer is set, tag where a reader is: the common case takes no keys.
  const [stepChoice, setSteps] = useState<Partial<PalletSteps>>({});
  const steps: PalletSteps = {
    label: capabilities?.sscc === true && capabilities.printer !== '' && (stepChoice.label ?? true),
    tag: capabilities?.sscc === true && capabilities.reader !== '' && (stepChoice.tag ?? true),
  };
  const client = useDeskClient();
  const readTags = () => {
    if (capabilities?.reader) void client.invoke('pallets:read-tags', {});
  };
  useShortcuts([
    { label: 'Alt+L', codes: ['KeyL'], alt: true, run: () => setSteps((s) => ({ ...s, label: !steps.label })) },
    { label: 'Alt+T', codes: ['KeyT'], alt: true, run: () => setSteps((s) => ({ ...s, tag: !steps.tag })) },
    { label: 'Alt+G', codes: ['KeyG'], alt: true, run: () => readTags() },
  ]);
  // The pallet just received, as main now says it is: its label may fail after the receipt went through.
  const received = submission.outcome;
  const sscc = received?.pallet?.sscc ?? '';
  const palletNow =
    useDeskQuery('pallets:get', { sscc }, { enabled: sscc !== '' }).data ??
    (received?.pallet && received.progress ? { pallet: received.pallet, progress: received.progress } : null);

  const patch = (update: Partial<ReceiptDraft>) => {
    for (const [name, value] of Object.entries(update) as [keyof ReceiptDraft, string | boolean][])
      setValue(name, value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    if (submission.approval) submission.cancelApproval();
  };
  function focusNext(after: DraftTextField | null, filled: Partial<ReceiptDraft>) {
    const merged = { ...getValues(), ...filled };
    const start = after ? DRAFT_FIELDS.indexOf(after) + 1 : 0;
    focusField(DRAFT_FIELDS.slice(start).find((f) => f !== 'lineNumber' && !merged[f].trim()) ?? 'submit');
  }
  const { feedback: scanFeedback, onScanEvent } = useReceiptScanner({ patch, locations, focusNext });

  /** The entry line is the entry's, not the form's: say what is missing about it, by the entry field or the line. */
  function lineProblem(entry: EntryLookup = lookup): string | null {
    if (resolveLine(getValues('lineNumber'), entry, item)) return null;
    const issue = missingLineError(getValues('entryNumber'), entry).issues![0]!;
    setError(issue.field as keyof ReceiptDraft, { type: 'entry', message: issue.message });
    return issue.field;
  }
  /** After any problem the cursor goes to the first field to fix (or stays on Receive): never out of the form. */
  const focusFirst = (fields: readonly string[]) => focusField(FORM_FIELDS.find((f) => fields.includes(f)) ?? 'submit');

  const receive = (override?: Parameters<typeof submission.submit>[4]) =>
    handleSubmit(
      async (checked) => {
        submission.clearOutcome();
        // Enter pressed while the entry is still being looked up (right after a scan): wait for it.
        const entry = lookup.status === 'loading' ? await lookUpNow(checked.entryNumber) : lookup;
        const entryField = lineProblem(entry);
        if (entryField) return focusFirst([entryField]);
        const lineNumber = resolveLine(getValues('lineNumber'), entry, item)!.lineNumber;
        const answer = await submission.submit(checked, lineNumber, item?.uom ?? checked.uom, steps, override);
        if (answer === 'received') {
          reset(nextPallet({ ...getValues(), lineNumber: String(lineNumber) }));
          return focusField('sku');
        }
        if (answer === 'busy' || answer === 'approval-refused') return;
        const landed = setMainErrors(setError, answer, FORM_FIELDS);
        if (answer.code !== 'OVERRIDE_REQUIRED') focusFirst(landed);
      },
      (invalid) => {
        submission.clearOutcome();
        const entryField = lineProblem();
        focusFirst([...FORM_FIELDS.filter((f) => errorOf(invalid, f) !== undefined), ...(entryField ? [entryField] : [])]);
      },
    )();

  return (
    <section className="screen receiving" aria-labelledby="receiving-title">
      <div className="screen__head">
        <h1 id="receiving-title">Receiving</h1>
        <CameraPanel onScan={onScanEvent} />
        <ScannerDevices />
        <ScanStatus feedback={scanFeedback} />
      </div>
      <div className="receiving__body">
        <div className="receiving__work">
          {loadError && <Problem title="Bins or items could not be loaded" error={loadError} level={2} />}
          {!submission.approval && <ErrorSummary title="The receipt was not recorded" errors={formState.errors} form="receipt" labels={FIELD_LABELS} />}
          <form
            className="panel receipt-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!submission.pending) void receive();
            }}
            onKeyDown={submitOnEnter}
            noValidate
            aria-label="Receipt line"
          >
            <ReceiptFields
              draft={draft}
              register={register}
              errors={formState.errors}
              onLine={(v) => patch({ lineNumber: v })}
              lookup={lookup}
              line={line}
              item={item}
              items={items}
              locations={locations}
            />
            <PalletOptions steps={steps} onSteps={(s) => setSteps(s)} capabilities={capabilities} />
            <div className="actions">
              {/* never disabled while sending: a disabled button drops the focus out of the form */}
              <button type="submit" id="receipt-submit" className="button button--primary" aria-disabled={submission.pending}>
                {submission.pending ? 'Receiving…' : 'Receive'} <kbd>Enter</kbd>
              </button>
              {capabilities?.reader && (
                <button type="button" className="button" onClick={readTags} aria-keyshortcuts="Alt+G">
                  Read tag <kbd>Alt+G</kbd>
                </button>
              )}
              <button type="button" className="button" onClick={() => (reset(emptyDraft()), submission.cancelApproval(), focusField('entryNumber'))}>
                Clear form
              </button>
            </div>
          </form>
          {submission.approval && (
            <OverridePanel
              required={submission.approval.required}
              refusal={submission.approval.refusal}
              pending={submission.pending}
              onApprove={(override) => void receive(override)}
              onCancel={() => (submission.cancelApproval(), focusField('quantity'))}
            />
          )}
        </div>
        <aside className="receiving__side" aria-label="What the last receipts did">
          {received && <ReceiptOutcome result={received.result} uom={received.uom} label={palletNow?.progress ?? null} />}
          <RecentReceipts />
          {received?.pallet && received.progress && <PalletOutcome key={received.pallet.sscc} initial={received.pallet} initialProgress={received.progress} />}
        </aside>
      </div>
    </section>
  );
}
