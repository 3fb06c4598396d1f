import type { StatusMessageView } from '../../../src-shared/domain/post-entry';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { listMessages, messageCodes, type StatusMessageRow } from '../../ledger/repos/post-entry-messages-repo';
import { classifier } from './critical-codes';
import { readPostEntrySettings } from './post-entry-settings';
import { dispositionCodes } from './reference-cache';

export interface MessageQuery {
  entryNumber?: string;
  criticalOnly?: boolean;
  unknownOnly?: boolean;
  limit: number;
}

/** A status message as the desk shows it: its code's meaning and whether the desk's rules call it critical. */
export function messageViews(db: Sqlite): (row: StatusMessageRow) => StatusMessageView {
  const classify = classifier(readPostEntrySettings(db).criticalCodes, dispositionCodes());
  return (row) => {
    const c = classify(row.disposition_code, row.category);
    return {
      id: row.id,
      entryNumber: row.entry_number,
      billOfLading: row.bill_of_lading,
      code: row.disposition_code,
      meaning: c.meaning,
      category: c.category,
      critical: c.critical,
      unknownCode: row.unknown_code === 1,
      postedAt: row.posted_at,
      quantity: row.quantity,
      source: row.source,
      sourceRef: row.source_ref,
      raw: row.raw,
    };
  };
}

/** Status messages newest first: of one entry, only critical ones, or only those with unknown codes. */
export function statusMessages(db: Sqlite, query: MessageQuery): StatusMessageView[] {
  const view = messageViews(db);
  let codes: { include: string[] } | undefined;
  if (query.criticalOnly) {
    // The rules decide per code, so they become the list of codes in the ledger that are critical now.
    const classify = classifier(readPostEntrySettings(db).criticalCodes, dispositionCodes());
    codes = {
      include: messageCodes(db)
        .filter((c) => classify(c.code, c.category).critical)
        .map((c) => c.code),
    };
  }
  return listMessages(db, {
    ...(query.entryNumber ? { entryNumber: query.entryNumber } : {}),
    ...(codes ? { codes } : {}),
    unknownOnly: query.unknownOnly ?? false,
    limit: query.limit,
  }).map(view);
}
