import type { EventName, EventPayloads } from '../src-shared/contract';
import { AppError } from '../src-shared/errors';
import { Sessions } from './services/auth/sessions';
import { ensureSystemActor } from './services/auth/users-service';
import { systemClock, ulidGenerator, type Clock, type IdGenerator } from './ledger/clock';
import type { AuditKeySource } from './ledger/audit/audit-key';
import { openAuditedLedger, type AuditedLedger } from './ledger/audit/open-audited-ledger';
import type { OpenLedgerOptions } from './ledger/db/open-ledger';
import { createDispatcher, type Dispatch, type Invoke } from './doors/ipc/dispatcher';
import { CredentialCheck } from './services/auth/credential-check';
import { SignInThrottle, type ThrottlePolicy } from './services/auth/sign-in-throttle';
import { buildHandlers } from './doors/ipc/handler-map';
import { MatchingRunner } from './services/matching/matching-runner';
import type { Actor, ServiceContext } from './services/service-context';
import { findUserById } from './ledger/repos/users-repo';
import { PalletTagWriter, type TagWritingReader } from './services/pallets/pallet-tags';
import { PrintQueue } from './services/printing/print-queue';
import { printerFromAddress } from './devices/printers/printer-from-address';
import type { PrinterTransport } from './devices/printers/printer-transport';
import { rfidReaderFromAddress } from './devices/rfid/rfid-reader-from-address';
import { isSscc96Epc, sscc96FromEpc, ssccToSscc96Epc } from './devices/rfid/sscc-epc';
import { palletByEpc, palletDetail, type PalletDevices } from './services/pallets/pallet-service';
import { createScannerHub, type ScannerHub } from './devices/scanners/scanner-hub';
import type { ScannerConfig } from './devices/scanners/scanner-types';
import { readSettings } from './services/settings/settings-service';
import { ensureStatutoryReferenceData } from './services/reference/reference-data-service';
import { PostEntryAlertWatch } from './services/post-entry/post-entry-alert-watch';

export interface DeskConfig extends OpenLedgerOptions {
  clock?: Clock;
  ids?: IdGenerator;
  log?: (message: string, error?: unknown) => void;
  /** start a matching run whenever an export shipment is confirmed (default on; tests turn it off to run by hand) */
  autoMatch?: boolean;
  /** how a printer or RFID reader address becomes a transport (tests may narrow timeouts) */
  devices?: {
    printerFor?: (address: string) => PrinterTransport;
    readerFor?: (address: string) => TagWritingReader;
    retryDelaysMs?: readonly number[];
    confirmTimeoutMs?: number;
  };
  /** the password throttle's limits (see auth/sign-in-throttle.ts) */
  throttle?: ThrottlePolicy;
  /**
   * Create a new ledger when no file exists at the path: only `init`, `demo` and the first start of
   * the app or browser mode do. An existing file is never turned into a ledger, whatever this says.
   */
  create?: boolean;
  /** key the trail of a ledger made before keyed audit trails (`init` only) */
  upgradeUnkeyed?: boolean;
  /** where the ledger's audit key is kept: the app passes its OS keychain; default DRAWBACK_DESK_AUDIT_KEY or a key file */
  auditKeys?: AuditKeySource;
}

export interface Desk {
  ledger: AuditedLedger;
  ctx: ServiceContext;
  /** for in-process callers (seeding, the first admin, tests): the whole request on this thread */
  dispatch: Dispatch;
  /** for the front doors (the app's IPC, browser mode, the CLI): passwords are hashed off the event loop */
  invoke: Invoke;
  /** matching runs in worker threads, with progress and cancel */
  matching: MatchingRunner;
  /** the pallet label queue and the tag writer */
  pallets: PalletDevices;
  /** HID POS and serial scanners; opened by startScanners() in the app, never by the CLI */
  scanners: ScannerHub;
  /**
   * For the app and browser mode (never the CLI): opens the scanners the `scanners` setting names
   * and sends labels still queued from before (jobs cut off mid-send stay uncertain, unsent); starts
   * looking for post-entry alerts (critical messages and deadlines, whichever process imported them).
   */
  startDevices(): Promise<void>;
  /** the built-in actor the CLI and batch jobs act as */
  system: Actor;
  onEvent(listener: <E extends EventName>(event: E, payload: EventPayloads[E]) => void): () => void;
  close(): void;
}

