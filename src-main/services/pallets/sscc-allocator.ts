import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { ssccFor } from '../../devices/labels/sscc';
import { readSettings } from '../settings/settings-service';

export interface SsccAllocation {
  id: number;
  sscc: string;
}

interface AllocationWrite {
  seq: number;
  lotId: number;
  movementId: number | null;
  userId: number;
  now: string;
}

/**
 * Issues the next SSCC under the desk's GS1 company prefix and extension digit, inside the caller's
 * audited transaction. Serials only grow (largest issued + 1; rows are append-only and the serial is
 * unique per prefix), so an SSCC is never reused, not even after a crash or a reprint.
 * 17 digits = extension (1) + company prefix (p) + serial reference (16 - p).
 */
export function allocateSscc(db: Sqlite, write: AllocationWrite): SsccAllocation {
  const settings = readSettings(db);
  const prefix = settings['gs1.company-prefix'];
  if (prefix === '') {
    throw new AppError('CONFLICT', 'no GS1 company prefix is set, so no SSCC can be issued: a supervisor sets it under Settings (gs1.company-prefix) or with "drawback-desk settings set gs1.company-prefix DIGITS"');
  }
  const extension = Number(settings['gs1.sscc-extension']);
  const last = db.prepare('SELECT MAX(serial) AS serial FROM sscc_allocations WHERE company_prefix = ? AND extension_digit = ?').get(prefix, extension) as { serial: number | null };
  const serial = (last.serial ?? 0) + 1;
  const largest = 10 ** (16 - prefix.length) - 1;
  if (serial > largest) {
    throw new AppError('CONFLICT', `every SSCC serial under company prefix ${prefix} and extension ${extension} is used (${largest.toLocaleString('en-US')}); set another extension digit`);
  }
  const sscc = ssccFor(extension, prefix, serial);
  const id = Number(
    db
      .prepare('INSERT INTO sscc_allocations (sscc, company_prefix, extension_digit, serial, lot_id, movement_id, allocated_at, user_id, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(sscc, prefix, extension, serial, write.lotId, write.movementId, write.now, write.userId, write.seq).lastInsertRowid,
  );
  return { id, sscc };
}
