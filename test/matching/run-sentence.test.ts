import { describe, expect, it } from 'vitest';
import { describeRun } from '../../src-main/services/matching/run-sentence';

const run = (over: Partial<Parameters<typeof describeRun>[0]>) =>
  describeRun({ considered: 0, matched: 0, partial: 0, unmatched: 0, units: 0, inScope: 0, scoped: false, ...over });

/** What a matching run did, in words a specialist reads under the bar (built in main, shown as given). */
describe('a matching run in words', () => {
  it('says when there was nothing new to match', () => {
    expect(run({ inScope: 2 })).toBe('nothing new to match: all 2 export lines were already matched');
    expect(run({ inScope: 1 })).toBe('nothing new to match: the 1 export line was already matched');
    expect(run({ inScope: 12_500 })).toBe('nothing new to match: all 12,500 export lines were already matched');
    expect(run({})).toBe('nothing to match: no export lines are recorded yet');
    expect(run({ scoped: true })).toBe('nothing to match: the shipments named have no export lines');
  });

  it('says what it matched, how many units, and what stays open', () => {
    expect(run({ considered: 5, matched: 3, unmatched: 2, units: 120, inScope: 5 })).toBe(
      'matched 3 of 5 export lines (120 units); 2 stay unmatched — see their reasons',
    );
    expect(run({ considered: 2, matched: 2, units: 400, inScope: 2 })).toBe('matched 2 of 2 export lines (400 units)');
    expect(run({ considered: 1, matched: 1, units: 1, inScope: 3 })).toBe('matched 1 of 1 export line (1 unit); 2 other export lines were already matched');
    expect(run({ considered: 3, matched: 1, partial: 1, unmatched: 1, units: 1_000, inScope: 3 })).toBe(
      'matched 1 of 3 export lines in full and 1 in part (1,000 units); 1 stays unmatched — see their reasons',
    );
    expect(run({ considered: 2, matched: 1, partial: 1, units: 1_000, inScope: 2 })).toBe(
      'matched 1 of 2 export lines in full and 1 in part (1,000 units); see why the rest stays open',
    );
    expect(run({ considered: 50_000, unmatched: 50_000, inScope: 150_002 })).toBe(
      'none of the 50,000 open export lines could be matched — see their reasons; 100,002 other export lines were already matched',
    );
    expect(run({ considered: 1, unmatched: 1, inScope: 1 })).toBe('the 1 open export line could not be matched — see its reason');
  });
});
