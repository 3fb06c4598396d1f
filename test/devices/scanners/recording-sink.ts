import { vi } from 'vitest';
import type { ScanEvent } from '../../../src-shared/scanning/scan-event';
import type { ScannerSink, ScannerStatus } from '../../../src-main/devices/scanners/scanner-types';

/** A sink that keeps what a transport reported, with a fixed clock, and waits for what is to come. */
export function recordingSink(at = '2025-03-04T10:00:00.000Z') {
  const scans: ScanEvent[] = [];
  const statuses: ScannerStatus[] = [];
  const logs: string[] = [];
  const sink: ScannerSink = {
    now: () => new Date(at),
    log: (message) => void logs.push(message),
    scan: (event) => void scans.push(event),
    status: (status) => void statuses.push(status),
  };
  const waitFor = <T>(find: () => T | undefined, what: string): Promise<T> =>
    vi.waitFor(
      () => {
        const found = find();
        if (found === undefined) throw new Error(`still waiting for ${what}; statuses so far: ${JSON.stringify(statuses)}`);
        return found;
      },
      { timeout: 10_000, interval: 20 },
    );
  return {
    sink,
    scans,
    statuses,
    logs,
    /** the `n`th scan (from 1) once it has arrived */
    scan: (n: number) => waitFor(() => scans[n - 1], `scan ${n}`),
    /** a status in `state` reported after the first `after` statuses */
    status: (state: ScannerStatus['state'], after = 0) => waitFor(() => statuses.slice(after).find((s) => s.state === state), `status ${state}`),
  };
}
