import { SerialPort } from 'serialport';
import type { ScanEvent } from '../../../src-shared/scanning/scan-event';
import { nodeHidBackend, type HidBackend } from './hid-backend';
import { createHidScanner } from './hid-scanner';
import type { ScannerList } from '../../../src-shared/domain/devices';
import { listScanners, type SerialPortInfo } from './scanner-listing';
import { DEFAULT_RECONNECT_MS, type Log, type ScannerConfig, type ScannerConnection, type ScannerSink, type ScannerStatus } from './scanner-types';
import { createSerialScanner } from './serial-scanner';

export interface ScannerHubOptions {
  log: Log;
  now: () => Date;
  /** how often a lost scanner is tried again */
  reconnectMs?: number;
  /** the node-hid boundary; a fake in tests */
  hid?: HidBackend;
  listSerialPorts?: () => Promise<SerialPortInfo[]>;
  /** wait for the rest of a multi-report HID scan */
  incompleteScanMs?: number;
}

export interface ScannerHub {
  list(): Promise<ScannerList>;
  /** opens (or reopens, for a known id) a scanner; resolves with the status of the first attempt */
  open(config: ScannerConfig): Promise<ScannerStatus>;
  close(id: string): Promise<void>;
  closeAll(): Promise<void>;
  status(): ScannerStatus[];
  onScan(listener: (event: ScanEvent) => void): () => void;
  onStatus(listener: (status: ScannerStatus) => void): () => void;
}

/** Every scanner of the desk behind one object: the composition root, IPC and CLI talk to this. */
export function createScannerHub(options: ScannerHubOptions): ScannerHub {
  const hid = options.hid ?? nodeHidBackend;
  const reconnectMs = options.reconnectMs ?? DEFAULT_RECONNECT_MS;
  const scanners = new Map<string, { config: ScannerConfig; connection: ScannerConnection }>();
  const scanListeners = new Set<(event: ScanEvent) => void>();
  const statusListeners = new Set<(status: ScannerStatus) => void>();

  // A listener that throws is logged and the others still hear the event.
  function tell<T>(listeners: Set<(value: T) => void>, value: T, what: string): void {
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch (error) {
        options.log(`a ${what} listener failed`, error);
      }
    }
  }
  const subscribe = <T>(listeners: Set<T>, listener: T) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  const sink: ScannerSink = {
    now: options.now,
    log: options.log,
    scan: (event) => tell(scanListeners, event, 'scan-event'),
    status: (status) => tell(statusListeners, status, 'scanner-status'),
  };

  async function close(id: string): Promise<void> {
    const entry = scanners.get(id);
    if (!entry) return;
    scanners.delete(id);
    await entry.connection.close();
    sink.status({ id, kind: entry.config.kind, state: 'disconnected', message: 'closed' });
  }

  return {
    list: () =>
      listScanners({
        hid,
        listSerialPorts: options.listSerialPorts ?? (() => SerialPort.list()),
        configuredSerialPaths: [...scanners.values()].flatMap(({ config }) => (config.kind === 'serial' ? [config.path] : [])),
      }),
    async open(config) {
      await close(config.id);
      const connection = connect(config);
      if (!connection)
        return {
          id: config.id,
          kind: config.kind,
          state: 'error',
          message: `scanner ${config.id}: unknown kind "${String((config as { kind: unknown }).kind)}" (hid or serial)`,
        };
      scanners.set(config.id, { config, connection });
      return connection.start();
    },
    close,
    async closeAll() {
      await Promise.all([...scanners.keys()].map(close));
    },
    status: () => [...scanners.values()].map(({ connection }) => connection.status()),
    onScan: (listener) => subscribe(scanListeners, listener),
    onStatus: (listener) => subscribe(statusListeners, listener),
  };

  function connect(config: ScannerConfig): ScannerConnection | null {
    if (config.kind === 'hid') return createHidScanner(config, sink, { backend: hid, reconnectMs, incompleteScanMs: options.incompleteScanMs });
    if (config.kind === 'serial') return createSerialScanner(config, sink, { reconnectMs });
    return null;
  }
}
