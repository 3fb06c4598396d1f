import type { ScannerList, ScannerStatus } from '../../../src-shared/domain/devices';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { surveyDevices, type PrinterFor } from './device-survey';
import { changeSetting, readSettings } from './settings-service';

/** What the handlers need of the scanner hub: their states, the scanners found, and a restart when the setting changes. */
export interface ScannerControl {
  status(): ScannerStatus[];
  list(): Promise<ScannerList>;
  restart(): void;
}

/** The desk's settings, and the devices they name. */
export function settingsHandlers(ctx: ServiceContext, scanners: ScannerControl, printerFor: PrinterFor): Handlers<ChannelsOf<'settings' | 'devices'>> {
  return {
    'settings:get': () => readSettings(ctx.db),
    'settings:set': (input, call) => {
      const settings = changeSetting(ctx, call.actor, input);
      if (input.key === 'scanners') scanners.restart();
      return settings;
    },
    'devices:scanners': () => scanners.status(),
    'devices:survey': (input) => surveyDevices(ctx.db, { listScanners: () => scanners.list(), printerFor }, input),
  };
}
