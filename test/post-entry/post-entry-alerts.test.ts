import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../src-shared/contract';
import type { PostEntryImportKind } from '../../src-shared/domain/post-entry';
import { sequentialIds } from '../../src-main/ledger/clock';
import { createDesk } from '../../src-main/composition-root';
import { importPostEntryFile } from '../../src-main/services/post-entry/import/post-entry-import';
import { PostEntryAlertWatch } from '../../src-main/services/post-entry/post-entry-alert-watch';
import { DeadlineWindow } from '../../src-main/services/post-entry/post-entry-alerts';
import { manualClock } from '../helpers/test-desk';
import { createPostEntryDesk, fixture, importScenario, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
let pushed: EventPayloads['post-entry:alert'][];
beforeEach(() => {
  t = createPostEntryDesk();
  pushed = [];
  t.desk.onEvent((name, payload) => name === 'post-entry:alert' && pushed.push(payload as EventPayloads['post-entry:alert']));
});
afterEach(() => t.dispose());

const titles = () => pushed.flatMap((p) => p.alerts.map((a) => a.title)).sort();

describe('post-entry alerts', () => {
  it('a status import that writes critical messages pushes post-entry:alert once its write has committed, once per message', () => {
    let messagesWhenPushed = -1;
    t.desk.onEvent((name) => {
      if (name === 'post-entry:alert') messagesWhenPushed = t.count('status_messages');
    });
    t.run('status', fixture('valid-004010.edi'));
    expect(messagesWhenPushed).toBe(5); // the listener already reads the committed messages
    expect(pushed).toHaveLength(1);
    // the hold and the exam, in words; the release and the information message are no alert
    expect(titles()).toEqual([
      'Critical status on entry 316-1234567-3: CBP hold placed at the port of discharge',
      'Critical status on entry EAB-0004521-2: Entered: intensive examination required (entered quantity recorded; not released)',
    ]);
    expect(pushed[0]!.alerts.map((a) => [a.kind, a.entryNumber]).sort()).toEqual([
      ['critical-message', '316-1234567-3'],
      ['critical-message', 'EAB-0004521-2'],
    ]);
    // the same file again writes nothing and says nothing
    t.run('status', fixture('valid-004010.edi'));
    expect(pushed).toHaveLength(1);
  });

  it("the app's watcher announces a critical message another process imported, once, and only news", () => {
    const watch = new PostEntryAlertWatch(t.desk.ctx, (message, error) => t.logged.push({ message, error }));
    watch.start(); // messages already in the ledger are no news
    watch.stop(); // the test looks by hand instead of every second
    // the command line: another connection to the same file, whose events never reach this desk
    const cli = createDesk(t.path, { clock: manualClock('2025-04-01T08:00:00Z'), ids: sequentialIds('01CLI') });
    try {
      importPostEntryFile(cli.ctx, t.actors.specialist, { kind: 'status', path: fixture('valid-004010.edi') });
    } finally {
      cli.close();
    }
    expect(pushed).toHaveLength(0);
    watch.look();
    expect(titles()).toEqual([
      'Critical status on entry 316-1234567-3: CBP hold placed at the port of discharge',
      'Critical status on entry EAB-0004521-2: Entered: intensive examination required (entered quantity recorded; not released)',
    ]);
    watch.look();
    expect(pushed).toHaveLength(1);
    expect(t.logged).toEqual([]);
  });

  it("the app's watcher works deadlines out once another process's imports pause, not after every file", () => {
    // The day the scenario's earliest open deadline is 10 days off, learnt from a scratch ledger.
    const scratch = createPostEntryDesk();
    importScenario(scratch);
    const first = scratch
      .ok('post-entry:deadlines', { today: '2025-01-01' }, scratch.actors.specialist)
      .deadlines.filter((d) => !d.done)
      .sort((a, b) => a.actBy.localeCompare(b.actBy))[0]!;
    scratch.dispose();
    const clock = manualClock(new Date(Date.parse(`${first.actBy}T12:00:00Z`) - 10 * 86_400_000).toISOString());
    const watch = new PostEntryAlertWatch({ ...t.desk.ctx, clock }, (message, error) => t.logged.push({ message, error }));
    watch.start(); // an empty ledger: nothing due
    watch.stop();
    const deadlineAlerts = () => pushed.flatMap((p) => p.alerts).filter((a) => a.kind === 'deadline');
    const cli = createDesk(t.path, { clock: manualClock('2025-04-01T08:00:00Z'), ids: sequentialIds('01CLI') });
    try {
      const files: [PostEntryImportKind, string][] = [
        ['pre-entries', 'ledger/pre-entries.json'],
        ['entry-summaries', 'ledger/entry-summaries.json'],
        ['entry-summaries', 'ledger/entry-summaries.csv'],
        ['statements', 'ledger/statements.json'],
        ['liquidations', 'ledger/liquidations.csv'],
      ];
      for (const [kind, file] of files) {
        importPostEntryFile(cli.ctx, t.actors.specialist, { kind, path: fixture(file) });
        watch.look(); // a newer file than last time: the import is still going
        expect(deadlineAlerts()).toEqual([]);
      }
    } finally {
      cli.close();
    }
    watch.look(); // no newer file: the deadlines are worked out, once
    expect(deadlineAlerts()).toContainEqual(expect.objectContaining({ entryNumber: first.entry, title: expect.stringContaining('in 10 days') }));
    const announced = deadlineAlerts().length;
    watch.look();
    expect(deadlineAlerts()).toHaveLength(announced);
    expect(t.logged).toEqual([]);
  });

  it('a deadline is announced on the day it comes within the alert days, with its rule', () => {
    importScenario(t);
    const clock = manualClock('2025-01-01T12:00:00Z');
    const window = new DeadlineWindow({ ...t.desk.ctx, clock });
    const first = t
      .ok('post-entry:deadlines', { today: '2025-01-01' }, t.actors.specialist)
      .deadlines.filter((d) => !d.done)
      .sort((a, b) => a.actBy.localeCompare(b.actBy))[0]!;
    const day = (iso: string, plus: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + plus * 86_400_000).toISOString();
    clock.set(day(first.actBy, -31)); // the default alert days are 30
    expect(window.entered()).toEqual([]); // the first look only takes note
    clock.set(day(first.actBy, -30));
    const entered = window.entered();
    expect(entered).toContainEqual(
      expect.objectContaining({
        kind: 'deadline',
        entryNumber: first.entry,
        title: expect.stringContaining(`in 30 days (${first.actBy})`),
        detail: first.rule,
      }),
    );
    expect(window.entered()).toEqual([]); // announced once
  });
});

describe('broker performance by port', () => {
  it('takes the entries filed at one port only, and lists the ports of the period to choose from', () => {
    importScenario(t);
    const all = t.ok('post-entry:brokers', {}, t.actors.specialist);
    expect(all.ports).toEqual(['1803', '2704']);
    const atJacksonville = t.ok('post-entry:brokers', { port: '1803' }, t.actors.specialist);
    expect(atJacksonville.brokers.map((b) => b.broker)).toEqual(['East Atlantic Brokerage']);
    expect(atJacksonville).toMatchObject({ port: '1803', ports: ['1803', '2704'] });
    expect(t.refused('post-entry:brokers', { port: '27' }, t.actors.specialist).message).toMatch(/port code has 4 digits/);
  });
});
