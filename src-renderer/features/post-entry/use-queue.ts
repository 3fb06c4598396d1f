import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DeadlineRow } from '../../../src-shared/domain/post-entry';
import { useDeskClient } from '../../app/client-context';
import { unwrap } from '../../app/desk-error';
import { deskQueryKey, useDeskQuery } from '../../app/desk-query';
import { isoDay } from '../../ui/format';
import { queueItems, type QueueItem } from './queue-items';
import type { PostEntryAlerts } from './use-post-entry-alerts';

/** Entries with variance alerts whose PSC cut-off the queue looks up (one small query each). */
const MOST_VARIANCE_ENTRIES = 50;

/** The queue's rows: the alerts (deadlines, unseen critical messages) with variance alerts and open liquidation follow-ups. */
export function useQueue(alerts: PostEntryAlerts): { items: QueueItem[]; loading: boolean; error: Error | null } {
  const client = useDeskClient();
  const variances = useDeskQuery('post-entry:variances', {});
  const followUps = useDeskQuery('post-entry:follow-ups', {});
  const alertEntries = useMemo(
    () =>
      [...new Set((variances.data?.variances ?? []).filter((v) => v.severity === 'alert' && !v.withinTolerance).map((v) => v.entry))].slice(
        0,
        MOST_VARIANCE_ENTRIES,
      ),
    [variances.data],
  );
  const psc = useQueries({
    queries: alertEntries.map((entryNumber) => ({
      queryKey: deskQueryKey('post-entry:deadlines', { entryNumber }),
      queryFn: async () => unwrap(await client.invoke('post-entry:deadlines', { entryNumber })),
    })),
  });
  const pscRows = psc.map((q) => q.data?.deadlines.find((d) => d.kind === 'psc')).filter((d): d is DeadlineRow => d !== undefined);
  const items = queueItems({
    deadlines: alerts.deadlines,
    messages: alerts.unread,
    variances: variances.data?.variances ?? [],
    followUps: followUps.data ?? [],
    pscOf: (entry) => pscRows.find((d) => d.entry === entry),
    today: isoDay(new Date()),
  });
  return {
    items,
    loading: alerts.loading || variances.isPending || followUps.isPending || psc.some((q) => q.isPending),
    error: alerts.error ?? variances.error ?? followUps.error ?? null,
  };
}
