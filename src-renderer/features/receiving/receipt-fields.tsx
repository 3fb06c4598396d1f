import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { EntryLine, Item, Location } from '../../../src-shared/domain/ledger';
import { UNITS } from '../../../src-shared/units';
import { Field } from '../../ui/field';
import { errorOf } from '../../ui/form-errors';
import { formatHts } from '../../ui/format';
import { EntryLineSelect } from './entry-line-select';
import { LocationSelect } from './location-select';
import type { ReceiptDraft } from './receipt-draft';
import type { EntryLookup } from './use-entry-lookup';

interface ReceiptFieldsProps {
  draft: ReceiptDraft;
  register: UseFormRegister<ReceiptDraft>;
  errors: FieldErrors<ReceiptDraft>;
  onLine(lineNumber: string): void;
  lookup: EntryLookup;
  line: EntryLine | undefined;
  item: Item | undefined;
  items: Item[];
  locations: Location[];
}

function skuHint(draft: ReceiptDraft, item: Item | undefined, line: EntryLine | undefined): string | undefined {
  if (!item) return draft.sku.trim() ? undefined : 'Type, pick or scan the SKU (a GTIN scan finds it).';
  const base = `${item.description} · HTS ${formatHts(item.hts)} · kept in ${item.uom}`;
  if (line && line.hts !== item.hts) return `${base} — differs from the line's HTS ${formatHts(line.hts)}: the receipt will be flagged for review.`;
  return item.drawbackEligible ? base : `${base} · not drawback-eligible`;
}

/** The receipt line's fields, in the order a clerk works through a pallet. */
export function ReceiptFields({ draft, register, errors, onLine, lookup, line, item, items, locations }: ReceiptFieldsProps) {
  const error = (name: keyof ReceiptDraft) => errorOf(errors, name);
  const entryError = error('entryNumber') ?? (lookup.status === 'missing' ? lookup.error.message : undefined);
  const location = locations.find((l) => l.code === draft.locationCode);
  const entryHint = lookup.status === 'found' ? `${lookup.entry.importer} · entered ${lookup.entry.entryDate} · port ${lookup.entry.portCode}` : undefined;
  return (
    <div className="receipt-grid">
      <Field form="receipt" name="entryNumber" label="Entry number" error={entryError} hint={entryHint} className="span-2">
        {(control) => <input {...control} {...register('entryNumber')} autoComplete="off" spellCheck={false} autoFocus />}
      </Field>
      <EntryLineSelect lookup={lookup} line={line} onLine={onLine} error={error('lineNumber')} />
      <Field form="receipt" name="sku" label="SKU" error={error('sku')} hint={skuHint(draft, item, line)}>
        {(control) => <input {...control} {...register('sku')} list="receipt-sku-options" autoComplete="off" spellCheck={false} />}
      </Field>
      <datalist id="receipt-sku-options">
        {items.map((i) => (
          <option key={i.sku} value={i.sku}>
            {i.description}
          </option>
        ))}
      </datalist>
      <Field form="receipt" name="lotCode" label="Lot" error={error('lotCode')}>
        {(control) => <input {...control} {...register('lotCode')} autoComplete="off" spellCheck={false} />}
      </Field>
      <div className="field-pair">
        <Field form="receipt" name="quantity" label="Quantity" error={error('quantity')}>
          {(control) => <input {...control} {...register('quantity')} inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field form="receipt" name="uom" label="Unit" error={error('uom')}>
          {(control) => (
            <select {...control} {...register('uom')}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <LocationSelect locations={locations} chosen={location} register={register} error={error('locationCode')} />
      {location && !location.drawbackSegregated && (
        <Field
          form="receipt"
          name="preserveForDrawback"
          label="Preserve for drawback (hold this stock as drawback proof in an ordinary bin)"
          error={error('preserveForDrawback')}
          checkbox
        >
          {(control) => <input {...control} {...register('preserveForDrawback')} type="checkbox" />}
        </Field>
      )}
    </div>
  );
}
