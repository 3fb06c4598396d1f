import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostEntryDesk, fixture, importScenario, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

const specialist = () => t.actors.specialist;

describe('broker performance', () => {
  it('counts entries, re-filings and messages per entry, the variance rate and cycle times per broker', () => {
    importScenario(t);
    t.run('entry-summaries', fixture('ledger/entry-summaries-refiled.json'));
    const { brokers } = t.ok('post-entry:brokers', {}, specialist());
    const harbor = brokers.find((b) => b.broker === 'Harbor Customs Brokers')!;
    expect(harbor).toMatchObject({
      filerCodes: ['B76'],
      entries: 1,
      refilings: 1,
      refilingsPerEntry: 1,
      messagesPerEntry: 1,
      entriesCompared: 1,
      entriesWithVariances: 1,
      varianceRate: 1,
    });
    // arrival 03-12, release (1C) 03-14, first summary 03-20, paid 03-28, liquidated 2026-01-30
    expect(harbor.cycleTimes.map((c) => [c.leg, c.medianDays])).toEqual([
      ['arrival-release', 2],
      ['release-summary', 6],
      ['summary-payment', 8],
      ['payment-liquidation', 308],
    ]);
    const pacific = brokers.find((b) => b.broker === 'Pacific Entry Services')!;
    // the 316 filing differs only within tolerance (HMF 5.255 against 5.25)
    expect(pacific).toMatchObject({ entries: 1, refilings: 0, messagesPerEntry: 1, entriesWithVariances: 0, varianceRate: 0 });
  });

  it('takes the entries dated in the period only', () => {
    importScenario(t);
    expect(t.ok('post-entry:brokers', { from: '2025-03-15', to: '2025-03-31' }, specialist()).brokers.map((b) => [b.broker, b.entries])).toEqual([
      ['East Atlantic Brokerage', 1],
    ]);
    expect(t.ok('post-entry:brokers', { from: '2026-01-01' }, specialist()).brokers).toEqual([]);
    expect(t.refused('post-entry:brokers', { from: '2026-01-01', to: '2025-01-01' }, specialist()).message).toMatch(/from is after to/);
  });
});

