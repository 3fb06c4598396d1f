import type { ExportDocument, ExportShipment } from '../../../src-shared/domain/exports';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { AppError } from '../../../src-shared/errors';
import type { AddExportDocumentInput, ExportShipmentInput } from '../../../src-shared/schemas/export-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import { findShipment, getShipment, insertExportDocument, insertShipment, shipmentDocuments } from '../../ledger/repos/exports-repo';
import type { Actor, ServiceContext } from '../service-context';
import { planShipmentLines } from './plan-shipment';

/** Called after a shipment is confirmed and committed: the desk starts a matching run for it. */
export type ShipmentConfirmed = (references: string[]) => void;

/**
 * Records a confirmed export shipment with its lines and documents under one audit record. The same
 * reference twice is refused: an export is confirmed once (a correction is a new shipment document).
 */
export function recordShipment(ctx: ServiceContext, actor: Actor, input: ExportShipmentInput, confirmed?: ShipmentConfirmed): ExportShipment {
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'exports:record-shipment',
      subject: `shipment ${input.reference}`,
      actor: actor.username,
      after: { exportDate: input.exportDate, lines: input.lines.length, documents: input.documents.length },
    },
    (seq) => {
      writeShipment(ctx, actor, input, seq);
    },
  );
  ctx.emit('claims:changed', { claimNumber: null, reason: 'shipment recorded' });
  confirmed?.([input.reference]);
  return getShipment(ctx.db, input.reference)!;
}

/** The write itself, inside the caller's audited transaction (used by the single record and the file import). */
export function writeShipment(ctx: ServiceContext, actor: Actor, input: ExportShipmentInput, seq: AuditSeq): number {
  if (findShipment(ctx.db, input.reference))
    throw new AppError('CONFLICT', `shipment ${input.reference} is already recorded`, [{ field: 'reference', message: 'already recorded' }]);
  const { lines, issues } = planShipmentLines(ctx.db, input, () => ctx.ids.next());
  if (issues.length > 0)
    throw new AppError('VALIDATION', `shipment ${input.reference} not recorded: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues);
  const now = ctx.clock.now().toISOString();
  const shipmentId = insertShipment(
    ctx.db,
    {
      uid: ctx.ids.next(),
      reference: input.reference,
      exportDate: input.exportDate,
      destinationCountry: input.destinationCountry,
      exporter: input.exporter,
      declarationReference: input.declarationReference ?? null,
      carrier: input.carrier ?? null,
      createdAt: now,
      userId: actor.userId,
    },
    lines,
    seq,
  );
  for (const d of input.documents)
    insertExportDocument(
      ctx.db,
      shipmentId,
      { uid: ctx.ids.next(), kind: d.kind, reference: d.reference, documentDate: d.documentDate ?? null, addedAt: now, userId: actor.userId },
      seq,
    );
  return shipmentId;
}

/** Attaches a document (a bill of lading that came late, an EEI filing) to a recorded shipment. */
export function addExportDocument(ctx: ServiceContext, actor: Actor, input: AddExportDocumentInput): ExportDocument {
  const documentId = withAudit(
    ctx.db,
    ctx,
    { action: 'exports:add-document', subject: `shipment ${input.shipmentReference} ${input.kind} ${input.reference}`, actor: actor.username, after: input },
    (seq) => {
      const shipment = findShipment(ctx.db, input.shipmentReference);
      if (!shipment) throw new AppError('NOT_FOUND', `there is no shipment ${input.shipmentReference}`, [{ field: 'shipmentReference', message: 'not found' }]);
      const duplicate = shipmentDocuments(ctx.db, shipment.id).find((d) => d.kind === input.kind && d.reference === input.reference);
      if (duplicate)
        throw new AppError('CONFLICT', `shipment ${input.shipmentReference} already has ${input.kind} ${input.reference}`, [
          { field: 'reference', message: 'already attached' },
        ]);
      const uid = ctx.ids.next();
      insertExportDocument(
        ctx.db,
        shipment.id,
        {
          uid,
          kind: input.kind,
          reference: input.reference,
          documentDate: input.documentDate ?? null,
          addedAt: ctx.clock.now().toISOString(),
          userId: actor.userId,
        },
        seq,
      );
      return uid;
    },
  );
  ctx.emit('claims:changed', { claimNumber: null, reason: 'document added' });
  const shipment = getShipment(ctx.db, input.shipmentReference)!;
  return shipment.documents.find((d) => d.id === documentId)!;
}

export function requireShipment(ctx: ServiceContext, reference: string): ExportShipment {
  const shipment = getShipment(ctx.db, reference);
  if (!shipment) throw new AppError('NOT_FOUND', `there is no shipment ${reference}`, [{ field: 'reference', message: 'not found' }]);
  return shipment;
}
