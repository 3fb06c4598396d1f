import type { Sqlite } from '../db/open-ledger';

/**
 * Links from post-entry data to the entries imported for receiving (import_entries): the same entries,
 * found by their number whether it was stored with dashes ("B76-0324527-8") or without ("B7603245278").
 */
export function receivingEntryNumber(db: Sqlite, entry: { display: string; compact: string }): string | null {
  const row = db.prepare('SELECT entry_number FROM import_entries WHERE entry_number IN (?, ?) LIMIT 1').get(entry.display, entry.compact) as
    { entry_number: string } | undefined;
  return row?.entry_number ?? null;
}
