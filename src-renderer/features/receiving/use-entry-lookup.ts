import { useCallback, useEffect, useState } from 'react';
import type { EntryLine, ImportEntry, Item } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient, useDeskEvent } from '../../app/client-context';

export type EntryLookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'found'; entry: ImportEntry }
  | { status: 'missing'; error: AppErrorShape };

const ENTRY_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,19}$/;

/**
 * Finds the entry as the clerk types or scans its number (debounced), so its lines can be chosen.
 * Reloads when balances change (received-so-far moves with every receipt).
 */
export function useEntryLookup(entryNumber: string): { lookup: EntryLookup; reload(): void } {
  const client = useDeskClient();
  const wanted = entryNumber.trim().toUpperCase();
  const [answer, setAnswer] = useState<{ key: string; lookup: EntryLookup } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useDeskEvent('ledger:balances-changed', reload);

  useEffect(() => {
    if (!ENTRY_PATTERN.test(wanted)) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await client.invoke('entries:get', { entryNumber: wanted });
      if (cancelled) return;
      const lookup: EntryLookup = result.ok ? { status: 'found', entry: result.value } : { status: 'missing', error: result.error };
      setAnswer({ key: `${wanted}#${version}`, lookup });
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, wanted, version]);

  if (!ENTRY_PATTERN.test(wanted)) return { lookup: { status: 'idle' }, reload };
  if (answer?.key.startsWith(`${wanted}#`)) return { lookup: answer.lookup, reload };
  return { lookup: { status: 'loading' }, reload };
}

/**
 * The line the form uses: the one chosen if the entry has it; otherwise the only line, or the only
 * line with the item's HTS. Derived, never copied into state, so it follows the entry as it changes.
 */
export function resolveLine(chosen: string, lookup: EntryLookup, item: Item | undefined): EntryLine | undefined {
  if (lookup.status !== 'found') return undefined;
  const lines = lookup.entry.lines;
  const picked = lines.find((l) => String(l.lineNumber) === chosen);
  if (picked) return picked;
  if (lines.length === 1) return lines[0];
  const sameHts = item ? lines.filter((l) => l.hts === item.hts) : [];
  return sameHts.length === 1 ? sameHts[0] : undefined;
}
