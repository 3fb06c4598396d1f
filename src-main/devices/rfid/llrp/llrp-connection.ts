import type { Duplex } from 'node:stream';
import { RfidError } from '../rfid-error';
import { systemErrorInWords } from '../../system-error-words';
import { CONNECTION_ATTEMPT_MEANINGS, CONNECTION_SUCCESS, STATUS_NAMES, STATUS_SUCCESS } from './llrp-constants';
import { decodeLlrpMessage } from './llrp-decode';
import { encodeLlrpMessage } from './llrp-encode';
import { LlrpFrameSplitter } from './llrp-frame-splitter';
import { type LlrpMessage, type LlrpStatus, type ReaderEvent, RESPONSE_OF, type TagReportData } from './llrp-messages';

/** a reader that does not confirm CLOSE_CONNECTION by then is closed anyway */
const CLOSE_PATIENCE_MS = 1000;

export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type LlrpRequest = WithoutId<LlrpMessage>;

interface Pending {
  request: string;
  expects: string;
  resolve: (status: LlrpStatus) => void;
  reject: (error: RfidError) => void;
  timer: NodeJS.Timeout;
}

export interface LlrpConnectionOptions {
  /** how long the reader has to answer each request */
  responseMs: number;
  /** how long the reader has to accept the connection (TCP + its ConnectionAttemptEvent) */
  connectMs: number;
  /** the reader's keepalive period, if one was asked for: 3 missed keepalives close the connection */
  keepalivePeriodMs?: number;
}

/**
 * One LLRP connection over a byte stream: frames and decodes what arrives, matches responses to
 * requests by message ID, answers keepalives, and hands reports and ROSpec events to the reader.
 * Any protocol error, timeout or drop fails the whole connection: every waiter gets the same error.
 */
