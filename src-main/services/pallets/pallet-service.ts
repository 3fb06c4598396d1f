import type { Pallet, PalletProgress, RfidTagLink } from '../../../src-shared/domain/pallets';
import type { ReceiptResult } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { jobsOfSscc } from '../../ledger/repos/print-jobs-repo';
import { queueLabelInTransaction, toPrintJob, type PrintQueue } from '../printing/print-queue';
import { createReceiptWith } from '../receiving/receiving-service';
import type { Actor, ServiceContext } from '../service-context';
import { readSettings } from '../settings/settings-service';
import { palletById, palletBySscc, type PalletRecord } from './pallet-record';
import { firstReceiptOfLot } from '../../ledger/repos/movements-repo';
import { ssccOfEpc, tagsOfSscc } from '../../ledger/repos/rfid-tags-repo';
import { ssccIdOfMovement } from '../../ledger/repos/sscc-repo';
import { allocateSscc } from './sscc-allocator';
import type { PalletTagWriter } from './pallet-tags';

export interface PalletDevices {
  printQueue: PrintQueue;
  tags: PalletTagWriter;
  /** jobs being sent now, so a screen can tell sending from cut off */
  inFlight(): ReadonlySet<number>;
}

export interface ReceivePalletRequest {
  receipt: ReceiptRequest;
  label: boolean;
  tag: boolean;
}

export interface ReceivePalletResult {
  receipt: ReceiptResult;
  pallet: Pallet | null;
  progress: PalletProgress | null;
}

/**
 * The receiving flow's one operation: the receipt, the pallet's SSCC and its label job are written
 * in one transaction under one audit record; then the label prints and the tag is written in the
 * background, each outcome audited and shown step by step. What the desk needs (company prefix,
 * printer, reader) is checked first, so a receipt is never left without the label it asked for.
 */
export function receivePallet(ctx: ServiceContext, actor: Actor, req: ReceivePalletRequest, devices: PalletDevices, approver?: Actor): ReceivePalletResult {
  const settings = readSettings(ctx.db);
  if (settings['gs1.company-prefix'] === '')
    throw new AppError('CONFLICT', 'no GS1 company prefix is set, so the pallet cannot get an SSCC: a supervisor sets gs1.company-prefix in Settings');
  if (req.label && settings['labels.printer'] === '')
    throw new AppError('CONFLICT', 'no label printer is set: a supervisor sets labels.printer in Settings, or receive without a label');
  if (req.tag && settings['rfid.reader'] === '')
    throw new AppError('CONFLICT', 'no RFID reader is set: a supervisor sets rfid.reader in Settings, or receive without a tag');
  const result = createReceiptWith(
    ctx,
    actor,
    req.receipt,
    {
      write: (seq, receipt) => {
        const sscc = allocateSscc(ctx.db, { seq, lotId: receipt.lotId, movementId: receipt.movementId, userId: actor.userId, now: receipt.now });
        const jobId = req.label
          ? queueLabelInTransaction(ctx.db, { seq, userId: actor.userId, now: receipt.now, uid: ctx.ids.next() }, { ssccId: sscc.id })
          : null;
        return { ...sscc, jobId };
      },
      describe: (pallet) => ({ sscc: pallet.sscc, label: pallet.jobId !== null, tag: req.tag }),
    },
    approver,
  );
  const { alongside, ...receipt } = result;
  if (!alongside) {
    // The same scan sent twice: the first receipt stands, with the pallet it got then.
    const first = palletOfMovement(ctx.db, receipt.movement.id);
    return { receipt, pallet: first ? palletDetail(ctx.db, first, devices.inFlight()) : null, progress: first ? devices.tags.progress(first.sscc) : null };
  }
  const pallet = palletById(ctx.db, alongside.id);
  const progress = devices.tags.start(pallet, { label: req.label, tag: req.tag }, actor);
  if (req.label) void devices.printQueue.kick();
  ctx.emit('pallets:changed', { sscc: pallet.sscc });
  return { receipt, pallet: palletDetail(ctx.db, pallet, devices.inFlight()), progress };
}

/** An SSCC for a lot received before labels were in use (CLI `label`), tied to its first receipt. */
export function issueSsccForLot(ctx: ServiceContext, actor: Actor, lotId: number): PalletRecord {
  const id = withAudit(
    ctx.db,
    ctx,
    (r: { sscc: string }) => ({ action: 'pallets:issue-sscc', subject: `lot #${lotId}`, actor: actor.username, after: { sscc: r.sscc } }),
    (seq) => {
      const first = firstReceiptOfLot(ctx.db, lotId);
      return allocateSscc(ctx.db, { seq, lotId, movementId: first?.id ?? null, userId: actor.userId, now: ctx.clock.now().toISOString() });
    },
  ).id;
  return palletById(ctx.db, id);
}

/** The pallet a receipt came with, by the movement's uid. */
export function palletOfMovement(db: Sqlite, movementUid: string): PalletRecord | undefined {
  const id = ssccIdOfMovement(db, movementUid);
  return id === undefined ? undefined : palletById(db, id);
}

export function palletDetail(db: Sqlite, pallet: PalletRecord, inFlight: ReadonlySet<number>): Pallet {
  const tags: Omit<RfidTagLink, 'sscc'>[] = tagsOfSscc(db, pallet.ssccId);
  return {
    sscc: pallet.sscc,
    lotUid: pallet.lotUid,
    sku: pallet.label.sku,
    lotCode: pallet.label.lotCode,
    entryNumber: pallet.label.entryNumber,
    quantity: pallet.label.quantity,
    unit: pallet.label.unit,
    drawback: pallet.label.drawback,
    jobs: jobsOfSscc(db, pallet.ssccId).map((row) => toPrintJob(db, row, inFlight)),
    tags: tags.map((t) => ({ ...t, sscc: pallet.sscc })),
  };
}

/** A tag read at the dock finds its pallet, and so the lot and the import entry it carries. */
export function palletByEpc(db: Sqlite, epc: string): PalletRecord {
  const sscc = ssccOfEpc(db, epc.toUpperCase());
  if (sscc === undefined) throw new AppError('NOT_FOUND', `tag ${epc} is not linked to any pallet in this ledger`);
  return palletBySscc(db, sscc);
}