describe('an entry’s timeline, its purchase-order lines, and corrections', () => {
  it('attaches every message to its entry, shipment and purchase-order lines, critical ones marked, in time order', () => {
    importScenario(t);
    const timeline = t.ok('post-entry:timeline', { entryNumber: 'EAB-0004521-2' }, specialist());
    expect(timeline).toMatchObject({ shipment: 'SHP-2025-0313', broker: 'East Atlantic Brokerage', billOfLading: 'MAEU223344556', receivingEntry: null });
    expect(timeline.purchaseOrderLines).toEqual([
      { poNumber: 'PO-90002', poLine: 1, entryLine: 1 },
      { poNumber: 'PO-90002', poLine: 2, entryLine: 2 },
    ]);
    expect(timeline.events.filter((e) => e.kind === 'status').map((e) => [e.at, e.title.slice(0, 2), e.critical])).toEqual([
      ['2025-03-13T09:05', '1A', true],
      ['2025-03-15T11:20', '1B', false],
    ]);
    // the EAB pre-entry gives no day it was sent: it shows when the desk recorded it (the test clock, 2024-03-04)
    expect(timeline.events.map((e) => [e.kind, e.at.slice(0, 10)])).toEqual([
      ['pre-entry', '2024-03-04'],
      ['status', '2025-03-13'],
      ['status', '2025-03-15'],
      ['summary', '2025-03-24'],
      ['statement', '2025-03-27'],
      ['extension', '2026-02-20'],
    ]);
  });

  it('links to the entry imported for receiving when it has the same number', () => {
    t.ok(
      'entries:add',
      {
        entryNumber: 'B7603245278',
        entryType: '01',
        entryDate: '2024-02-14',
        importDate: '2024-02-12',
        portCode: '2704',
        importer: 'Northwind Apparel Inc.',
        lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 1000, uom: 'EA', enteredValue: '30120.00', duty: '4969.80' }],
      },
      specialist(),
    ); // recorded for receiving before the test clock's day; linked by number alone
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    expect(t.ok('post-entry:timeline', { entryNumber: 'B76-0324527-8' }, specialist()).receivingEntry).toBe('B7603245278');
  });

  it('shows on each purchase-order line where its entry stands: held, released, liquidated with its bill', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    expect(t.ok('post-entry:po-lines', { poNumber: 'PO-88310' }, specialist())[0]).toMatchObject({
      entryNumber: '316-1234567-3',
      state: 'pre-entry',
      latestStatus: null,
    });
    t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
    t.run('status', fixture('valid-004010.edi'));
    expect(t.ok('post-entry:po-lines', { poNumber: 'PO-88310' }, specialist())[0]).toMatchObject({
      state: 'held',
      latestStatus: { code: '1H', category: 'hold', critical: true },
    });
    t.run('statements', fixture('ledger/statements.json'));
    t.run('liquidations', fixture('ledger/liquidations.csv'));
    const lines = t.ok('post-entry:po-lines', { poNumber: 'PO-88121' }, specialist());
    expect(lines.map((l) => [l.poLine, l.entryLine, l.state])).toEqual([
      [1, 1, 'liquidated'],
      [2, 2, 'liquidated'],
    ]);
    expect(lines[0]).toMatchObject({
      liquidation: { date: '2026-01-30', change: 'increase', amount: '150.00' },
      followUp: { kind: 'bill', amount: '150.00', settled: false },
    });
    expect(t.refused('post-entry:po-lines', { poNumber: 'PO-NONE' }, specialist()).code).toBe('NOT_FOUND');
  });

  it('corrects an entry in the desk as a new version with its reason, audited; refused once liquidated', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
    const [filed] = t.ok('post-entry:versions', { entryNumber: 'B76-0324527-8' }, specialist());
    const lines = filed!.lines.map((l) => ({ ...l, description: l.description ?? undefined, adcvdCase: l.adcvdCase ?? undefined }));
    lines[0] = { ...lines[0]!, hts: ['6109100012'] };
    const corrected = t.ok(
      'post-entry:correct-entry',
      { entryNumber: 'B76-0324527-8', reason: 'broker keyed the wrong statistical suffix', lines },
      specialist(),
    );
    expect(corrected).toMatchObject({ version: 2, origin: 'desk', reason: 'broker keyed the wrong statistical suffix', total: '7634.56' });
    expect(corrected.lines[0]!.hts).toEqual(['6109100012']);
    // the variance report still compares what the broker filed: the correction is not filed yet
    expect(t.ok('post-entry:variances', { entryNumber: 'B76-0324527-8' }, specialist()).variances[0]!.field).toBe('hts');
    const audit = t.desk.ledger.sqlite.prepare("SELECT actor, reason, before_json FROM audit_log WHERE action = 'post-entry:correct-entry'").get() as {
      actor: string;
      reason: string;
      before_json: string;
    };
    expect(audit).toMatchObject({ actor: 'sam', reason: 'broker keyed the wrong statistical suffix' });
    expect(JSON.parse(audit.before_json)).toMatchObject({ version: 1 });
    expect(
      t.refused(
        'post-entry:correct-entry',
        {
          entryNumber: 'B76-0324527-8',
          reason: 'no change at all',
          lines: corrected.lines.map((l) => ({ ...l, description: l.description ?? undefined, adcvdCase: l.adcvdCase ?? undefined })),
        },
        specialist(),
      ).message,
    ).toMatch(/changes nothing in version 2/);
    t.run('liquidations', fixture('ledger/liquidations.csv'));
    expect(t.refused('post-entry:correct-entry', { entryNumber: 'B76-0324527-8', reason: 'too late now', lines }, specialist())).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/liquidated on 2026-01-30: a post-summary correction is possible only before liquidation/),
    });
    expect(t.refused('post-entry:correct-entry', { entryNumber: 'B76-0324527-8', reason: 'a clerk tries', lines }, t.actors.clerk).code).toBe('FORBIDDEN');
    expect(t.auditOk()).toBe(true);
  });
});