/**
 * The one composition root: the Electron shell, browser mode and the CLI all build the desk here,
 * from a ledger path and a config, and reach the services through the same dispatcher.
 */
export function createDesk(ledgerPath: string, config: DeskConfig = {}): Desk {
  const clock = config.clock ?? systemClock;
  const ids = config.ids ?? ulidGenerator(clock);
  const log = config.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const ledger = openAuditedLedger(ledgerPath, { ...config, clock, ids, onAnchorError: log });
  const listeners = new Set<(event: EventName, payload: EventPayloads[EventName]) => void>();
  const ctx: ServiceContext = {
    db: ledger.sqlite,
    clock,
    ids,
    // Events go out after the write has committed: a listener that fails (a closed window) must not
    // turn a recorded receipt into an error the clerk would retry, and must not stop the others.
    emit: (event, payload) =>
      listeners.forEach((l) => {
        try {
          l(event, payload);
        } catch (error) {
          log(`event listener failed on ${event}`, error);
        }
      }),
  };
  const sessions = new Sessions(clock);
  const matching = new MatchingRunner(ctx, { dbPath: ledger.path, nativeBinding: config.nativeBinding, log });
  const autoMatch = config.autoMatch ?? true;
  const actorFor = (userId: number): Actor => {
    const user = findUserById(ledger.sqlite, userId);
    if (!user) throw new Error(`no user #${userId} in the ledger`);
    return { userId, username: user.username, role: user.role };
  };
  const printerFor = config.devices?.printerFor ?? ((address: string) => printerFromAddress(address));
  const printQueue = new PrintQueue(ctx, actorFor, {
    transportFor: printerFor,
    retryDelaysMs: config.devices?.retryDelaysMs,
    confirmTimeoutMs: config.devices?.confirmTimeoutMs,
    log,
  });
  const pallets: PalletDevices = {
    printQueue,
    tags: new PalletTagWriter(ctx, {
      readerFor: config.devices?.readerFor ?? ((address) => rfidReaderFromAddress(address)),
      epcForSscc: ssccToSscc96Epc,
      ssccOfEpc: (epc) => (isSscc96Epc(epc) ? sscc96FromEpc(epc).sscc : undefined),
      palletOfEpc: (epc) => {
        try {
          return palletDetail(ledger.sqlite, palletByEpc(ledger.sqlite, epc), printQueue.sending());
        } catch (error) {
          if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined; // a tag this ledger never linked
          throw error;
        }
      },
      inFlight: () => printQueue.sending(),
      log,
    }),
    inFlight: () => printQueue.sending(),
  };
  const scanners = createScannerHub({ log, now: () => clock.now() });
  // Scans and scanner states go to every window, as the keyboard-wedge scans do inside one.
  scanners.onScan((event) => ctx.emit('devices:scan', event));
  scanners.onStatus(() => ctx.emit('devices:scanners', scanners.status()));
  const startScanners = async () => {
    await scanners.closeAll();
    const configured = JSON.parse(readSettings(ledger.sqlite).scanners || '[]') as ScannerConfig[];
    for (const config of configured) await scanners.open(config);
  };
  const system = ensureSystemActor(ctx);
  // the destination rules of the law, in the ledger as audited reference data (idempotent)
  ensureStatutoryReferenceData(ctx, system);
  const credentials = new CredentialCheck(ctx, new SignInThrottle(ctx, log, config.throttle));
  const scannerControl = {
    status: () => scanners.status(),
    list: () => scanners.list(),
    restart: () => void startScanners().catch((error: unknown) => log('opening the scanners failed', error)),
  };
  const handlers = buildHandlers(ctx, { sessions, matching, autoMatch, pallets, scanners: scannerControl, printerFor });
  const alertWatch = new PostEntryAlertWatch(ctx, log);
  const { dispatch, invoke } = createDispatcher(handlers, sessions, credentials, system, log, () => clock.now().toISOString().slice(0, 10));
  return {
    ledger,
    ctx,
    dispatch,
    invoke,
    matching,
    pallets,
    scanners,
    startDevices: async () => {
      void printQueue.kick();
      alertWatch.start(); // post-entry alerts, also of the command line's imports
      await startScanners();
    },
    system,
    onEvent(listener) {
      const l = listener as (event: EventName, payload: EventPayloads[EventName]) => void;
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => {
      alertWatch.stop();
      matching.close();
      printQueue.close();
      void scanners.closeAll();
      ledger.close();
    },
  };
}
