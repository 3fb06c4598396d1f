import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk } from '../../src-main/composition-root';
import { sequentialIds } from '../../src-main/ledger/clock';
import { deadlineReport, deadlinesDueSoon } from '../../src-main/services/post-entry/deadline-service';
import { importPostEntryFile } from '../../src-main/services/post-entry/import/post-entry-import';
import { statementReport } from '../../src-main/services/post-entry/statement-service';
import { varianceReport } from '../../src-main/services/post-entry/variance-service';
import { manualClock } from '../helpers/test-desk';
import { createPostEntryDesk, fixture, importScenario, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

const variances = (entryNumber?: string) => t.ok('post-entry:variances', entryNumber ? { entryNumber } : {}, t.actors.specialist);
const deadlines = (input: { within?: number; today?: string; entryNumber?: string }) => t.ok('post-entry:deadlines', input, t.actors.specialist);

describe('variance report from the ledger', () => {
  it('lists every difference between the newest pre-entry and the newest filing by entry and line, classification and valuation as alerts', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
    const report = variances();
    expect(report).toMatchObject({
      entriesCompared: 2,
      entriesWithVariances: 2,
      bySeverity: { alert: 2, warning: 3, info: 1 },
      notFiled: ['EAB-0004521-2'],
      noPreEntry: [],
    });
    expect(report.variances.map((v) => [v.entry, v.line, v.field, v.feeClass ?? '', v.severity])).toEqual([
      ['316-1234567-3', 1, 'fee', '501', 'info'],
      ['B76-0324527-8', 1, 'hts', '', 'alert'],
      ['B76-0324527-8', 1, 'value', '', 'alert'],
      ['B76-0324527-8', 1, 'dutyAmount', '', 'warning'],
      ['B76-0324527-8', 1, 'fee', '499', 'warning'],
      ['B76-0324527-8', 1, 'fee', '501', 'warning'],
    ]);
    expect(report.variances[1]!.message).toMatch(/classification changed from 6109\.10\.0012 to 6109\.10\.0040/);
  });

  it('compares against the broker’s newest re-filing, and with the desk’s tolerances', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
    t.run('entry-summaries', fixture('ledger/entry-summaries-refiled.json'));
    expect(variances('B76-0324527-8').variances.map((v) => v.field)).toEqual(['value', 'dutyAmount', 'fee', 'fee']);
    // a supervisor widens the duty and fee tolerances to 2%: those become information; valuation stays an alert
    t.ok(
      'post-entry:set-setting',
      {
        key: 'variances',
        value: {
          dutyAmount: { absolute: '0', percent: '2', severity: 'warning' },
          fees: { absolute: '0', percent: '2', severity: 'warning' },
          value: { absolute: '1.00', percent: '1' },
        },
      },
      t.actors.supervisor,
    );
    expect(variances('B76-0324527-8').variances.map((v) => [v.field, v.severity])).toEqual([
      ['value', 'alert'],
      ['dutyAmount', 'info'],
      ['fee', 'info'],
      ['fee', 'info'],
    ]);
    expect(t.refused('post-entry:set-setting', { key: 'variances', value: { origin: 'panic' } }, t.actors.supervisor)).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/severity is one of info, warning, alert/),
    });
    expect(t.refused('post-entry:set-setting', { key: 'alertDays', value: 10 }, t.actors.specialist).code).toBe('FORBIDDEN');
  });

  it('says so when an entry has nothing to compare', () => {
    expect(t.refused('post-entry:variances', { entryNumber: 'B76-0324527-8' }, t.actors.specialist)).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/neither pre-entry data nor a filed entry summary/),
    });
    expect(t.refused('post-entry:variances', { entryNumber: 'B76-0324527-9' }, t.actors.specialist)).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/check digit 9/),
    });
  });
});

