import { z } from 'zod';
import type { ImportSummary } from '../domain/ledger';
import { POST_ENTRY_IMPORT_KINDS } from '../domain/post-entry';
import { nameField } from './primitives';

/** What a ledger import file may hold. */
export const IMPORT_KINDS = ['items', 'entries', 'receipts', 'locations', 'exports', 'hts-facts'] as const satisfies readonly ImportSummary['kind'][];

/** The file on the desk's machine: only the desk's own command line may name one (contract role `system`). */
const file = nameField({ label: 'the import file', max: 4096 });

/** `drawback-desk import KIND FILE` for the ledger's own records: all rows or none, under one audit record. */
export const importFileSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS, { error: `the import kind is one of ${IMPORT_KINDS.join(', ')}` }),
  file,
});

/** `drawback-desk import KIND FILE` for post-entry data (pre-entries, entry summaries, status messages, statements, liquidations). */
export const postEntryImportFileSchema = z.strictObject({
  kind: z.enum(POST_ENTRY_IMPORT_KINDS, { error: `the post-entry import kind is one of ${POST_ENTRY_IMPORT_KINDS.join(', ')}` }),
  file,
});
