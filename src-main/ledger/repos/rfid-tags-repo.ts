import { asc, eq } from 'drizzle-orm';
import type { AuditSeq } from '../audit/audit-seq';
import { rfidTags, ssccAllocations } from '../db/device-schema';
import type { Sqlite } from '../db/open-ledger';
import { ormOf } from './orm';

/** The tags written for a pallet, oldest first. */
export function tagsOfSscc(db: Sqlite, ssccId: number): Pick<typeof rfidTags.$inferSelect, 'epc' | 'reader' | 'writtenAt'>[] {
  return ormOf(db)
    .select({ epc: rfidTags.epc, reader: rfidTags.reader, writtenAt: rfidTags.writtenAt })
    .from(rfidTags)
    .where(eq(rfidTags.ssccId, ssccId))
    .orderBy(asc(rfidTags.id))
    .all();
}

/** The SSCC a tag's EPC is linked to. */
export function ssccOfEpc(db: Sqlite, epc: string): string | undefined {
  return ormOf(db)
    .select({ sscc: ssccAllocations.sscc })
    .from(rfidTags)
    .innerJoin(ssccAllocations, eq(ssccAllocations.id, rfidTags.ssccId))
    .where(eq(rfidTags.epc, epc))
    .get()?.sscc;
}

/** Links a written tag to its pallet; a tag already linked stays as it was (ON CONFLICT DO NOTHING). */
export function insertRfidTag(db: Sqlite, tag: Omit<typeof rfidTags.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): void {
  ormOf(db)
    .insert(rfidTags)
    .values({ ...tag, auditSeq: seq })
    .onConflictDoNothing({ target: rfidTags.epc })
    .run();
}
