import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { EXPORT_DOCUMENT_KINDS, type ExportDocument, type ExportDocumentKind } from '../../../src-shared/domain/exports';
import { useDeskClient } from '../../app/client-context';
import { fieldErrorsFrom } from '../../ui/field-errors';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { DOCUMENT_LABELS } from './claim-format';
import { ClaimProblem } from './claim-problem';
import { useAction } from './use-action';

const LABELS = { kind: 'Document', reference: 'Number', documentDate: 'Date', shipmentReference: 'Shipment' };

function submitOnEnter(e: KeyboardEvent<HTMLFormElement>) {
  if (e.key === 'Enter' && e.target instanceof HTMLSelectElement && !e.altKey && !e.ctrlKey && !e.shiftKey) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}

/** Attaches a document that came late (the bill of lading) to the line's export shipment. */
export function AddDocumentForm({ shipmentReference, exportDate, onAdded }: { shipmentReference: string; exportDate: string; onAdded(): void }) {
  const client = useDeskClient();
  const [kind, setKind] = useState<ExportDocumentKind>('bill-of-lading');
  const [reference, setReference] = useState('');
  const [documentDate, setDocumentDate] = useState(exportDate);
  const action = useAction<ExportDocument>();
  const errors = fieldErrorsFrom(action.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (action.pending) return;
    void action.run(
      () => client.invoke('exports:add-document', { shipmentReference, kind, reference, documentDate: documentDate.trim() || undefined }),
      (doc) => {
        setReference('');
        onAdded();
        return `${DOCUMENT_LABELS[doc.kind].replace(/ \(.*\)$/, '')} ${doc.reference} attached to ${shipmentReference}.`;
      },
    );
  }

  return (
    <form className="add-document" aria-label={`Add a document to ${shipmentReference}`} onSubmit={submit} onKeyDown={submitOnEnter} noValidate>
      <h4>Add a document to {shipmentReference}</h4>
      {action.error && <ClaimProblem title="The document was not added" error={action.error} form="document" labels={LABELS} />}
      <div className="add-document__fields">
        <SelectField form="document" name="kind" label={LABELS.kind} value={kind} onValue={(v) => setKind(v as ExportDocumentKind)} error={errors.kind}>
          {EXPORT_DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {DOCUMENT_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField form="document" name="reference" label={LABELS.reference} value={reference} onValue={setReference} error={errors.reference} autoComplete="off" spellCheck={false} />
        <TextField form="document" name="documentDate" label={LABELS.documentDate} type="date" value={documentDate} onValue={setDocumentDate} error={errors.documentDate} />
      </div>
      <button type="submit" className="button button--small" disabled={action.pending}>
        {action.pending ? 'Adding…' : 'Add document'}
      </button>
      <p className="notice-line" role="status">
        {action.notice}
      </p>
    </form>
  );
}
