import type { QueryClient, QueryFilters } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayloads } from '../../src-shared/contract';
import type { DeskClient } from './desk-client';
import { deskQueryKey } from './desk-query';
import { hasEnded, mergeRun } from './matching-run-merge';

/** What one of main's events does to the cached answers: mark some stale (refetched if on screen), or bring the new answer itself. */
export type CacheEffect = { invalidate: QueryFilters } | { update: { key: readonly unknown[]; next: (held: never) => unknown } };

/** The event carries (part of) a channel's answer: fold it into the cached one. */
const update = <C extends Channel>(channel: C, input: ChannelInput<C>, next: (held: ChannelOutput<C> | undefined) => ChannelOutput<C>): CacheEffect => ({
  update: { key: deskQueryKey(channel, input), next },
});

/** Every query of these channels. */
const all = (...channels: Channel[]): CacheEffect[] => channels.map((c) => ({ invalidate: { queryKey: [c] } }));
/** The queries of a channel whose input has these fields (TanStack matches object keys partially). */
const where = <C extends Channel>(channel: C, input: Partial<ChannelInput<C>>): CacheEffect => ({ invalidate: { queryKey: [channel, input] } });

const CLAIM_READS = ['claims:get', 'claims:lines', 'claims:line-evidence', 'claims:validate'] as const;

/**
 * THE table from main's push events to the cached answers they change. A screen that shows a
 * channel's answer through useDeskQuery is kept current by this table alone; add a row here when
 * main starts pushing a new event or a new read channel depends on an existing one.
 */
export const EVENT_EFFECTS: { [E in EventName]: (payload: EventPayloads[E]) => CacheEffect[] } = {
  // a receipt, a movement, a release or an import: stock and received-so-far moved
  'ledger:balances-changed': () => all('inventory:balances', 'entries:get', 'entries:list', 'exceptions:list', 'receiving:recent'),
  // one claim (or, with no number, any claim: allocations, documents, reference data) changed
  'claims:changed': ({ claimNumber }) => [
    ...all('claims:list', 'claims:kpis', 'exceptions:claim-queue', 'matching:allocations'),
    ...(claimNumber === null ? all(...CLAIM_READS, 'exports:get-shipment') : CLAIM_READS.map((c) => where(c, { claimNumber }))),
  ],
  // the run's progress (it only moves forward); an ended run changed the numbers
  'matching:run-changed': (status) => [
    update('matching:current', {}, (held) => mergeRun(held, status)),
    ...(hasEnded(status) ? all('claims:kpis', 'matching:allocations') : []),
  ],
  // a pallet's label job or tag moved on
  'pallets:changed': ({ sscc }) => [where('pallets:get', { sscc }), ...all('receiving:recent', 'printing:jobs')],
  // the event carries the whole answer of devices:scanners
  'devices:scanners': (scanners) => [update('devices:scanners', {}, () => scanners)],
  // a critical status message arrived or a deadline came within the alert days: the queue, the badge and the entry's pages
  'post-entry:alert': () =>
    all(
      'post-entry:deadlines',
      'post-entry:messages',
      'post-entry:timeline',
      'post-entry:variances',
      'post-entry:follow-ups',
      'post-entry:brokers',
      'post-entry:po-lines',
    ),
  // scans and tag reads are input to the screen in front, not cached answers
  'devices:scan': () => [],
  'devices:tag-read': () => [],
};

/** A burst of events (a run's end, a document, a tick) refetches once. */
const COALESCE_MS = 80;

/** Subscribes the query cache to every event in the table; returns the unsubscribe. */
export function connectEventInvalidation(client: DeskClient, queryClient: QueryClient): () => void {
  let pending: QueryFilters[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const filters = pending;
    pending = [];
    timer = undefined;
    for (const f of filters) void queryClient.invalidateQueries(f);
  };
  const apply = (effects: CacheEffect[]) => {
    for (const effect of effects) {
      if ('update' in effect) queryClient.setQueryData(effect.update.key, effect.update.next as (held: unknown) => unknown);
      else pending.push(effect.invalidate);
    }
    if (pending.length > 0 && timer === undefined) timer = setTimeout(flush, COALESCE_MS);
  };
  const names = Object.keys(EVENT_EFFECTS) as EventName[];
  const offs = names.map((name) => client.on(name, (payload) => apply((EVENT_EFFECTS[name] as (p: typeof payload) => CacheEffect[])(payload))));
  return () => {
    offs.forEach((off) => off());
    clearTimeout(timer);
  };
}
