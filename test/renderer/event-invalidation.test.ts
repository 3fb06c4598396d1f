import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { EventName, EventPayloads } from '../../src-shared/contract';
import type { MatchingRunStatus } from '../../src-shared/domain/exports';
import type { DeskClient } from '../../src-renderer/app/desk-client';
import { deskQueryKey } from '../../src-renderer/app/desk-query';
import { connectEventInvalidation, EVENT_EFFECTS } from '../../src-renderer/app/event-invalidation';

/** A desk client whose events the test sends (the cache side is the real TanStack QueryClient). */
function eventsOnly() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const client = {
    on(event: string, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  } as unknown as DeskClient;
  const send = <E extends EventName>(event: E, payload: EventPayloads[E]) => listeners.get(event)?.forEach((l) => l(payload));
  return { client, send, listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0) };
}

function cacheWith(keys: (readonly unknown[])[]): QueryClient {
  const queryClient = new QueryClient();
  for (const key of keys) queryClient.setQueryData(key, { answered: true });
  return queryClient;
}
const stale = (q: QueryClient, key: readonly unknown[]) => q.getQueryState(key)?.isInvalidated === true;
const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

const run = (over: Partial<MatchingRunStatus>): MatchingRunStatus =>
  ({ runId: 'R1', state: 'running', done: 0, total: 10, message: null, summary: null, ...over }) as MatchingRunStatus;

describe("main's events and the query cache", () => {
  it('has a row for every event main pushes', () => {
    const names: EventName[] = [
      'ledger:balances-changed',
      'matching:run-changed',
      'claims:changed',
      'pallets:changed',
      'devices:scan',
      'devices:scanners',
      'devices:tag-read',
      'post-entry:alert',
    ];
    expect(Object.keys(EVENT_EFFECTS).sort()).toEqual([...names].sort());
  });

  it('a receipt makes balances, entries and the recent receipts stale, and nothing of the claims', async () => {
    const { client, send } = eventsOnly();
    const balances = deskQueryKey('inventory:balances', { lotCode: 'L1', limit: 1000 });
    const entry = deskQueryKey('entries:get', { entryNumber: '2024-000042' });
    const recent = deskQueryKey('receiving:recent', {});
    const claims = deskQueryKey('claims:list', {});
    const q = cacheWith([balances, entry, recent, claims]);
    connectEventInvalidation(client, q);
    send('ledger:balances-changed', { reason: 'receipt' });
    await settle();
    expect([stale(q, balances), stale(q, entry), stale(q, recent), stale(q, claims)]).toEqual([true, true, true, false]);
  });

  it("one claim's change refreshes that claim's reads and the lists, not another claim's", async () => {
    const { client, send } = eventsOnly();
    const mine = deskQueryKey('claims:get', { claimNumber: 'DD-2026-0001' });
    const myPage = deskQueryKey('claims:lines', { claimNumber: 'DD-2026-0001', offset: 500, limit: 500, onlyExceptions: false });
    const other = deskQueryKey('claims:get', { claimNumber: 'DD-2026-0002' });
    const list = deskQueryKey('claims:list', {});
    const q = cacheWith([mine, myPage, other, list]);
    connectEventInvalidation(client, q);
    send('claims:changed', { claimNumber: 'DD-2026-0001', reason: 'document added' });
    await settle();
    expect([stale(q, mine), stale(q, myPage), stale(q, other), stale(q, list)]).toEqual([true, true, false, true]);
    send('claims:changed', { claimNumber: null, reason: 'allocations changed' });
    await settle();
    expect(stale(q, other)).toBe(true);
  });

  it('a pallet change refreshes that pallet and the recent receipts (a label that failed after the receipt)', async () => {
    const { client, send } = eventsOnly();
    const pallet = deskQueryKey('pallets:get', { sscc: '006141410000000012' });
    const otherPallet = deskQueryKey('pallets:get', { sscc: '006141410000000029' });
    const recent = deskQueryKey('receiving:recent', {});
    const q = cacheWith([pallet, otherPallet, recent]);
    connectEventInvalidation(client, q);
    send('pallets:changed', { sscc: '006141410000000012' });
    await settle();
    expect([stale(q, pallet), stale(q, otherPallet), stale(q, recent)]).toEqual([true, false, true]);
  });

  it('matching progress only moves forward in the cache, and an ended run is final', () => {
    const { client, send } = eventsOnly();
    const q = new QueryClient();
    const current = deskQueryKey('matching:current', {});
    connectEventInvalidation(client, q);
    send('matching:run-changed', run({ done: 6 }));
    send('matching:run-changed', run({ done: 4 })); // crossed on the way
    expect(q.getQueryData<MatchingRunStatus>(current)?.done).toBe(6);
    send('matching:run-changed', run({ state: 'done', done: 10 }));
    send('matching:run-changed', run({ done: 9 }));
    expect(q.getQueryData<MatchingRunStatus>(current)?.state).toBe('done');
  });

  it('the scanners event is the answer itself; disconnecting stops listening', () => {
    const { client, send, listening } = eventsOnly();
    const q = new QueryClient();
    const stop = connectEventInvalidation(client, q);
    const scanners = [{ id: 'dock', kind: 'serial', state: 'connected', message: '' }] as EventPayloads['devices:scanners'];
    send('devices:scanners', scanners);
    expect(q.getQueryData(deskQueryKey('devices:scanners', {}))).toEqual(scanners);
    stop();
    expect(listening()).toBe(0);
  });

  it('a post-entry alert makes the queue, the badge and the entry pages stale, and nothing of receiving', async () => {
    const { client, send } = eventsOnly();
    const deadlines = deskQueryKey('post-entry:deadlines', { within: 14 });
    const messages = deskQueryKey('post-entry:messages', { criticalOnly: true, limit: 500 });
    const timeline = deskQueryKey('post-entry:timeline', { entryNumber: 'HCB-0000202-5' });
    const balances = deskQueryKey('inventory:balances', { lotCode: 'L1', limit: 1000 });
    const q = cacheWith([deadlines, messages, timeline, balances]);
    connectEventInvalidation(client, q);
    send('post-entry:alert', { alerts: [{ kind: 'critical-message', entryNumber: 'HCB-0000202-5', title: 'hold', detail: 'hold' }] });
    await settle();
    expect([stale(q, deadlines), stale(q, messages), stale(q, timeline), stale(q, balances)]).toEqual([true, true, true, false]);
  });
});
