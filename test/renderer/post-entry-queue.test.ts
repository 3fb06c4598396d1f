import { describe, expect, it } from 'vitest';
import type { DeadlineRow, FollowUp, PostEntryVariance, StatusMessageView } from '../../src-shared/domain/post-entry';
import { brokerCsv } from '../../src-renderer/features/post-entry/broker-csv';
import { queueItems } from '../../src-renderer/features/post-entry/queue-items';

const deadline = (over: Partial<DeadlineRow>): DeadlineRow => ({
  entry: 'HCB-0000101-2',
  kind: 'protest',
  date: '2026-12-20',
  actBy: '2026-12-21',
  rule: '180 days after the liquidation (19 U.S.C. 1514(c)(3); 19 CFR 174.12(e))',
  daysLeft: 15,
  ...over,
});
const hold: StatusMessageView = {
  id: 7,
  entryNumber: '316-0000202-3',
  billOfLading: 'MAEU70000202',
  code: '1H',
  meaning: 'CBP hold placed at the port of discharge',
  category: 'hold',
  critical: true,
  unknownCode: false,
  postedAt: '2026-07-09T08:15',
  quantity: '20000',
  source: 'csv',
  sourceRef: 'line 4',
  raw: '',
};
const valuation: PostEntryVariance = {
  entry: 'HCB-0000104-4',
  line: 1,
  field: 'value',
  preEntry: '36144.00',
  filed: '36524.00',
  difference: '380.00',
  withinTolerance: false,
  severity: 'alert',
  message: 'entered value (valuation) differs by 380.00',
};
const bill: FollowUp = {
  liquidationId: 'L1',
  entryNumber: 'HCB-0000101-2',
  liquidationDate: '2026-06-19',
  kind: 'bill',
  amount: '312.40',
  basis: 'paid on statement 27D250101: 5,111.78',
  message: 'CBP liquidated with an increase of 312.40: a bill to pay',
  settled: null,
};

describe('the post-entry queue', () => {
  it('puts every kind of work in one list, soonest first, each with the rule behind its date; undated rows last', () => {
    const items = queueItems({
      deadlines: [
        deadline({}),
        deadline({
          entry: 'HCB-0000107-0',
          kind: 'daily-statement',
          date: '2026-12-10',
          actBy: '2026-12-10',
          daysLeft: 4,
          rule: '10 working days after release (19 CFR 24.25)',
        }),
      ],
      messages: [hold, { ...hold, id: 8, entryNumber: null, code: '2Y', meaning: null, category: null, unknownCode: true, postedAt: null }],
      variances: [valuation, { ...valuation, field: 'quantity', severity: 'warning' }, { ...valuation, entry: 'X', withinTolerance: true }],
      followUps: [bill, { ...bill, liquidationId: 'L2', settled: { on: '2026-07-01', reference: 'B1', note: null } }],
      pscOf: (entry) =>
        entry === 'HCB-0000104-4'
          ? deadline({ entry, kind: 'psc', actBy: '2026-12-31', daysLeft: 25, rule: '300 days after the entry date (19 CFR 101.9(b))' })
          : undefined,
      today: '2026-12-06',
    });
    expect(items.map((i) => [i.date, i.kind, i.entryNumber])).toEqual([
      ['2026-06-19', 'Liquidation bill follow-up', 'HCB-0000101-2'],
      ['2026-07-09', 'Critical status message', '316-0000202-3'],
      ['2026-12-10', 'Statement payment', 'HCB-0000107-0'],
      ['2026-12-21', 'Protest', 'HCB-0000101-2'],
      ['2026-12-31', 'Variance alert', 'HCB-0000104-4'],
      [null, 'Critical status message', null],
    ]);
    expect(items.find((i) => i.kind === 'Protest')!.rule).toContain('19 CFR 174.12');
    expect(items.find((i) => i.kind === 'Variance alert')!.rule).toContain('300 days after the entry date');
    expect(items.find((i) => i.kind === 'Variance alert')!.what).toBe('line 1: entered value (valuation) differs by 380.00');
    expect(items.at(-1)!.what).toBe('a code the code list lacks (code 2Y) for bill of lading MAEU70000202');
    expect(items.find((i) => i.kind === 'Liquidation bill follow-up')!.what).toContain('open 170 days');
    for (const item of items) expect(item.rule).not.toBe('');
  });
});

describe("the broker dashboard's CSV", () => {
  it('has a header and one row per broker, quoting what a spreadsheet would split, numbers plain', () => {
    const csv = brokerCsv([
      {
        broker: 'Harbor Customs Brokers, Inc. "HCB"',
        filerCodes: ['HCB'],
        entries: 1200,
        refilings: 30,
        refilingsPerEntry: 0.03,
        messagesPerEntry: 4.5,
        entriesCompared: 1000,
        entriesWithVariances: 125,
        varianceRate: 0.125,
        cycleTimes: [
          { leg: 'arrival-release', entries: 1200, averageDays: 2.5, medianDays: 2 },
          { leg: 'release-summary', entries: 1200, averageDays: 7, medianDays: 7 },
          { leg: 'summary-payment', entries: 0, averageDays: null, medianDays: null },
          { leg: 'payment-liquidation', entries: 0, averageDays: null, medianDays: null },
        ],
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Broker,Filer codes,Entries,Re-filings,Re-filings per entry,Messages per entry,Entries compared,Entries with variances,Variance rate (%),Arrival to release (average days),Release to summary (average days),Summary to payment (average days),Payment to liquidation (average days)',
      '"Harbor Customs Brokers, Inc. ""HCB""",HCB,1200,30,0.03,4.5,1000,125,12.5,2.5,7,,',
      '',
    ]);
  });
});
