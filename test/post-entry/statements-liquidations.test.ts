import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostEntryDesk, fixture, importScenario, issueSpots, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

const statements = () => t.ok('post-entry:statements', {}, t.actors.specialist);
const followUps = () => t.ok('post-entry:follow-ups', {}, t.actors.specialist);

describe('importing statements', () => {
  it('keeps preliminary, final and paid as versions of one statement; the CSV of the same final statement is unchanged', () => {
    expect(t.run('statements', fixture('ledger/statements-preliminary.json'))).toMatchObject({ written: 1 });
    expect(statements().statements[0]).toMatchObject({
      statementNumber: '27D0123456',
      version: 1,
      stage: 'preliminary',
      preliminaryTotal: '19932.02',
      finalTotal: null,
      paidDate: null,
    });
    expect(t.run('statements', fixture('ledger/statements.json'))).toMatchObject({ written: 1, versions: 1 });
    expect(t.run('statements', fixture('ledger/statements.csv'))).toMatchObject({ format: 'csv', rowsRead: 2, unchanged: 1, versions: 0 });
    expect(statements().statements.map((s) => [s.statementNumber, s.version, s.kind, s.stage, s.finalTotal, s.paidAmount])).toEqual([
      ['27D0123456', 2, 'daily', 'paid', '19932.02', '19932.02'],
      ['27M0425001', 1, 'monthly', 'paid', '350.24', '350.24'],
    ]);
    expect(t.count('duty_statements')).toBe(3);
    expect(t.auditOk()).toBe(true);
  });

  it('rejects a statement that is paid without an amount, or lists an entry twice', () => {
    const file = join(t.dir, 'statements-bad.csv');
    writeFileSync(
      file,
      [
        'statementNumber,kind,statementDate,dueDate,paidDate,paidAmount,entryNumber,preliminary,final',
        '27D1,daily,2025-03-27,2025-03-26,2025-03-28,,B76-0324527-8,10.00,',
        '27D1,daily,2025-03-27,2025-03-26,2025-03-28,,B7603245278,11.00,',
        '',
      ].join('\n'),
    );
    const error = t.refusedImport('statements', file);
    expect(issueSpots(error, file)).toEqual(expect.arrayContaining(['2:dueDate', '2:paidAmount', '3:entryNumber']));
    expect(error.issues!.find((i) => i.field.endsWith(':3:entryNumber'))!.message).toBe('entry B76-0324527-8 is on the statement twice');
    expect(t.count('duty_statements')).toBe(0);
  });
});

describe('statement differences', () => {
  it('flags preliminary against final, final against the filed summary, late payment and entries the ledger does not know', () => {
    importScenario(t);
    const { differences } = statements();
    expect(differences.map((d) => [d.kind, d.statementNumber, d.entryNumber])).toEqual([
      ['preliminary-final', '27M0425001', '316-1234567-3'],
      ['final-filed', '27M0425001', '316-1234567-3'],
      ['unknown-entry', '27M0425001', 'AAA-0000001-4'],
      ['paid-late', '27M0425001', null],
    ]);
    expect(differences[1]!.message).toBe(
      'entry 316-1234567-3 on statement 27M0425001: the statement charges 300.24 but the filed entry summary totals 299.235 in duty, fees and AD/CVD (by 1.005); ask the broker which is right',
    );
  });

  it('flags a payment that differs from the final total, and a statement past due with no payment', () => {
    const file = join(t.dir, 'statements-short.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          statementNumber: '27D0200001',
          kind: 'daily',
          statementDate: '2024-02-20',
          dueDate: '2024-02-21',
          paidDate: '2024-02-21',
          paidAmount: '90.00',
          entries: [{ entryNumber: 'B76-0324527-8', preliminary: '100.00', final: '100.00' }],
        },
        {
          statementNumber: '27D0200002',
          kind: 'daily',
          statementDate: '2024-02-22',
          dueDate: '2024-02-23',
          entries: [{ entryNumber: 'B76-0324527-8', preliminary: '5.00' }],
        },
      ]),
    );
    t.run('pre-entries', fixture('ledger/pre-entries.json'));
    t.run('statements', file);
    // the desk's clock says 2024-03-04: the second statement is past due
    expect(statements().differences.map((d) => [d.kind, d.message])).toEqual([
      ['final-paid', 'statement 27D0200001: paid 90.00 but the final statement totals 100.00 (by -10.00)'],
      ['unpaid-past-due', 'statement 27D0200002 was due on 2024-02-23 and no payment is recorded; import the paid statement, or pay it'],
    ]);
  });
});

