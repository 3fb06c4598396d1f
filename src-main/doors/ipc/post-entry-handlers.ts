import type { Actor, ServiceContext } from '../../services/service-context';
import { brokerReport } from '../../services/post-entry/broker-service';
import { correctEntry } from '../../services/post-entry/correction-service';
import { deadlineReport } from '../../services/post-entry/deadline-service';
import { followUps, settleFollowUp } from '../../services/post-entry/follow-up-service';
import { statusMessages } from '../../services/post-entry/message-service';
import { purchaseOrderLines } from '../../services/post-entry/po-line-service';
import { changePostEntrySetting, readPostEntrySettings } from '../../services/post-entry/post-entry-settings';
import { statementReport } from '../../services/post-entry/statement-service';
import { entryVersions } from '../../services/post-entry/summary-views';
import { entryTimeline } from '../../services/post-entry/timeline-service';
import { varianceReport } from '../../services/post-entry/variance-service';
import type { CallContext, HandlerMap } from './handlers';

type PostEntryChannel = Extract<keyof HandlerMap, `post-entry:${string}`>;

/** Post-entry tracking: variances, deadlines, brokers, messages and timelines, statements, follow-ups. */
export function postEntryHandlers(ctx: ServiceContext, signedIn: (call: CallContext) => Actor): Pick<HandlerMap, PostEntryChannel> {
  const { db } = ctx;
  return {
    'post-entry:variances': (input) => varianceReport(db, input.entryNumber),
    'post-entry:deadlines': (input) => deadlineReport(ctx, input),
    'post-entry:brokers': (input) => brokerReport(db, input),
    'post-entry:messages': (input) => statusMessages(db, input),
    'post-entry:timeline': (input) => entryTimeline(db, input.entryNumber),
    'post-entry:versions': (input) => entryVersions(db, input.entryNumber),
    'post-entry:correct-entry': (input, call) => correctEntry(ctx, signedIn(call), input),
    'post-entry:statements': () => statementReport(ctx),
    'post-entry:follow-ups': () => followUps(db),
    'post-entry:settle-follow-up': (input, call) => settleFollowUp(ctx, signedIn(call), input),
    'post-entry:po-lines': (input) => purchaseOrderLines(db, input.poNumber),
    'post-entry:settings': () => readPostEntrySettings(db),
    'post-entry:set-setting': (input, call) => changePostEntrySetting(ctx, signedIn(call), input),
  };
}