describe('deadlines from the ledger', () => {
  it('computes each filed entry’s dates from what the ledger holds, each with its rule', () => {
    importScenario(t);
    const report = deadlines({ today: '2026-02-01' });
    expect(report.entries).toBe(3);
    const of = (entry: string) => report.deadlines.filter((d) => d.entry === entry).map((d) => [d.kind, d.date, d.done ?? '']);
    // B76 was released by the 1C status message of 2025-03-14; paid on its daily statement; liquidated 2026-01-30
    expect(of('B76-0324527-8')).toEqual([
      ['daily-statement', '2025-03-28', 'paid on statement 27D0123456 on 2025-03-28'],
      ['psc', '2026-01-08', 'the entry liquidated on 2026-01-30'],
      ['deemed-liquidation', '2026-03-14', 'the entry liquidated on 2026-01-30'],
      ['protest', '2026-07-29', ''],
    ]);
    const b76 = report.deadlines.filter((d) => d.entry === 'B76-0324527-8');
    expect(b76[0]!.rule).toMatch(/^10 working days after release on 2025-03-14 \(19 CFR 24\.25\(c\)\(1\)-\(2\)/);
    expect(b76[3]!.rule).toMatch(/^180 days after the liquidation date 2026-01-30 \(19 U\.S\.C\. 1514\(c\)\(3\); 19 CFR 174\.12\(e\)/);
    // 316 pays on the monthly statement from its summary's release date 2025-03-17: CBP's published 15th working day of April
    expect(of('316-1234567-3')[0]).toEqual(['monthly-statement', '2025-04-21', 'paid on statement 27M0425001 on 2025-04-23']);
    // EAB: extended to 2027-03-15 (PSC up to 15 days before it), flagged for reconciliation when filed on 2025-03-24
    expect(of('EAB-0004521-2')).toEqual([
      ['daily-statement', '2025-03-28', 'paid on statement 27D0123456 on 2025-03-28'],
      ['psc', '2027-02-28', ''],
      ['deemed-liquidation', '2027-03-15', ''],
      ['reconciliation', '2026-12-24', ''],
    ]);
  });

  it('alerts only what falls due within the window, soonest first, by the day to act', () => {
    importScenario(t);
    const report = deadlines({ today: '2026-07-01', within: 30 });
    expect(report.deadlines.map((d) => [d.entry, d.kind, d.daysLeft])).toEqual([
      ['316-1234567-3', 'protest', 28],
      ['B76-0324527-8', 'protest', 28],
    ]);
    expect(deadlines({ today: '2026-07-01', within: 27 }).deadlines).toEqual([]);
  });

  it('leaves out the deemed liquidation of a suspended entry, saying why, and uses the first release message when the summary has no release date', () => {
    t.run('entry-summaries', fixture('ledger/entry-summaries.csv'));
    const report = deadlines({ today: '2025-03-20', entryNumber: 'EAB-0004521-2' });
    expect(report.notes.map((n) => n.note)).toEqual([expect.stringMatching(/no release date is known .* counts from the entry date 2025-03-15/)]);
    t.run('status', fixture('valid-004010.edi')); // EAB released (1B) on 2025-03-15 too, after the 1A exam
    expect(deadlines({ today: '2025-03-20', entryNumber: 'EAB-0004521-2' }).notes).toEqual([]);
    const file = `${t.dir}/suspension.csv`;
    writeFileSync(file, 'entryNumber,kind,date,reason\nEAB-0004521-2,suspension,2025-06-02,AD/CVD administrative review\n');
    t.run('liquidations', file);
    const suspended = deadlines({ today: '2025-07-01', entryNumber: 'EAB-0004521-2' });
    expect(suspended.deadlines.map((d) => d.kind)).not.toContain('deemed-liquidation');
    expect(suspended.notes[0]!.note).toMatch(
      /liquidation was suspended on 2025-06-02 \(AD\/CVD administrative review\): no deemed liquidation date runs while it is suspended \(19 U\.S\.C\. 1504\(c\)\)/,
    );
  });
});

describe('post-entry settings', () => {
  it('keeps a tolerance given in part whole, with the defaults, and shows every setting', () => {
    const settings = t.ok('post-entry:set-setting', { key: 'variances', value: { quantity: { percent: '0.5', severity: 'alert' } } }, t.actors.supervisor);
    expect(settings.variances.quantity).toEqual({ absolute: '0', percent: '0.5', severity: 'alert' });
    expect(settings.variances.value).toEqual({ absolute: '1.00', percent: '0' });
    expect(t.ok('post-entry:settings', {}, t.actors.specialist)).toMatchObject({
      alertDays: 30,
      criticalCodes: { categories: ['hold', 'do-not-load', 'exam'], unknownIsCritical: true },
    });
    expect(t.ok('post-entry:set-setting', { key: 'alertDays', value: 14 }, t.actors.supervisor).alertDays).toBe(14);
    const audit = t.desk.ledger.sqlite
      .prepare("SELECT actor, subject, before_json, after_json FROM audit_log WHERE action = 'post-entry:change-setting' ORDER BY seq DESC LIMIT 1")
      .get() as Record<string, string>;
    expect(audit).toMatchObject({ actor: 'pat', subject: 'post-entry setting alertDays' });
    expect([JSON.parse(audit.before_json!), JSON.parse(audit.after_json!)]).toEqual([{ value: 30 }, { value: 14 }]);
  });
});

describe('the reports the queue asks for again and again', () => {
  it('are kept while nothing is written, and worked out again after any write, by this desk or another process', () => {
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    const first = variances();
    expect(first.entriesCompared).toBe(0);
    expect(variances()).toBe(first); // nothing written since: the same answer, not worked out again
    t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
    const second = variances();
    expect(second).not.toBe(first);
    expect(second).toEqual(varianceReport(t.desk.ctx.db));
    expect(second.entriesCompared).toBe(2);

    const soon = deadlines({ within: 3650, today: '2025-03-01' });
    expect(deadlines({ within: 3650, today: '2025-03-01' })).toBe(soon);
    expect(deadlines({ within: 30, today: '2025-03-01' })).not.toBe(soon); // another question
    expect(deadlinesDueSoon(t.desk.ctx, 3650, '2025-03-01')).toBe(soon); // the alert watcher's question, answered once for both
    const statements = t.ok('post-entry:statements', {}, t.actors.specialist);
    expect(t.ok('post-entry:statements', {}, t.actors.specialist)).toBe(statements); // each entry page asks again
    // the command line, another connection to the same file, re-files an entry and posts statements
    const cli = createDesk(t.path, { clock: manualClock('2025-04-01T08:00:00Z'), ids: sequentialIds('01CLI') });
    try {
      importPostEntryFile(cli.ctx, t.actors.specialist, { kind: 'entry-summaries', path: fixture('ledger/entry-summaries-refiled.json') });
      importPostEntryFile(cli.ctx, t.actors.specialist, { kind: 'statements', path: fixture('ledger/statements.json') });
    } finally {
      cli.close();
    }
    const third = variances();
    expect(third).not.toBe(second);
    expect(third).toEqual(varianceReport(t.desk.ctx.db));
    expect(third).not.toEqual(second);
    const statementsLater = t.ok('post-entry:statements', {}, t.actors.specialist);
    expect(statementsLater).not.toBe(statements);
    expect(statementsLater).toEqual(statementReport(t.desk.ctx));
    expect(statementsLater.statements.length).toBeGreaterThan(statements.statements.length);
    const later = deadlines({ within: 3650, today: '2025-03-01' });
    expect(later).not.toBe(soon);
    expect(later).toEqual(deadlineReport(t.desk.ctx, { within: 3650, today: '2025-03-01' }));
  });
});
