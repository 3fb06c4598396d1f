import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppingClock } from '../../src-main/ledger/clock';
import { loadDemoData } from '../../src-main/doors/demo-data';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/** The demo ledger's year of post-entry traffic, dated back from the desk's today: every report has something in it. */
let t: TestDesk;
beforeAll(() => {
  t = createTestDesk({ clock: steppingClock('2027-05-12T15:00:00.000Z') });
  loadDemoData(t.desk, { withReceipts: false });
});
afterAll(() => t.dispose());

const as = () => t.desk.system;

describe('the demo ledger’s post-entry traffic', () => {
  it('has filings with variances, one classification or valuation alert among them, and a pre-entry not filed yet', () => {
    const report = t.ok('post-entry:variances', {}, as());
    expect(report.entriesCompared).toBe(8);
    expect(report.bySeverity.alert).toBeGreaterThanOrEqual(1);
    expect(report.bySeverity.warning).toBeGreaterThanOrEqual(1);
    expect(report.bySeverity.info).toBeGreaterThanOrEqual(1);
    expect(report.notFiled).toEqual(['HCB-0000109-3']);
    expect(t.ok('post-entry:versions', { entryNumber: 'HCB-0000104-4' }, as()).map((v) => v.origin)).toEqual(['broker', 'broker']);
  });

  it('has status messages with a hold, an exam and an unknown code, and one naming only its bill', () => {
    const critical = t
      .ok('post-entry:messages', { criticalOnly: true }, as())
      .map((m) => m.code)
      .sort();
    expect(critical).toEqual(['1A', '1H', '2Y']);
    const timeline = t.ok('post-entry:timeline', { entryNumber: 'HCB-0000109-3' }, as());
    expect(timeline.events.filter((e) => e.kind === 'status').map((e) => e.detail)).toEqual([
      expect.stringContaining('for bill of lading MAEU70000109'),
      expect.stringContaining('for bill of lading MAEU70000109'),
    ]);
    expect(t.ok('post-entry:timeline', { entryNumber: 'HCB-0000106-9' }, as()).receivingEntry).toBe('HCB00001069');
  });

  it('has daily and monthly statements, a liquidation with an increase to follow up, and an entry near its protest deadline', () => {
    const { statements, differences } = t.ok('post-entry:statements', {}, as());
    expect(new Set(statements.map((s) => s.kind))).toEqual(new Set(['daily', 'monthly']));
    expect(differences).toEqual([]);
    expect(t.ok('post-entry:follow-ups', {}, as())).toEqual([expect.objectContaining({ entryNumber: 'HCB-0000101-0', kind: 'bill', amount: '312.40' })]);
    const alerts = t.ok('post-entry:deadlines', { within: 30 }, as()).deadlines;
    expect(alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entry: 'HCB-0000101-0', kind: 'protest' }),
        expect.objectContaining({ entry: '316-0000203-9', kind: 'daily-statement' }),
      ]),
    );
    const protest = alerts.find((d) => d.kind === 'protest')!;
    expect(protest.daysLeft).toBeGreaterThanOrEqual(0);
    expect(protest.daysLeft).toBeLessThanOrEqual(14);
  });

  it('has two brokers to compare, and an audit trail that verifies', () => {
    expect(t.ok('post-entry:brokers', {}, as()).brokers.map((b) => [b.broker, b.entries])).toEqual([
      ['Harbor Customs Brokers', 5],
      ['Pacific Entry Services', 3],
    ]);
    expect(t.ok('audit:verify', {}, as()).ok).toBe(true);
  });
});
