/** What a matching run did, counted, for the sentence the specialist reads under the bar. */
export interface RunCounts {
  /** open export lines the run worked on */
  considered: number;
  matched: number;
  partial: number;
  unmatched: number;
  units: number;
  /** export lines in the run's scope, already matched ones included */
  inScope: number;
  /** the run was asked for named shipments only */
  scoped: boolean;
}

const n = (count: number) => count.toLocaleString('en-US');
const lines = (count: number, what = 'export line') => `${n(count)} ${what}${count === 1 ? '' : 's'}`;

/**
 * The run in words, built here so every screen and the CLI say the same: "nothing new to match: all 2
 * export lines were already matched", "matched 3 of 5 export lines (120 units); 2 stay unmatched — see
 * their reasons". A run with nothing to do never reads as a run that did everything.
 */
export function describeRun(c: RunCounts): string {
  if (c.considered === 0) {
    if (c.inScope === 0) return c.scoped ? 'nothing to match: the shipments named have no export lines' : 'nothing to match: no export lines are recorded yet';
    return c.inScope === 1
      ? 'nothing new to match: the 1 export line was already matched'
      : `nothing new to match: all ${lines(c.inScope)} were already matched`;
  }
  let text: string;
  if (c.matched + c.partial === 0) {
    text =
      c.considered === 1
        ? 'the 1 open export line could not be matched — see its reason'
        : `none of the ${lines(c.considered, 'open export line')} could be matched — see their reasons`;
  } else {
    text = `matched ${n(c.matched)} of ${lines(c.considered)}${c.partial > 0 ? ` in full and ${n(c.partial)} in part` : ''} (${n(c.units)} unit${c.units === 1 ? '' : 's'})`;
    if (c.unmatched > 0) text += `; ${n(c.unmatched)} ${c.unmatched === 1 ? 'stays' : 'stay'} unmatched — see their reasons`;
    else if (c.partial > 0) text += '; see why the rest stays open';
  }
  const already = c.inScope - c.considered;
  if (already > 0) text += `; ${lines(already, 'other export line')} ${already === 1 ? 'was' : 'were'} already matched`;
  return text;
}
