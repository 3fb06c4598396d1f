import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import { normalizeNewEpc, RfidError } from './rfid-error';
import { systemErrorInWords } from '../system-error-words';
import { mergeTagRead, type RfidReader, type TagRead, targetEpcOf, type WriteEpcRequest } from './rfid-reader';
import {
  cancelEpcMatch,
  matchEpc,
  R2000_COMMAND,
  R2000_ERROR,
  R2000_PUBLIC_ADDRESS,
  R2000_SUCCESS,
  readInventoryReply,
  readStatusReply,
  readWriteReply,
  realTimeInventory,
  writeWords,
} from './uhf-serial/r2000-commands';
import { encodeR2000Frame, type R2000Frame, R2000FrameSplitter, type R2000LineError } from './uhf-serial/r2000-frame';

export interface UhfSerialOptions {
  /** R2000 modules leave the factory at 115200 baud */
  baudRate?: number;
  /** the module's address (default 0xFF, which every module answers) */
  address?: number;
  /** how long the module has to answer each command (default 2000) */
  responseMs?: number;
  /** how long an inventory looks for tags before a write without currentEpc (default 500) */
  identifyMs?: number;
  /** damaged bytes that arrive while no command waits (noise on an idle line) */
  onLineError?: (error: R2000LineError) => void;
}

export const DEFAULT_UHF_BAUD = 115200;
const MEMORY_BANK_EPC = 1;
const EPC_FIRST_WORD = 2;

type Step = 'more' | 'done';
interface Exchange {
  command: number;
  onFrame: (frame: R2000Frame) => Step;
  fail: (error: RfidError) => void;
  touch: () => void;
}

/**
 * A UHF module on a serial port speaking the R2000 frame protocol: inventory runs
 * cmd_real_time_inventory rounds for the duration; a write selects the tag with
 * cmd_set_access_epc_match, then cmd_write into the EPC bank from word 2.
 */
export class UhfSerialReader implements RfidReader {
  private readonly splitter = new R2000FrameSplitter();
  private readonly address: number;
  private readonly responseMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private exchange: Exchange | undefined;
  private failure: RfidError | undefined;

  constructor(
    private readonly port: Duplex,
    readonly label: string,
    private readonly options: UhfSerialOptions = {},
  ) {
    this.address = options.address ?? R2000_PUBLIC_ADDRESS;
    this.responseMs = options.responseMs ?? 2000;
    port.on('data', (chunk: Buffer) => this.receive(chunk));
    port.on('error', (error: Error) => this.fail(new RfidError('connection', systemErrorInWords(error, `serial UHF reader ${label}`))));
    port.on('close', () => this.fail(new RfidError('connection', `serial UHF reader ${label} was closed or unplugged`)));
  }

  get isOpen(): boolean {
    return this.failure === undefined;
  }

