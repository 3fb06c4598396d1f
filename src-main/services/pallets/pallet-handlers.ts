import { AppError } from '../../../src-shared/errors';
import type { ChannelsOf, Handlers } from '../handler-types';
import { queueLabel } from '../printing/print-queue';
import type { ServiceContext } from '../service-context';
import { readSettings } from '../settings/settings-service';
import { palletBySscc } from './pallet-record';
import { palletByEpc, palletDetail, receivePallet, type PalletDevices } from './pallet-service';

/** Pallets at the receiving desk: received with a label and a tag, found, labelled again, tagged again. */
export function palletHandlers(ctx: ServiceContext, devices: PalletDevices): Handlers<ChannelsOf<'pallets'>> {
  const { db } = ctx;
  const withProgress = (sscc: string) => {
    const pallet = palletBySscc(db, sscc);
    return { pallet: palletDetail(db, pallet, devices.inFlight()), progress: devices.tags.progress(pallet.sscc) };
  };
  return {
    'pallets:receive': (input, call) => receivePallet(ctx, call.actor, input, devices, call.verified.user),
    'pallets:get': (input) => withProgress(input.sscc),
    'pallets:find-by-epc': (input) => withProgress(palletByEpc(db, input.epc).sscc),
    'pallets:reprint': (input, call) => {
      const pallet = palletBySscc(db, input.sscc);
      // The printer and format are the supervisor's settings: a request never names a device.
      const jobId = queueLabel(ctx, call.actor, { ssccId: pallet.ssccId, reprintReason: input.reason });
      void devices.printQueue.kick();
      ctx.emit('pallets:changed', { sscc: pallet.sscc });
      return devices.printQueue.job(jobId);
    },
    'pallets:retry-tag': (input, call) => {
      const pallet = palletBySscc(db, input.sscc);
      if (readSettings(db)['rfid.reader'] === '') throw new AppError('CONFLICT', 'no RFID reader is set: a supervisor sets rfid.reader in Settings');
      return devices.tags.retry(pallet, call.actor);
    },
    'pallets:read-tags': () => (devices.tags.read(), null),
  };
}
