import { formatQuantity } from '../../ui/format';
import type { LineFilter } from './use-claim-lines';

interface LineFiltersProps {
  value: LineFilter;
  onChange(next: LineFilter): void;
  matching: number | null;
  total: number | null;
  /** the typed filter has not been asked yet (typing is debounced) */
  settling: boolean;
}

/** Narrow the lines by entry, SKU, lot or shipment (prefix), or to those with open exceptions. */
export function LineFilters({ value, onChange, matching, total, settling }: LineFiltersProps) {
  const counts = matching === null || total === null ? 'Loading lines…' : `${formatQuantity(matching)} of ${formatQuantity(total)} lines`;
  return (
    <form className="line-filters" role="search" aria-label="Filter claim lines" onSubmit={(e) => e.preventDefault()}>
      <div className="inline-field">
        <label htmlFor="lines-filter">Filter lines</label>
        <input
          id="lines-filter"
          type="search"
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
          placeholder="entry, SKU, lot or shipment"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <label className="inline-field">
        <input type="checkbox" checked={value.onlyExceptions} onChange={(e) => onChange({ ...value, onlyExceptions: e.target.checked })} /> only lines with
        exceptions
      </label>
      <p className="line-filters__count" role="status" aria-live="polite">
        {settling ? 'Filtering…' : counts}
      </p>
    </form>
  );
}
