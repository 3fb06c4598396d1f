import { auditHandlers } from '../../services/audit/audit-handlers';
import { authHandlers } from '../../services/auth/auth-handlers';
import type { Sessions } from '../../services/auth/sessions';
import { catalogHandlers } from '../../services/catalog/catalog-handlers';
import { claimsHandlers } from '../../services/claims/claims-handlers';
import { exportsHandlers } from '../../services/exports/exports-handlers';
import type { HandlerMap } from '../../services/handler-types';
import { importingHandlers } from '../../services/importing/importing-handlers';
import { inventoryHandlers } from '../../services/inventory/inventory-handlers';
import { matchingHandlers } from '../../services/matching/matching-handlers';
import type { MatchingRunner } from '../../services/matching/matching-runner';
import { postEntryHandlers } from '../../services/post-entry/post-entry-handlers';
import { palletHandlers } from '../../services/pallets/pallet-handlers';
import type { PalletDevices } from '../../services/pallets/pallet-service';
import { printingHandlers } from '../../services/printing/printing-handlers';
import { receivingHandlers } from '../../services/receiving/receiving-handlers';
import { referenceHandlers } from '../../services/reference/reference-handlers';
import type { Actor, ServiceContext } from '../../services/service-context';
import type { PrinterFor } from '../../services/settings/device-survey';
import { settingsHandlers, type ScannerControl } from '../../services/settings/settings-handlers';

export interface HandlerDeps {
  sessions: Sessions;
  matching: MatchingRunner;
  /** start a matching run whenever an export shipment is confirmed */
  autoMatch: boolean;
  pallets: PalletDevices;
  scanners: ScannerControl;
  /** a transport to a printer address (the label printer the settings name) */
  printerFor: PrinterFor;
}

/**
 * Every domain's handlers, merged: the one place that lists them. The return type makes a channel no
 * domain handles (or handles with the wrong types) a compile error.
 */
export function buildHandlers(ctx: ServiceContext, deps: HandlerDeps): HandlerMap {
  const { matching } = deps;
  // A confirmed shipment starts matching for it (DESIGN: runs are triggered by events and on demand).
  const onConfirmed = (actor: Actor, references: string[]) => {
    if (deps.autoMatch) matching.trigger(actor, { trigger: 'shipment-confirmed', policy: { substitution: false }, shipmentReferences: references });
  };
  return {
    ...authHandlers(ctx, deps.sessions),
    ...catalogHandlers(ctx),
    ...receivingHandlers(ctx, deps.pallets),
    ...inventoryHandlers(ctx),
    ...auditHandlers(ctx),
    ...exportsHandlers(ctx, onConfirmed),
    ...matchingHandlers(ctx, matching),
    ...claimsHandlers(ctx),
    ...settingsHandlers(ctx, deps.scanners, deps.printerFor),
    ...palletHandlers(ctx, deps.pallets),
    ...printingHandlers(ctx, deps.pallets),
    ...referenceHandlers(ctx),
    ...postEntryHandlers(ctx),
    ...importingHandlers(ctx, matching),
  };
}
