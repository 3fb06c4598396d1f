import type { ScannerKind, ScannerState, ScannerStatus } from './scanner-types';

/** A failure that retrying will not fix (an unknown layout): the link stays in 'error'. */
export class PermanentScannerError extends Error {}

export interface LinkOptions {
  id: string;
  kind: ScannerKind;
  everyMs: number;
  /** opens the device; rejects with a message a person can act on */
  connect: () => Promise<void>;
  emit: (status: ScannerStatus) => void;
}

/**
 * The connection state of one scanner and its retry loop, shared by the HID and serial transports:
 * a failed open or a lost device says 'disconnected', the retries say 'reconnecting' (once, not per
 * attempt), a successful open 'connected'. Timers are unref'd so a retry loop never holds a CLI open.
 */
export class ReconnectingLink {
  private current: ScannerStatus;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: LinkOptions) {
    this.current = { id: options.id, kind: options.kind, state: 'disconnected', message: 'not opened yet' };
  }

  get isClosed(): boolean {
    return this.closed;
  }

  status(): ScannerStatus {
    return { ...this.current };
  }

  /** The first attempt; resolves with the status it ends in (retrying goes on in the background). */
  async start(): Promise<ScannerStatus> {
    await this.attempt('disconnected');
    return this.status();
  }

  /** The transport lost its device (unplugged, read error). */
  lost(message: string): void {
    if (this.closed) return;
    this.set('disconnected', message);
    this.schedule();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async attempt(stateOnFailure: ScannerState): Promise<void> {
    try {
      await this.options.connect();
      if (!this.closed) this.set('connected', undefined);
    } catch (error) {
      if (this.closed) return;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentScannerError) return this.set('error', message);
      this.set(stateOnFailure, stateOnFailure === 'reconnecting' ? `${message}; retrying every ${this.options.everyMs} ms` : message);
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.closed) return;
      void this.attempt('reconnecting');
    }, this.options.everyMs);
    this.timer.unref();
  }

  private set(state: ScannerState, message: string | undefined): void {
    if (this.current.state === state && this.current.message === message) return;
    this.current = { id: this.options.id, kind: this.options.kind, state, ...(message !== undefined && { message }) };
    this.options.emit(this.status());
  }
}