  static async open(path: string, options: UhfSerialOptions = {}): Promise<UhfSerialReader> {
    const baudRate = options.baudRate ?? DEFAULT_UHF_BAUD;
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) =>
      port.open((error) =>
        error
          ? reject(new RfidError('connection', `cannot open the RFID reader at ${baudRate} baud: ${systemErrorInWords(error, `serial UHF reader ${path}`)}`))
          : resolve(),
      ),
    );
    return new UhfSerialReader(port, path, options);
  }

  inventory(durationMs: number): Promise<TagRead[]> {
    if (!Number.isInteger(durationMs) || durationMs <= 0)
      return Promise.reject(new RfidError('bad-request', `inventory duration ${durationMs} ms is not a whole number of milliseconds above 0`));
    return this.exclusive(() => this.runInventory(durationMs));
  }

  writeEpc(request: WriteEpcRequest): Promise<void> {
    return this.exclusive(async () => {
      const newEpc = normalizeNewEpc(request.newEpc);
      const where = `serial UHF reader ${this.label}`;
      const currentEpc = await targetEpcOf(request, (ms) => this.runInventory(ms), this.options.identifyMs ?? 500, where);
      await this.setting(matchEpc(this.address, currentEpc), `select tag ${currentEpc}`);
      try {
        let reply: ReturnType<typeof readWriteReply> | undefined;
        await this.send(writeWords(this.address, MEMORY_BANK_EPC, EPC_FIRST_WORD, newEpc), (frame) => {
          reply = readWriteReply(frame.data);
          return 'done';
        });
        if (!reply || reply.kind === 'malformed')
          throw new RfidError(
            'protocol',
            `${where} answered cmd_write with a reply the desk cannot read: ${reply?.kind === 'malformed' ? reply.message : 'nothing'}`,
          );
        if (reply.kind === 'error') {
          const code =
            reply.code === R2000_ERROR.noTag || reply.code === R2000_ERROR.noRn16FromTag
              ? 'no-tag'
              : reply.code === R2000_ERROR.accessOrPasswordError
                ? 'tag-locked'
                : 'write-failed';
          throw new RfidError(code, `writing EPC ${newEpc} to tag ${currentEpc} on ${where} failed: ${reply.meaning}`);
        }
        if (reply.errorCode !== R2000_SUCCESS) {
          throw new RfidError(
            reply.errorCode === R2000_ERROR.accessOrPasswordError ? 'tag-locked' : 'write-failed',
            `writing EPC ${newEpc} to tag ${currentEpc} on ${where} failed: ${reply.meaning}`,
          );
        }
      } finally {
        if (!this.failure) await this.setting(cancelEpcMatch(this.address), 'clear the tag selection').catch(() => undefined);
      }
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.failure) return;
    this.fail(new RfidError('connection', `serial UHF reader ${this.label} is closed`));
    const port = this.port;
    if (port instanceof SerialPort) {
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    } else {
      port.destroy();
    }
  }

  private async runInventory(durationMs: number): Promise<TagRead[]> {
    const reads = new Map<string, TagRead>();
    const until = Date.now() + durationMs;
    do {
      await this.send(realTimeInventory(this.address), (frame) => {
        const reply = readInventoryReply(frame.data);
        if (reply.kind === 'tag') {
          mergeTagRead(reads, { epc: reply.epc, antennaId: reply.antennaId, peakRssiDbm: reply.rssiDbm, seenCount: 1 });
          return 'more';
        }
        if (reply.kind === 'round-end') return 'done';
        if (reply.kind === 'error' && reply.code === R2000_ERROR.noTag) return 'done';
        const why = reply.kind === 'error' ? reply.meaning : reply.message;
        throw new RfidError(reply.kind === 'error' ? 'reader-refused' : 'protocol', `serial UHF reader ${this.label} stopped the inventory: ${why}`);
      });
    } while (Date.now() < until);
    return [...reads.values()];
  }

  private async setting(frame: R2000Frame, what: string): Promise<void> {
    let status: ReturnType<typeof readStatusReply> | undefined;
    await this.send(frame, (reply) => {
      status = readStatusReply(reply.data);
      return 'done';
    });
    if (!status?.ok) throw new RfidError('reader-refused', `serial UHF reader ${this.label} could not ${what}: ${status?.meaning ?? 'no reply'}`);
  }

  /** Writes one command and feeds the replies with its command code to `onFrame` until it says 'done'. */
  private send(frame: R2000Frame, onFrame: (frame: R2000Frame) => Step): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const name = commandName(frame.command);
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout;
      const finish = (error?: RfidError): void => {
        clearTimeout(timer);
        this.exchange = undefined;
        if (error) reject(error);
        else resolve();
      };
      const touch = (): void => {
        clearTimeout(timer);
        timer = setTimeout(
          () =>
            finish(
              new RfidError(
                'timeout',
                `serial UHF reader ${this.label} did not answer ${name} within ${this.responseMs} ms: check the cable, the port and the baud rate`,
              ),
            ),
          this.responseMs,
        );
      };
      this.exchange = {
        command: frame.command,
        onFrame: (reply) => {
          try {
            if (onFrame(reply) === 'done') finish();
          } catch (error) {
            finish(error instanceof RfidError ? error : new RfidError('protocol', String(error)));
          }
          return 'more';
        },
        fail: finish,
        touch,
      };
      touch();
      this.port.write(encodeR2000Frame(frame));
    });
  }

  private receive(chunk: Buffer): void {
    for (const event of this.splitter.push(chunk)) {
      const exchange = this.exchange;
      if (!event.ok) {
        if (exchange)
          exchange.fail(
            new RfidError(
              'protocol',
              `the reply to ${commandName(exchange.command)} from serial UHF reader ${this.label} arrived damaged: ${event.error.message}`,
            ),
          );
        else this.options.onLineError?.(event.error);
        continue;
      }
      const { frame } = event;
      if (!exchange || frame.command !== exchange.command) continue; // a late reply to a command given up on
      if (this.address !== R2000_PUBLIC_ADDRESS && frame.address !== this.address) continue;
      exchange.touch();
      exchange.onFrame(frame);
    }
  }

  private fail(error: RfidError): void {
    if (this.failure) return;
    this.failure = error;
    this.exchange?.fail(error);
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(operation);
    this.queue = run;
    return run;
  }
}

function commandName(command: number): string {
  const name = Object.entries(R2000_COMMAND).find(([, code]) => code === command)?.[0] ?? 'command';
  return `${name} (0x${command.toString(16)})`;
}
