import type { Location } from '../../../src-shared/domain/ledger';
import { SelectField } from '../../ui/select-field';

interface LocationSelectProps {
  locations: Location[];
  value: string;
  onValue(code: string): void;
  error?: string;
}

/** Bins grouped so the segregated drawback cages stand out from ordinary bins. */
export function LocationSelect({ locations, value, onValue, error }: LocationSelectProps) {
  const drawback = locations.filter((l) => l.drawbackSegregated);
  const ordinary = locations.filter((l) => !l.drawbackSegregated);
  const chosen = locations.find((l) => l.code === value);
  const hint = chosen?.drawbackSegregated ? 'Drawback bin: everything received here is preserved for drawback.' : undefined;
  return (
    <SelectField form="receipt" name="locationCode" label="Location" value={value} onValue={onValue} error={error} hint={hint} className={chosen?.drawbackSegregated ? 'field--drawback' : undefined}>
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
    </SelectField>
  );
}
