import type { Ref } from 'react';
import { Field } from '../../ui/field';

export interface BalanceFilterValues {
  entryNumber: string;
  sku: string;
  lotCode: string;
  locationCode: string;
}

export const NO_FILTER: BalanceFilterValues = { entryNumber: '', sku: '', lotCode: '', locationCode: '' };

const LABELS: Record<keyof BalanceFilterValues, string> = {
  entryNumber: 'Filter by entry',
  sku: 'Filter by SKU',
  lotCode: 'Filter by lot',
  locationCode: 'Filter by location',
};

interface BalanceFiltersProps {
  value: BalanceFilterValues;
  onChange(next: BalanceFilterValues): void;
  firstRef?: Ref<HTMLInputElement>;
}

/** Narrow the balances by entry, SKU, lot or bin; the table follows as you type (nothing to submit). */
export function BalanceFilters({ value, onChange, firstRef }: BalanceFiltersProps) {
  return (
    <form className="filters" role="search" aria-label="Filter balances" onSubmit={(e) => e.preventDefault()}>
      {(Object.keys(LABELS) as (keyof BalanceFilterValues)[]).map((name, i) => (
        <Field key={name} form="filter" name={name} label={LABELS[name]}>
          {(control) => (
            <input
              {...control}
              name={name}
              ref={i === 0 ? firstRef : undefined}
              value={value[name]}
              onChange={(e) => onChange({ ...value, [name]: e.target.value })}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
      ))}
      <button type="button" className="button filters__clear" onClick={() => onChange(NO_FILTER)}>
        Clear filters
      </button>
    </form>
  );
}
