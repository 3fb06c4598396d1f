import type { ScannerStatus } from '../../../src-shared/domain/devices';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { changeSetting, readSettings } from './settings-service';

/** What the handlers need of the scanner hub: their states, and a restart when the setting changes. */
export interface ScannerControl {
  status(): ScannerStatus[];
  restart(): void;
}

/** The desk's settings, and the scanners they name. */
export function settingsHandlers(ctx: ServiceContext, scanners: ScannerControl): Handlers<ChannelsOf<'settings' | 'devices'>> {
  return {
    'settings:get': () => readSettings(ctx.db),
    'settings:set': (input, call) => {
      const settings = changeSetting(ctx, call.actor, input);
      if (input.key === 'scanners') scanners.restart();
      return settings;
    },
    'devices:scanners': () => scanners.status(),
  };
}
