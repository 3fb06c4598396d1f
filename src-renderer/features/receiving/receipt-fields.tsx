import type { EntryLine, Item, Location } from '../../../src-shared/domain/ledger';
import { UNITS } from '../../../src-shared/units';
import { CheckboxField } from '../../ui/checkbox-field';
import type { FieldErrors } from '../../ui/field-errors';
import { formatHts } from '../../ui/format';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { EntryLineSelect } from './entry-line-select';
import { LocationSelect } from './location-select';
import type { DraftTextField, ReceiptDraft } from './receipt-draft';
import type { EntryLookup } from './use-entry-lookup';

interface ReceiptFieldsProps {
  draft: ReceiptDraft;
  set(field: DraftTextField, value: string): void;
  setPreserve(preserve: boolean): void;
  lookup: EntryLookup;
  line: EntryLine | undefined;
  item: Item | undefined;
  items: Item[];
  locations: Location[];
  errors: FieldErrors;
}

function skuHint(draft: ReceiptDraft, item: Item | undefined, line: EntryLine | undefined): string | undefined {
  if (!item) return draft.sku.trim() ? undefined : 'Type, pick or scan the SKU (a GTIN scan finds it).';
  const base = `${item.description} · HTS ${formatHts(item.hts)} · kept in ${item.uom}`;
  if (line && line.hts !== item.hts) return `${base} — differs from the line's HTS ${formatHts(line.hts)}: the receipt will be flagged for review.`;
  return item.drawbackEligible ? base : `${base} · not drawback-eligible`;
}

/** The receipt line's fields, in the order a clerk works through a pallet. */
export function ReceiptFields({ draft, set, setPreserve, lookup, line, item, items, locations, errors }: ReceiptFieldsProps) {
  const entryError = errors.entryNumber ?? (lookup.status === 'missing' ? lookup.error.message : undefined);
  const location = locations.find((l) => l.code === draft.locationCode);
  const entryHint = lookup.status === 'found' ? `${lookup.entry.importer} · entered ${lookup.entry.entryDate} · port ${lookup.entry.portCode}` : undefined;
  return (
    <div className="receipt-grid">
      <TextField form="receipt" name="entryNumber" label="Entry number" value={draft.entryNumber} onValue={(v) => set('entryNumber', v)} error={entryError} hint={entryHint} autoComplete="off" spellCheck={false} autoFocus className="span-2" />
      <EntryLineSelect lookup={lookup} line={line} onLine={(v) => set('lineNumber', v)} error={errors.lineNumber} />
      <TextField form="receipt" name="sku" label="SKU" value={draft.sku} onValue={(v) => set('sku', v)} error={errors.sku} hint={skuHint(draft, item, line)} list="receipt-sku-options" autoComplete="off" spellCheck={false} />
      <datalist id="receipt-sku-options">
        {items.map((i) => (
          <option key={i.sku} value={i.sku}>
            {i.description}
          </option>
        ))}
      </datalist>
      <TextField form="receipt" name="lotCode" label="Lot" value={draft.lotCode} onValue={(v) => set('lotCode', v)} error={errors.lotCode} autoComplete="off" spellCheck={false} />
      <div className="field-pair">
        <TextField form="receipt" name="quantity" label="Quantity" value={draft.quantity} onValue={(v) => set('quantity', v)} error={errors.quantity} inputMode="numeric" autoComplete="off" />
        <SelectField form="receipt" name="uom" label="Unit" value={draft.uom} onValue={(v) => set('uom', v)} error={errors.uom}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </SelectField>
      </div>
      <LocationSelect locations={locations} value={draft.locationCode} onValue={(v) => set('locationCode', v)} error={errors.locationCode} />
      {location && !location.drawbackSegregated && (
        <CheckboxField
          form="receipt"
          name="preserveForDrawback"
          label="Preserve for drawback (hold this stock as drawback proof in an ordinary bin)"
          checked={draft.preserveForDrawback}
          onChecked={setPreserve}
          error={errors.preserveForDrawback}
        />
      )}
    </div>
  );
}
