import type { EntryLine, ImportEntry, Item } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useQueryClient } from '@tanstack/react-query';
import { useDeskClient } from '../../app/client-context';
import { asAppError, unwrap } from '../../app/desk-error';
import { deskQueryKey, useDeskQuery } from '../../app/desk-query';
import { useDebounced } from '../../app/use-debounced';

export type EntryLookup = { status: 'idle' } | { status: 'loading' } | { status: 'found'; entry: ImportEntry } | { status: 'missing'; error: AppErrorShape };

const ENTRY_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,19}$/;

/**
 * Finds the entry as the clerk types or scans its number (once typing pauses), so its lines can be
 * chosen; refreshed when balances change (received-so-far moves with every receipt).
 */
export function useEntryLookup(entryNumber: string): EntryLookup {
  const wanted = entryNumber.trim().toUpperCase();
  const valid = ENTRY_PATTERN.test(wanted);
  const [asked, settled] = useDebounced(wanted, 200);
  const query = useDeskQuery('entries:get', { entryNumber: asked }, { enabled: valid && settled });
  if (!valid) return { status: 'idle' };
  if (!settled || query.isPending) return { status: 'loading' };
  if (query.data) return { status: 'found', entry: query.data };
  return { status: 'missing', error: query.error! };
}

/**
 * The entry as main says it is now, for a receipt sent while the lookup is still on its way (Enter
 * pressed right after a scan): the receipt waits for the answer instead of refusing what the clerk
 * did right. Same cache entry as the lookup, so nothing is asked twice.
 */
export function useEntryLookupNow(): (entryNumber: string) => Promise<EntryLookup> {
  const client = useDeskClient();
  const queryClient = useQueryClient();
  return async (typed) => {
    const entryNumber = typed.trim().toUpperCase();
    if (!ENTRY_PATTERN.test(entryNumber)) return { status: 'idle' };
    try {
      const entry = await queryClient.fetchQuery({
        queryKey: deskQueryKey('entries:get', { entryNumber }),
        queryFn: async () => unwrap(await client.invoke('entries:get', { entryNumber })),
      });
      return { status: 'found', entry };
    } catch (error) {
      return { status: 'missing', error: asAppError(error) };
    }
  };
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
