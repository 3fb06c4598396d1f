import type { ScanEvent } from '../../../src-shared/scanning/scan-event';

import type { ScannerKind, ScannerStatus } from '../../../src-shared/domain/devices';

// The status a screen shows is shared with the renderer; the configs stay in main.
export type { ScannerKind, ScannerState, ScannerStatus } from '../../../src-shared/domain/devices';

export interface HidScannerConfig {
  id: string;
  kind: 'hid';
  /** node-hid path from `list()` (/dev/hidraw3 on Linux) */
  path: string;
  /** a name from HID_POS_LAYOUTS; 'standard' when left out */
  layout?: string;
  /** found again by these after a replug gives it another path; learnt from the listing when left out */
  vendorId?: number;
  productId?: number;
  serialNumber?: string;
}

export interface SerialScannerConfig {
  id: string;
  kind: 'serial';
  path: string;
  baudRate: number;
  /** characters the scanner sends before the data (its "prefix" setting), stripped */
  prefix?: string;
  /** characters the scanner sends after the data; "\r" when left out */
  suffix?: string;
  /** where one scan ends on the line; the suffix when left out */
  delimiter?: string;
  /** the scanner is set to send the AIM identifier ("]C1") ahead of the data */
  aimPrefix?: boolean;
}

export type ScannerConfig = HidScannerConfig | SerialScannerConfig;

export type Log = (message: string, error?: unknown) => void;

/** What a transport reports to, and reads the time from. */
export interface ScannerSink {
  now: () => Date;
  log: Log;
  scan: (event: ScanEvent) => void;
  status: (status: ScannerStatus) => void;
}

export interface ScannerConnection {
  readonly id: string;
  readonly kind: ScannerKind;
  status(): ScannerStatus;
  /** the first open attempt; resolves with the status it ends in, retries go on in the background */
  start(): Promise<ScannerStatus>;
  close(): Promise<void>;
}

export const DEFAULT_RECONNECT_MS = 2000;