describe('liquidation notices', () => {
  it('rejects notices that do not say what they must, by element and field', () => {
    const file = fixture('ledger/liquidations-bad.json');
    const error = t.refusedImport('liquidations', file);
    expect(issueSpots(error, file)).toEqual(expect.arrayContaining(['[0]:amount', '[1]:change', '[1]:extendedTo', '[2]:date']));
    expect(error.issues!.find((i) => i.field.endsWith(':[0]:amount'))!.message).toBe('an increase gives the amount CBP assessed, more than zero');
    expect(t.count('liquidation_notices')).toBe(0);
  });

  it('keeps a notice once: the same notices in another file are unchanged', () => {
    expect(t.run('liquidations', fixture('ledger/liquidations.csv'))).toMatchObject({ written: 3 });
    const again = join(t.dir, 'liquidations-again.json');
    writeFileSync(again, JSON.stringify([{ entryNumber: 'B76-0324527-8', kind: 'liquidation', date: '2026-01-30', change: 'increase', amount: '150' }]));
    expect(t.run('liquidations', again)).toMatchObject({ written: 0, unchanged: 1 });
    expect(t.count('liquidation_notices')).toBe(3);
  });

  it('turns an increase into a bill and an overpayment into a refund to follow up, until settled', () => {
    importScenario(t);
    const [refund, bill] = followUps();
    expect(bill).toMatchObject({
      entryNumber: 'B76-0324527-8',
      liquidationDate: '2026-01-30',
      kind: 'bill',
      amount: '150.00',
      basis: 'paid 7634.56 on statement 27D0123456 (2025-03-28)',
      settled: null,
    });
    expect(bill!.message).toMatch(
      /liquidated on 2026-01-30 at 7784\.56; .* CBP will bill 150\.00 plus interest, due 30 days after the bill \(19 U\.S\.C\. 1505\(b\)\)/,
    );
    // 316: liquidated as entered (299.235) but the monthly statement collected 300.24
    expect(refund).toMatchObject({ entryNumber: '316-1234567-3', kind: 'refund', amount: '1.005' });
    const settled = t.ok(
      'post-entry:settle-follow-up',
      { liquidationId: bill!.liquidationId, settledOn: '2026-03-02', reference: 'CBP bill 2026-0042 paid' },
      t.actors.specialist,
    );
    expect(settled.settled).toEqual({ on: '2026-03-02', reference: 'CBP bill 2026-0042 paid', note: null });
    expect(
      t.refused('post-entry:settle-follow-up', { liquidationId: bill!.liquidationId, settledOn: '2026-03-03', reference: 'again' }, t.actors.specialist),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already settled on 2026-03-02/) });
    expect(t.auditOk()).toBe(true);
  });

  it('uses the liquidated total of the notice against what was paid when the notice gives it', () => {
    importScenario(t);
    const file = join(t.dir, 'reliquidation.json');
    // a reliquidation of B76 at exactly what was paid: no bill any more
    writeFileSync(
      file,
      JSON.stringify([{ entryNumber: 'B76-0324527-8', date: '2026-03-06', change: 'decrease', amount: '150.00', liquidatedTotal: '7634.56' }]),
    );
    t.run('liquidations', file);
    expect(followUps().map((f) => f.entryNumber)).toEqual(['316-1234567-3']);
  });
});
