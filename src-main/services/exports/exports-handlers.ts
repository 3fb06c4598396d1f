import type { ChannelsOf, Handlers } from '../handler-types';
import type { Actor, ServiceContext } from '../service-context';
import { addExportDocument, recordShipment, requireShipment } from './exports-service';

/** Export shipments and their documents; `onConfirmed` hears of each shipment confirmed (matching starts for it). */
export function exportsHandlers(ctx: ServiceContext, onConfirmed: (actor: Actor, references: string[]) => void): Handlers<ChannelsOf<'exports'>> {
  return {
    'exports:record-shipment': (input, call) => recordShipment(ctx, call.actor, input, (references) => onConfirmed(call.actor, references)),
    'exports:get-shipment': (input) => requireShipment(ctx, input.reference),
    'exports:add-document': (input, call) => addExportDocument(ctx, call.actor, input),
  };
}