export class LlrpConnection {
  onReport: (tags: TagReportData[]) => void = () => undefined;
  onReaderEvent: (event: ReaderEvent) => void = () => undefined;
  readonly opened: Promise<void>;
  /** resolves with the error that ended the connection, whatever it was */
  readonly failed: Promise<RfidError>;
  private resolveFailed!: (error: RfidError) => void;
  private readonly splitter = new LlrpFrameSplitter();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: RfidError | undefined;
  private closing = false;
  /** the reader accepted the connection; later attempt events are about other clients */
  private accepted = false;
  private resolveOpened!: () => void;
  private rejectOpened!: (error: RfidError) => void;
  private connectTimer: NodeJS.Timeout;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: Duplex,
    readonly label: string,
    private readonly options: LlrpConnectionOptions,
  ) {
    this.opened = new Promise<void>((resolve, reject) => {
      this.resolveOpened = resolve;
      this.rejectOpened = reject;
    });
    this.opened.catch(() => undefined);
    this.failed = new Promise<RfidError>((resolve) => {
      this.resolveFailed = resolve;
    });
    this.connectTimer = setTimeout(
      () => this.fail(new RfidError('timeout', `${label} did not accept the LLRP connection within ${options.connectMs} ms (no ConnectionAttemptEvent)`)),
      options.connectMs,
    );
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error: Error) =>
      this.fail(new RfidError('connection', `cannot talk to the RFID reader: ${systemErrorInWords(error, `the LLRP reader at ${label}`)}`)),
    );
    socket.on('close', () => this.fail(new RfidError('connection', `the connection to LLRP reader ${label} closed`)));
  }

  get isOpen(): boolean {
    return this.failure === undefined && !this.closing;
  }

  /** Sends a request and resolves with its successful LLRPStatus; a refusal rejects with the reader's reason. */
  request(message: LlrpRequest): Promise<LlrpStatus> {
    if (this.failure) return Promise.reject(this.failure);
    const expects = RESPONSE_OF[message.type] ?? 'a response';
    const id = this.send(message);
    return new Promise<LlrpStatus>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(new RfidError('timeout', `LLRP reader ${this.label} did not answer ${message.type} within ${this.options.responseMs} ms`)),
        this.options.responseMs,
      );
      this.pending.set(id, { request: message.type, expects, resolve, reject, timer });
    });
  }

  send(message: LlrpRequest): number {
    const id = this.nextId;
    this.nextId = this.nextId >= 0xffffffff ? 1 : this.nextId + 1;
    if (!this.failure) this.socket.write(encodeLlrpMessage({ ...message, id } as LlrpMessage));
    return id;
  }

  /** Says goodbye (CLOSE_CONNECTION), waits a moment for the answer, and ends the stream; never rejects. */
  async close(): Promise<void> {
    if (this.isOpen) {
      let timer: NodeJS.Timeout | undefined;
      const patience = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.min(this.options.responseMs, CLOSE_PATIENCE_MS))));
      await Promise.race([this.request({ type: 'CLOSE_CONNECTION' }).catch(() => undefined), patience]);
      clearTimeout(timer);
    }
    this.closing = true;
    this.fail(new RfidError('connection', `the connection to LLRP reader ${this.label} is closed`));
  }

  fail(error: RfidError): void {
    if (this.failure) return;
    this.failure = error;
    this.resolveFailed(error);
    clearTimeout(this.connectTimer);
    clearTimeout(this.watchdog);
    this.rejectOpened(error);
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.armWatchdog();
    for (const event of this.splitter.push(chunk)) {
      if (!event.ok) return this.fail(new RfidError('protocol', `LLRP reader ${this.label} sent bytes that are not LLRP: ${event.error.message}`));
      const decoded = decodeLlrpMessage(event.frame);
      if (!decoded.ok) return this.fail(new RfidError('protocol', `LLRP reader ${this.label} sent a message the desk cannot read: ${decoded.error.message}`));
      try {
        this.handle(decoded.message);
      } catch (error) {
        return this.fail(new RfidError('protocol', `handling ${decoded.message.type} from LLRP reader ${this.label} failed: ${String(error)}`));
      }
      if (this.failure) return;
    }
  }

  private handle(message: LlrpMessage): void {
    switch (message.type) {
      case 'KEEPALIVE':
        this.send({ type: 'KEEPALIVE_ACK' });
        return;
      case 'RO_ACCESS_REPORT':
        this.onReport(message.tags);
        return;
      case 'READER_EVENT_NOTIFICATION':
        return this.readerEvent(message.event);
      default:
        if ('status' in message) this.answer(message.id, message.type, message.status);
    }
  }

  private readerEvent(event: ReaderEvent): void {
    if (event.connectionAttempt && !this.accepted) {
      const { status } = event.connectionAttempt;
      if (status === CONNECTION_SUCCESS) {
        this.accepted = true;
        clearTimeout(this.connectTimer);
        this.resolveOpened();
      } else {
        const meaning = CONNECTION_ATTEMPT_MEANINGS[status] ?? `connection status ${status}`;
        this.fail(new RfidError('connection', `LLRP reader ${this.label} refused the connection: ${meaning}`));
        return;
      }
    }
    if (event.connectionClose) return this.fail(new RfidError('connection', `LLRP reader ${this.label} closed the connection`));
    this.onReaderEvent(event);
  }

  private answer(id: number, type: string, status: LlrpStatus): void {
    const pending = this.pending.get(id);
    if (!pending) return; // an answer to nothing the desk waits for (a late one): nothing to do
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (status.code === STATUS_SUCCESS && type === pending.expects) return pending.resolve(status);
    const name = STATUS_NAMES[status.code] ?? `status ${status.code}`;
    const detail = status.description ? `: ${status.description}` : '';
    const how = type === 'ERROR_MESSAGE' ? 'an ERROR_MESSAGE' : type === pending.expects ? name : `${type} (${name})`;
    pending.reject(new RfidError('reader-refused', `LLRP reader ${this.label} answered ${pending.request} with ${how}${detail}`));
  }

  private armWatchdog(): void {
    const period = this.options.keepalivePeriodMs;
    if (!period || this.failure) return;
    clearTimeout(this.watchdog);
    const limit = period * 3 + 1000;
    this.watchdog = setTimeout(
      () => this.fail(new RfidError('connection', `LLRP reader ${this.label} has sent nothing, not even a keepalive, for ${limit} ms`)),
      limit,
    );
  }

  /** starts the keepalive watchdog once the reader has been asked for keepalives */
  startWatchdog(): void {
    this.armWatchdog();
  }
}
