/** Scanners as the screens see them: their state for the status line, and the devices found. */
export type ScannerKind = 'hid' | 'serial';
export type ScannerState = 'connected' | 'disconnected' | 'reconnecting' | 'error';

export interface ScannerStatus {
  id: string;
  kind: ScannerKind;
  state: ScannerState;
  /** what happened last, for the status line: "unplugged", "cannot open /dev/ttyACM0: …" */
  message?: string;
}

/**
 * A scanner found on the desk's machine that could be opened: a HID POS device, or a serial port
 * found in the system's port list, among /dev's USB serial files when that list is unavailable, or
 * in the desk's own settings.
 */
export type ScannerListing =
  | { kind: 'hid'; path: string; vendorId: number; productId: number; product?: string; manufacturer?: string; serialNumber?: string }
  | {
      kind: 'serial';
      path: string;
      found: 'system' | 'device-file' | 'configured';
      manufacturer?: string;
      serialNumber?: string;
      vendorId?: string;
      productId?: string;
    };

export interface ScannerList {
  devices: ScannerListing[];
  /** why a part of the list may be missing, for the person reading it */
  notes: string[];
}

/** What a printer says about itself; `ready` is true exactly when there are no faults. */
export interface PrinterStatus {
  ready: boolean;
  /** what stops printing, as a person reads it: 'paper out', 'head open', 'no reply within 2000 ms'... */
  faults: string[];
  /** the printer's or spooler's own reply, for the log */
  raw?: string;
  /** a caveat about what `ready` means for this transport (a device file reports nothing) */
  note?: string;
  /** what the printer holds, when it answered ~HS: formats not yet printed, labels left of a ^PQ batch */
  buffer?: { formats: number; labelsRemaining: number; partialFormat: boolean };
}

/** `devices list`: what the desk can reach, as its settings name it and as the machine reports it. */
export interface DeviceSurvey {
  /** scanners found on the machine */
  scanners: ScannerListing[];
  /** why a part of that list may be missing */
  notes: string[];
  /** the scanners the `scanners` setting tells the desk to open, as written there */
  configuredScanners: unknown[];
  /** the `labels.printer` setting's printer and what it said (~HS), or null when the setting is empty */
  printer: { address: string; status: PrinterStatus } | null;
  /** the `rfid.reader` setting, or null when empty */
  rfidReader: string | null;
}
