import { isoDate } from '../../../src-shared/post-entry/calendar-date';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { brokerReport } from './broker-service';
import { correctEntry } from './correction-service';
import { importPostEntryFile } from './import/post-entry-import';
import { deadlineReport, deadlinesDueSoon } from './deadline-service';
import { followUps, settleFollowUp } from './follow-up-service';
import { statusMessages } from './message-service';
import { purchaseOrderLines } from './po-line-service';
import { changePostEntrySetting, readPostEntrySettings } from './post-entry-settings';
import { statementReport } from './statement-service';
import { entryVersions } from './summary-views';
import { entryTimeline } from './timeline-service';
import { varianceReport } from './variance-service';
import { whileUnchanged } from './while-unchanged';

/** Post-entry tracking: variances, deadlines, brokers, messages and timelines, statements, follow-ups. */
export function postEntryHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'post-entry'>> {
  const { db } = ctx;
  return {
    // The whole ledger's variances and the deadlines due soon (what the queue shows) are kept until the next write.
    'post-entry:variances': (input) => (input.entryNumber ? varianceReport(db, input.entryNumber) : whileUnchanged(db, 'variances', () => varianceReport(db))),
    'post-entry:deadlines': (input) =>
      input.entryNumber || input.within === undefined ? deadlineReport(ctx, input) : deadlinesDueSoon(ctx, input.within, input.today),
    'post-entry:brokers': (input) => brokerReport(db, input),
    'post-entry:messages': (input) => statusMessages(db, input),
    'post-entry:timeline': (input) => entryTimeline(db, input.entryNumber),
    'post-entry:versions': (input) => entryVersions(db, input.entryNumber),
    'post-entry:correct-entry': (input, call) => correctEntry(ctx, call.actor, input),
    // Every entry page asks for these whole-ledger reports (and picks its own rows): kept until the next write.
    'post-entry:statements': () => {
      const today = isoDate(ctx.clock.now());
      return whileUnchanged(db, `statements of ${today}`, () => statementReport(ctx, today));
    },
    'post-entry:follow-ups': () => whileUnchanged(db, 'follow-ups', () => followUps(db)),
    'post-entry:settle-follow-up': (input, call) => settleFollowUp(ctx, call.actor, input),
    'post-entry:po-lines': (input) => purchaseOrderLines(db, input.poNumber),
    'post-entry:settings': () => readPostEntrySettings(db),
    'post-entry:set-setting': (input, call) => changePostEntrySetting(ctx, call.actor, input),
    /** the command line only (contract role `system`): a file on the desk's machine */
    'post-entry:import-file': (input, call) => importPostEntryFile(ctx, call.actor, { kind: input.kind, path: input.file }),
  };
}
