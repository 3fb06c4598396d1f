import type { EventName, EventPayloads } from '../src-shared/contract';
import { Sessions } from './auth/sessions';
import { ensureSystemActor } from './auth/users-service';
import { systemClock, ulidGenerator, type Clock, type IdGenerator } from './clock';
import { openLedger, type Ledger, type OpenLedgerOptions } from './db/open-ledger';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { buildHandlers } from './ipc/handlers';
import { MatchingRunner } from './matching/matching-runner';
import type { Actor, ServiceContext } from './service-context';
import { findUserById } from './auth/users-repo';
import { PalletTagWriter, type TagWritingReader } from './pallets/pallet-tags';
import type { PalletDevices } from './pallets/pallet-service';
import { PrintQueue } from './printing/print-queue';
import { printerFromAddress } from './printers/printer-from-address';
import type { PrinterTransport } from './printers/printer-transport';
import { rfidReaderFromAddress } from './rfid/rfid-reader-from-address';
import { ssccToSscc96Epc } from './rfid/sscc-epc';

export interface DeskConfig extends OpenLedgerOptions {
  clock?: Clock;
  ids?: IdGenerator;
  log?: (message: string, error?: unknown) => void;
  /** start a matching run whenever an export shipment is confirmed (default on; tests turn it off to run by hand) */
  autoMatch?: boolean;
  /** how a printer or RFID reader address becomes a transport (tests may narrow timeouts) */
  devices?: { printerFor?: (address: string) => PrinterTransport; readerFor?: (address: string) => TagWritingReader; retryDelaysMs?: readonly number[] };
}

export interface Desk {
  ledger: Ledger;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** matching runs in worker threads, with progress and cancel */
  matching: MatchingRunner;
  /** the pallet label queue and the tag writer */
  pallets: PalletDevices;
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
  const ledger = openLedger(ledgerPath, config);
  const clock = config.clock ?? systemClock;
  const listeners = new Set<(event: EventName, payload: EventPayloads[EventName]) => void>();
  const log = config.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const ctx: ServiceContext = {
    db: ledger.sqlite,
    clock,
    ids: config.ids ?? ulidGenerator(clock),
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
  const printQueue = new PrintQueue(ctx, actorFor, { transportFor: config.devices?.printerFor ?? ((address) => printerFromAddress(address)), retryDelaysMs: config.devices?.retryDelaysMs, log });
  const pallets: PalletDevices = {
    printQueue,
    tags: new PalletTagWriter(ctx, { readerFor: config.devices?.readerFor ?? ((address) => rfidReaderFromAddress(address)), epcForSscc: ssccToSscc96Epc, inFlight: () => printQueue.sending(), log }),
    inFlight: () => printQueue.sending(),
  };
  const dispatch = createDispatcher(buildHandlers(ctx, sessions, { matching, autoMatch, pallets }), sessions, log);
  return {
    ledger,
    ctx,
    dispatch,
    matching,
    pallets,
    system: ensureSystemActor(ctx),
    onEvent(listener) {
      const l = listener as (event: EventName, payload: EventPayloads[EventName]) => void;
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => {
      matching.close();
      printQueue.close();
      ledger.close();
    },
  };
}
