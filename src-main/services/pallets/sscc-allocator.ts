import { AppError } from '../../../src-shared/errors';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { ssccFor } from '../../devices/labels/sscc';
import { readSettings } from '../settings/settings-service';
import { insertSscc, lastSsccSerial } from '../../ledger/repos/sscc-repo';

export interface SsccAllocation {
  id: number;
  sscc: string;
}

interface AllocationWrite {
  seq: AuditSeq;
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
    throw new AppError(
      'CONFLICT',
      'no GS1 company prefix is set, so no SSCC can be issued: a supervisor sets it under Settings (gs1.company-prefix) or with "drawback-desk settings set gs1.company-prefix DIGITS"',
    );
  }
  const extension = Number(settings['gs1.sscc-extension']);
  const serial = (lastSsccSerial(db, prefix, extension) ?? 0) + 1;
  const largest = 10 ** (16 - prefix.length) - 1;
  if (serial > largest) {
    throw new AppError(
      'CONFLICT',
      `every SSCC serial under company prefix ${prefix} and extension ${extension} is used (${largest.toLocaleString('en-US')}); set another extension digit`,
    );
  }
  const sscc = ssccFor(extension, prefix, serial);
  const id = insertSscc(
    db,
    {
      sscc,
      companyPrefix: prefix,
      extensionDigit: extension,
      serial,
      lotId: write.lotId,
      movementId: write.movementId,
      allocatedAt: write.now,
      userId: write.userId,
    },
    write.seq,
  );
  return { id, sscc };
}
