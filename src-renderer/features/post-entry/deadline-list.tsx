import type { DeadlineRow } from '../../../src-shared/domain/post-entry';
import { formatCount, formatQuantity } from '../../ui/format';
import { DEADLINE_KINDS } from './queue-items';

const left = (d: DeadlineRow) =>
  d.done ? `done: ${d.done}` : d.daysLeft < 0 ? `${formatQuantity(-d.daysLeft)} days ago` : d.daysLeft === 0 ? 'today' : `in ${formatCount(d.daysLeft, 'day')}`;

/** An entry's deadlines, each with the rule that produced its date. */
export function DeadlineList({ deadlines, label }: { deadlines: DeadlineRow[]; label: string }) {
  if (deadlines.length === 0) return <p className="muted">No deadlines computed yet.</p>;
  return (
    <table className="pe-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          <th scope="col">Date</th>
          <th scope="col">Act by</th>
          <th scope="col">When</th>
          <th scope="col">Rule</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={d.kind} className={d.done ? 'pe-done' : d.daysLeft >= 0 && d.daysLeft <= 14 ? 'pe-row--critical' : undefined}>
            <th scope="row">{DEADLINE_KINDS[d.kind]}</th>
            <td className="pe-nowrap">{d.date}</td>
            <td className="pe-nowrap">{d.actBy}</td>
            <td>{left(d)}</td>
            <td className="pe-rule">{d.rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
