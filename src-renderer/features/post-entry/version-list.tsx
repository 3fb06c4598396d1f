import type { EntrySummaryVersion } from '../../../src-shared/domain/post-entry';
import { formatDollars, formatWhen } from '../../ui/format';

/** Every version of the entry summary: the broker's filings and the desk's corrections, newest first. */
export function VersionList({ versions }: { versions: EntrySummaryVersion[] }) {
  return (
    <table className="pe-table" aria-label="Versions">
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">By</th>
          <th scope="col">Summary date</th>
          <th scope="col">Recorded</th>
          <th scope="col">Total duty and fees</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {[...versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.version}</th>
              <td>{v.origin === 'desk' ? 'Desk correction' : `Broker filing (${v.broker})`}</td>
              <td className="pe-nowrap">{v.summaryDate}</td>
              <td className="pe-nowrap">{formatWhen(v.createdAt)}</td>
              <td className="pe-number">{formatDollars(v.total)}</td>
              <td>{v.reason ?? ''}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
