import type { Ref } from 'react';
import { TextField } from '../../ui/text-field';

export interface BalanceFilterValues {
  entryNumber: string;
  sku: string;
  lotCode: string;
  locationCode: string;
}

export const NO_FILTER: BalanceFilterValues = { entryNumber: '', sku: '', lotCode: '', locationCode: '' };

interface BalanceFiltersProps {
  value: BalanceFilterValues;
  onChange(next: BalanceFilterValues): void;
  firstRef?: Ref<HTMLInputElement>;
}

/** Narrow the balances by entry, SKU, lot or bin; the table follows as you type. */
export function BalanceFilters({ value, onChange, firstRef }: BalanceFiltersProps) {
  const set = (field: keyof BalanceFilterValues) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <form className="filters" role="search" aria-label="Filter balances" onSubmit={(e) => e.preventDefault()}>
      <TextField form="filter" name="entryNumber" label="Filter by entry" value={value.entryNumber} onValue={set('entryNumber')} inputRef={firstRef} autoComplete="off" spellCheck={false} />
      <TextField form="filter" name="sku" label="Filter by SKU" value={value.sku} onValue={set('sku')} autoComplete="off" spellCheck={false} />
      <TextField form="filter" name="lotCode" label="Filter by lot" value={value.lotCode} onValue={set('lotCode')} autoComplete="off" spellCheck={false} />
      <TextField form="filter" name="locationCode" label="Filter by location" value={value.locationCode} onValue={set('locationCode')} autoComplete="off" spellCheck={false} />
      <button type="button" className="button filters__clear" onClick={() => onChange(NO_FILTER)}>
        Clear filters
      </button>
    </form>
  );
}
