import type { EntrySummaryVersion, PostEntryVariance, SummaryLineView } from '../../../src-shared/domain/post-entry';
import { formatDollars, formatHts } from '../../ui/format';

type Field = { label: string; field: PostEntryVariance['field']; feeClass?: string; filed(l: SummaryLineView): string };

const FIELDS: Field[] = [
  { label: 'HTS', field: 'hts', filed: (l) => l.hts.map(formatHts).join(' + ') },
  { label: 'Origin', field: 'origin', filed: (l) => l.origin },
  { label: 'Quantity', field: 'quantity', filed: (l) => `${l.quantity.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${l.unit}` },
  { label: 'Value', field: 'value', filed: (l) => formatDollars(l.value) },
  { label: 'Duty rate', field: 'dutyRate', filed: (l) => l.dutyRate },
  { label: 'Duty', field: 'dutyAmount', filed: (l) => formatDollars(l.duty) },
  { label: 'MPF', field: 'fee', feeClass: '499', filed: (l) => formatDollars(l.mpf) },
  { label: 'HMF', field: 'fee', feeClass: '501', filed: (l) => formatDollars(l.hmf) },
];

/** A variance's own value as the desk writes it: amounts and quantities with thousands separators. */
function shown(field: Field, text: string): string {
  if (/^-?\d+(\.\d+)?$/.test(text) && field.field !== 'dutyRate')
    return field.field === 'quantity' ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : formatDollars(text);
  return field.field === 'hts'
    ? text
        .split(/[ +,;]+/)
        .map(formatHts)
        .join(' + ')
    : text;
}

/**
 * The broker's filing beside what we sent them, line by line. The variance report lists only what
 * differs, so where it says nothing the pre-entry value is the filed one; a difference beyond the
 * tolerance is highlighted with what it is, one within tolerance is marked as such.
 */
export function FiledVsPreEntry({ filing, variances }: { filing: EntrySummaryVersion; variances: PostEntryVariance[] }) {
  const missing = variances.filter((v) => v.field === 'line');
  return (
    <section className="panel" aria-labelledby="pe-compare-title">
      <h2 id="pe-compare-title">Filed vs pre-entry (version {filing.version})</h2>
      {variances.length === 0 && <p className="muted">The filing matches the pre-entry data, or there is no pre-entry data to compare with.</p>}
      {missing.map((v) => (
        <p key={`missing-${v.line}`} className="pe-diff-note" role="note">
          Line {v.line}: {v.message}
        </p>
      ))}
      {filing.lines.map((line) => (
        <table key={line.lineNumber} className="pe-table pe-compare" aria-label={`Line ${line.lineNumber}: filed vs pre-entry`}>
          <caption>
            Line {line.lineNumber}
            {line.description ? ` · ${line.description}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Pre-entry (what we sent)</th>
              <th scope="col">Filed by the broker</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((f) => {
              const v = variances.find((x) => x.line === line.lineNumber && x.field === f.field && (f.feeClass === undefined || x.feeClass === f.feeClass));
              const differs = v !== undefined && !v.withinTolerance;
              return (
                <tr
                  key={f.label}
                  className={differs ? `pe-diff pe-diff--${v.severity}` : v ? 'pe-diff--within' : undefined}
                  data-differs={differs ? 'yes' : undefined}
                >
                  <th scope="row">{f.label}</th>
                  <td>{v ? shown(f, v.preEntry) : f.filed(line)}</td>
                  <td>{differs ? <mark>{f.filed(line)}</mark> : f.filed(line)}</td>
                  <td>{v ? `${differs ? 'Differs' : 'Within tolerance'}: ${v.message}` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
