import { writeFileSync } from 'node:fs';
import type { ChannelParsed } from '../../../src-shared/contract';
import type { LabelFile, PrintJob } from '../../../src-shared/domain/pallets';
import { withAudit } from '../../ledger/audit/audit-log';
import { findLotId } from '../pallets/lot-lookup';
import { palletsOfLot, type PalletRecord } from '../pallets/pallet-record';
import { issueSsccForLot, type PalletDevices } from '../pallets/pallet-service';
import type { Actor, ServiceContext } from '../service-context';
import { queueLabel, renderLabel } from './print-queue';

/** The lot's newest pallet, or a first SSCC for a lot received before labels were in use. */
function palletForLot(ctx: ServiceContext, actor: Actor, lot: string, sku: string | undefined): PalletRecord {
  const lotId = findLotId(ctx.db, lot, sku);
  return palletsOfLot(ctx.db, lotId)[0] ?? issueSsccForLot(ctx, actor, lotId);
}

/** `drawback-desk label`: the lot's pallet label as a file, audited like a print once it is written (it can be printed by hand). */
export async function writeLotLabelFile(ctx: ServiceContext, actor: Actor, input: ChannelParsed<'labels:write-file'>): Promise<LabelFile> {
  const { format = 'zpl', dpi = 203, file } = input;
  const pallet = palletForLot(ctx, actor, input.lot, input.sku);
  const bytes = await renderLabel(pallet.label, format, dpi);
  writeFileSync(file, bytes);
  withAudit(
    ctx.db,
    ctx,
    { action: 'labels:write-file', subject: `label SSCC ${pallet.sscc}`, actor: actor.username, after: { format, dpi, file } },
    () => undefined,
  );
  return { sscc: pallet.sscc, format, dpi, file, bytes: bytes.length };
}

/** `drawback-desk print`: the lot's pallet label queued, sent and waited for until the printer confirms it, or the send fails. */
export async function printLotLabel(ctx: ServiceContext, actor: Actor, devices: PalletDevices, input: ChannelParsed<'labels:print'>): Promise<PrintJob> {
  const pallet = palletForLot(ctx, actor, input.lot, input.sku);
  const jobId = queueLabel(ctx, actor, {
    ssccId: pallet.ssccId,
    printer: input.printer,
    format: input.format,
    dpi: input.dpi,
    reprintReason: input.reprintReason,
  });
  return devices.printQueue.finish(jobId);
}
