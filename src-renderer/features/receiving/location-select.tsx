import type { UseFormRegister } from 'react-hook-form';
import type { Location } from '../../../src-shared/domain/ledger';
import { Field } from '../../ui/field';
import type { ReceiptDraft } from './receipt-draft';

interface LocationSelectProps {
  locations: Location[];
  /** the bin chosen now */
  chosen: Location | undefined;
  register: UseFormRegister<ReceiptDraft>;
  error?: string;
}

/** Bins grouped so the segregated drawback cages stand out from ordinary bins. */
export function LocationSelect({ locations, chosen, register, error }: LocationSelectProps) {
  const drawback = locations.filter((l) => l.drawbackSegregated);
  const ordinary = locations.filter((l) => !l.drawbackSegregated);
  const hint = chosen?.drawbackSegregated ? 'Drawback bin: everything received here is preserved for drawback.' : undefined;
  return (
    <Field form="receipt" name="locationCode" label="Location" error={error} hint={hint} className={chosen?.drawbackSegregated ? 'field--drawback' : undefined}>
      {(control) => (
        <select {...control} {...register('locationCode')}>
          <option value="">Choose a bin</option>
          <optgroup label="Drawback bins (segregated)">
            {drawback.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code} — {l.description || 'drawback bin'} [drawback bin]
              </option>
            ))}
          </optgroup>
          <optgroup label="Ordinary bins">
            {ordinary.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code} — {l.description || 'bin'}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </Field>
  );
}
