import type { EntryLine } from '../../../src-shared/domain/ledger';
import { formatDutyPerUnit, formatHts, formatQuantity } from '../../ui/format';
import { Field } from '../../ui/field';
import type { EntryLookup } from './use-entry-lookup';

interface EntryLineSelectProps {
  lookup: EntryLookup;
  line: EntryLine | undefined;
  onLine(lineNumber: string): void;
  error?: string;
}

function describe(l: EntryLine): string {
  return `Line ${l.lineNumber} · HTS ${formatHts(l.hts)} · ${formatQuantity(l.quantity)} ${l.uom} · received ${formatQuantity(l.receivedQuantity)} · duty ${formatDutyPerUnit(l.dutyPerUnit)}/unit`;
}

/** The entry's lines once the entry is found; the chosen line's numbers are spelled out under it. */
export function EntryLineSelect({ lookup, line, onLine, error }: EntryLineSelectProps) {
  const lines = lookup.status === 'found' ? lookup.entry.lines : [];
  const placeholder = lookup.status === 'loading' ? 'Finding the entry…' : lookup.status === 'found' ? 'Choose a line' : 'Find the entry first';
  const remaining = line ? line.quantity - line.receivedQuantity : 0;
  const hint = line ? (
    <dl className="line-facts">
      <div>
        <dt>HTS</dt>
        <dd>{formatHts(line.hts)}</dd>
      </div>
      <div>
        <dt>Entered</dt>
        <dd>
          {formatQuantity(line.quantity)} {line.uom}
        </dd>
      </div>
      <div>
        <dt>Received so far</dt>
        <dd>{formatQuantity(line.receivedQuantity)}</dd>
      </div>
      <div>
        <dt>Still open</dt>
        <dd className={remaining <= 0 ? 'text-warning' : undefined}>
          {remaining > 0 ? formatQuantity(remaining) : 'nothing left to receive without a supervisor'}
        </dd>
      </div>
      <div>
        <dt>Duty per unit</dt>
        <dd>{formatDutyPerUnit(line.dutyPerUnit)}</dd>
      </div>
      {/* AD/CVD goods are kept apart in the claim: those duties are never refunded (19 U.S.C. 1677h) */}
      {(line.antidumpingDuty !== '0.00' || line.countervailingDuty !== '0.00') && (
        <div>
          <dt>AD / CVD on the line</dt>
          <dd>
            ${line.antidumpingDuty} / ${line.countervailingDuty} <span className="muted">(never refunded)</span>
          </dd>
        </div>
      )}
    </dl>
  ) : undefined;
  return (
    <Field form="receipt" name="lineNumber" label="Entry line" error={error} hint={hint}>
      {(control) => (
        // Not a registered input: the line shown is derived from the entry found (resolveLine), the choice goes to the form
        <select
          {...control}
          name="lineNumber"
          value={line ? String(line.lineNumber) : ''}
          onChange={(e) => onLine(e.target.value)}
          disabled={lines.length === 0}
        >
          {!line && <option value="">{placeholder}</option>}
          {lines.map((l) => (
            <option key={l.lineNumber} value={String(l.lineNumber)}>
              {describe(l)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
