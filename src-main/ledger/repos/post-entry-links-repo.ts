import type { importEntries } from '../db/entries-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';

/**
 * Links from post-entry data to the entries imported for receiving (import_entries): the same entries,
 * found by their number whether it was stored with dashes ("B76-0324527-8") or without ("B7603245278").
 */
export function receivingEntryNumber(db: Sqlite, entry: { display: string; compact: string }): string | null {
  const number = db
    .prepare<[string, string], SqlRow<typeof importEntries>['entry_number']>('SELECT entry_number FROM import_entries WHERE entry_number IN (?, ?) LIMIT 1')
    .pluck()
    .get(entry.display, entry.compact);
  return number ?? null;
}
