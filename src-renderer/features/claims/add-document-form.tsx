import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { EXPORT_DOCUMENT_KINDS } from '../../../src-shared/domain/exports';
import { exportDocumentFieldsSchema } from '../../../src-shared/schemas/export-inputs';
import { useDeskMutation } from '../../app/desk-query';
import { ErrorSummary } from '../../ui/error-summary';
import { Field } from '../../ui/field';
import { errorOf, setMainErrors } from '../../ui/form-errors';
import { blankAsAbsent } from '../../ui/form-schema';
import { submitOnEnter } from '../../ui/submit-on-enter';
import { DOCUMENT_LABELS } from './claim-format';

const LABELS = { kind: 'Document', reference: 'Number', documentDate: 'Date' } as const;
/** main's rules for a document; the date may be left blank */
const schema = exportDocumentFieldsSchema.extend({ documentDate: blankAsAbsent(exportDocumentFieldsSchema.shape.documentDate) });

/** Attaches a document that came late (the bill of lading) to the line's export shipment. */
export function AddDocumentForm({ shipmentReference, exportDate, onAdded }: { shipmentReference: string; exportDate: string; onAdded(): void }) {
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'bill-of-lading', reference: '', documentDate: exportDate },
  });
  const { register, handleSubmit, formState, setError, reset, getValues } = form;
  const add = useDeskMutation('exports:add-document', {
    onSuccess: () => (reset({ ...getValues(), reference: '' }), onAdded()),
    onError: (error) => setMainErrors(setError, error, Object.keys(LABELS)),
  });
  const notice = add.data ? `${DOCUMENT_LABELS[add.data.kind].replace(/ \(.*\)$/, '')} ${add.data.reference} attached to ${shipmentReference}.` : null;

  return (
    <form
      className="add-document"
      aria-label={`Add a document to ${shipmentReference}`}
      onSubmit={handleSubmit((values) => !add.isPending && add.mutate({ shipmentReference, ...values }))}
      onKeyDown={submitOnEnter}
      noValidate
    >
      <h4>Add a document to {shipmentReference}</h4>
      <ErrorSummary title="The document was not added" errors={formState.errors} form="document" labels={LABELS} />
      <div className="add-document__fields">
        <Field form="document" name="kind" label={LABELS.kind} error={errorOf(formState.errors, 'kind')}>
          {(control) => (
            <select {...control} {...register('kind')}>
              {EXPORT_DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DOCUMENT_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form="document" name="reference" label={LABELS.reference} error={errorOf(formState.errors, 'reference')}>
          {(control) => <input {...control} {...register('reference')} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field form="document" name="documentDate" label={LABELS.documentDate} error={errorOf(formState.errors, 'documentDate')}>
          {(control) => <input {...control} {...register('documentDate')} type="date" />}
        </Field>
      </div>
      <button type="submit" className="button button--small" aria-disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add document'}
      </button>
      <p className="notice-line" role="status">
        {notice}
      </p>
    </form>
  );
}
