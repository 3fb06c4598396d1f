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
