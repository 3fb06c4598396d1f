import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useDeskClient } from '../../app/client-context';
import { useShortcuts } from '../../app/use-shortcuts';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldErrorsFrom, fieldId } from '../../ui/field-errors';
import { missingLineError } from './missing-line';
import { OverridePanel } from './override-panel';
import { PalletOptions } from './pallet/pallet-options';
import { PalletOutcome } from './pallet/pallet-outcome';
import { usePalletCapabilities } from './pallet/use-pallet-settings';
import { DRAFT_FIELDS, emptyDraft, FIELD_LABELS, nextPallet, type DraftTextField, type ReceiptDraft } from './receipt-draft';
import { ReceiptFields } from './receipt-fields';
import { ReceiptOutcome } from './receipt-outcome';
import { CameraPanel } from './camera/camera-panel';
import { ScannerDevices } from './scanner-devices';
import { ScanStatus } from './scan-status';
import { resolveLine, useEntryLookup } from './use-entry-lookup';
import { useReceiptScanner } from './use-receipt-scanner';
import { useReceiptSubmit, type PalletSteps } from './use-receipt-submit';
import { useReferenceData } from './use-reference-data';
import './receiving.css';

/** Enter on a select or checkbox submits too (browsers only submit from text inputs): keyboard-first. */
function submitOnEnter(e: KeyboardEvent<HTMLFormElement>) {
  const t = e.target;
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.shiftKey) return;
  if (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type === 'checkbox')) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}

const focusField = (name: string) => requestAnimationFrame(() => document.getElementById(fieldId('receipt', name))?.focus());

/** One receipt line per pallet: where it came from (entry line), what it is, and where it goes. */
export function ReceivingScreen() {
  const [draft, setDraft] = useState<ReceiptDraft>(emptyDraft);
  const { locations, items, error: loadError } = useReferenceData();
  const { lookup } = useEntryLookup(draft.entryNumber);
  const item = items.find((i) => i.sku === draft.sku.trim());
  const line = resolveLine(draft.lineNumber, lookup, item);
  const submission = useReceiptSubmit();
  const errors = fieldErrorsFrom(submission.error);
  const capabilities = usePalletCapabilities();
  // Label on by default where a printer is set, tag where a reader is: the common case takes no keys.
  const [stepChoice, setSteps] = useState<Partial<PalletSteps>>({});
  const steps: PalletSteps = {
    label: capabilities?.sscc === true && capabilities.printer !== '' && (stepChoice.label ?? true),
    tag: capabilities?.sscc === true && capabilities.reader !== '' && (stepChoice.tag ?? true),
  };
  useShortcuts([
    { label: 'Alt+L', codes: ['KeyL'], alt: true, run: () => setSteps((s) => ({ ...s, label: !steps.label })) },
    { label: 'Alt+T', codes: ['KeyT'], alt: true, run: () => setSteps((s) => ({ ...s, tag: !steps.tag })) },
    { label: 'Alt+G', codes: ['KeyG'], alt: true, run: () => readTags() },
  ]);
  const client = useDeskClient();
  const readTags = () => {
    if (capabilities?.reader) void client.invoke('pallets:read-tags', {});
  };

  const patch = (update: Partial<ReceiptDraft>) => {
    setDraft((d) => ({ ...d, ...update }));
    if (submission.approval) submission.cancelApproval();
  };
  const set = (field: DraftTextField, value: string) => patch({ [field]: value });
  function focusNext(after: DraftTextField | null, filled: Partial<ReceiptDraft>) {
    const merged = { ...draft, ...filled };
    const start = after ? DRAFT_FIELDS.indexOf(after) + 1 : 0;
    const next = DRAFT_FIELDS.slice(start).find((f) => f !== 'lineNumber' && !merged[f].trim());
    if (next) focusField(next);
    else requestAnimationFrame(() => document.getElementById('receipt-submit')?.focus());
  }
  const { feedback: scanFeedback, onScanEvent } = useReceiptScanner({ patch, locations, focusNext });

  async function receive(e?: FormEvent, override?: Parameters<typeof submission.submit>[4]) {
    e?.preventDefault();
    if (!line) {
      const error = missingLineError(draft.entryNumber, lookup);
      submission.reject(error);
      focusField(error.issues?.[0]?.field ?? 'entryNumber');
      return;
    }
    const lineNumber = String(line.lineNumber);
    const received = await submission.submit(draft, lineNumber, item?.uom ?? draft.uom, steps, override);
    if (received) {
      setDraft(nextPallet({ ...draft, lineNumber }));
      focusField('sku');
    }
  }

  return (
    <section className="screen receiving" aria-labelledby="receiving-title">
      <div className="screen__head">
        <h1 id="receiving-title">Receiving</h1>
        <ScannerDevices />
        <ScanStatus feedback={scanFeedback} />
      </div>
      <CameraPanel onScan={onScanEvent} />
      {loadError && <ErrorSummary title="Bins or items could not be loaded" error={loadError} form="receipt" labels={FIELD_LABELS} />}
      {submission.error && submission.error.code !== 'OVERRIDE_REQUIRED' && <ErrorSummary title="The receipt was not recorded" error={submission.error} form="receipt" labels={FIELD_LABELS} />}
      {submission.outcome && <ReceiptOutcome result={submission.outcome.result} uom={submission.outcome.uom} />}
      {submission.outcome?.pallet && submission.outcome.progress && (
        <PalletOutcome key={submission.outcome.pallet.sscc} initial={submission.outcome.pallet} initialProgress={submission.outcome.progress} />
      )}
      <form className="panel receipt-form" onSubmit={(e) => void receive(e)} onKeyDown={submitOnEnter} noValidate aria-label="Receipt line">
        <ReceiptFields draft={draft} set={set} setPreserve={(p) => patch({ preserveForDrawback: p })} lookup={lookup} line={line} item={item} items={items} locations={locations} errors={errors} />
        <PalletOptions steps={steps} onSteps={(s) => setSteps(s)} capabilities={capabilities} />
        <div className="actions">
          <button type="submit" id="receipt-submit" className="button button--primary" disabled={submission.pending}>
            {submission.pending ? 'Receiving…' : 'Receive'} <kbd>Enter</kbd>
          </button>
          {capabilities?.reader && (
            <button type="button" className="button" onClick={readTags} aria-keyshortcuts="Alt+G">
              Read tag <kbd>Alt+G</kbd>
            </button>
          )}
          <button type="button" className="button" onClick={() => (setDraft(emptyDraft()), submission.clearError(), focusField('entryNumber'))}>
            Clear form
          </button>
        </div>
      </form>
      {submission.approval && (
        <OverridePanel
          required={submission.approval.required}
          refusal={submission.approval.refusal}
          pending={submission.pending}
          onApprove={(override) => void receive(undefined, override)}
          onCancel={() => (submission.cancelApproval(), focusField('quantity'))}
        />
      )}
    </section>
  );
}
