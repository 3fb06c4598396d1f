import type { ScannerStatus } from '../../../src-shared/domain/devices';
import { AppError } from '../../../src-shared/errors';
import { palletByEpc, palletDetail, receivePallet, type PalletDevices } from '../../services/pallets/pallet-service';
import { palletBySscc } from '../../services/pallets/pallet-record';
import { queueLabel } from '../../services/printing/print-queue';
import type { Actor, ServiceContext } from '../../services/service-context';
import { changeSetting, readSettings } from '../../services/settings/settings-service';
import type { CallContext, HandlerMap } from './handlers';

/** What the handlers need of the scanner hub: their states, and a restart when the setting changes. */
export interface ScannerControl {
  status(): ScannerStatus[];
  restart(): void;
}

type PalletChannels = 'settings:get' | 'settings:set' | 'pallets:receive' | 'pallets:get' | 'pallets:find-by-epc' | 'pallets:reprint' | 'pallets:retry-tag' | 'pallets:read-tags' | 'printing:jobs';

/** Settings, pallets, labels and tags: the receiving desk's device-facing channels. */
export function palletHandlers(ctx: ServiceContext, devices: PalletDevices, signedIn: (call: CallContext) => Actor, scanners?: ScannerControl): Pick<HandlerMap, PalletChannels> {
  const { db } = ctx;
  const withProgress = (sscc: string) => {
    const pallet = palletBySscc(db, sscc);
    return { pallet: palletDetail(db, pallet, devices.inFlight()), progress: devices.tags.progress(pallet.sscc) };
  };
  return {
    'settings:get': () => readSettings(db),
    'settings:set': (input, call) => {
      const settings = changeSetting(ctx, signedIn(call), input);
      if (input.key === 'scanners') scanners?.restart();
      return settings;
    },
    'pallets:receive': (input, call) => receivePallet(ctx, signedIn(call), input, devices, call.verified.user),
    'pallets:get': (input) => withProgress(input.sscc),
    'pallets:find-by-epc': (input) => withProgress(palletByEpc(db, input.epc).sscc),
    'pallets:reprint': (input, call) => {
      const pallet = palletBySscc(db, input.sscc);
      // The printer and format are the supervisor's settings: a request never names a device.
      const jobId = queueLabel(ctx, signedIn(call), { ssccId: pallet.ssccId, reprintReason: input.reason });
      void devices.printQueue.kick();
      ctx.emit('pallets:changed', { sscc: pallet.sscc });
      return devices.printQueue.job(jobId);
    },
    'pallets:retry-tag': (input, call) => {
      const pallet = palletBySscc(db, input.sscc);
      if (readSettings(db)['rfid.reader'] === '') throw new AppError('CONFLICT', 'no RFID reader is set: a supervisor sets rfid.reader in Settings');
      return devices.tags.retry(pallet, signedIn(call));
    },
    'pallets:read-tags': () => (devices.tags.read(), null),
    'printing:jobs': () => devices.printQueue.recent(100),
  };
}
