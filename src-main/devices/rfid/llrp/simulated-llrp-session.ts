import type { Socket } from 'node:net';
import { bitsMatch, epcBankHex, type SimulatedTag, type SimulatedTagField, type TagWriteOutcome } from '../simulated-tag-field';
import type { LlrpDecodeError } from './llrp-bytes';
import {
  ACCESS_REPORT_END_OF_ACCESSSPEC,
  ACCESSSPEC_STOP_OPERATION_COUNT,
  EVENT_ROSPEC,
  MEMORY_BANK_EPC,
  REPORT_CONTENT,
  ROSPEC_EVENT_END,
  ROSPEC_EVENT_START,
  ROSPEC_STATE_DISABLED,
  ROSPEC_STOP_DURATION,
  STATUS,
  WRITE_RESULT,
} from './llrp-constants';
import { decodeLlrpMessage } from './llrp-decode';
import { encodeLlrpMessage } from './llrp-encode';
import { LlrpFrameSplitter } from './llrp-frame-splitter';
import type { AccessSpec, LlrpMessage, LlrpStatus, ReaderEvent, RoSpec, StatusMessageType, TagReportData } from './llrp-messages';
import type { LlrpRequest } from './llrp-connection';

interface RunningRoSpec {
  spec: RoSpec;
  state: 'disabled' | 'inactive' | 'active';
  accumulated: Map<string, TagReportData>;
  timers: NodeJS.Timeout[];
}

interface StoredAccessSpec {
  spec: AccessSpec;
  enabled: boolean;
  operationsLeft: number;
}

const OK: LlrpStatus = { code: 0, description: '' };
const invalid = (description: string): LlrpStatus => ({ code: STATUS.A_Invalid, description });

const WRITE_RESULT_OF: Record<TagWriteOutcome, number> = {
  written: WRITE_RESULT.Success,
  locked: WRITE_RESULT.TagMemoryLocked,
  overrun: WRITE_RESULT.TagMemoryOverrun,
  'no-response': WRITE_RESULT.NoResponseFromTag,
  unsupported: WRITE_RESULT.NonspecificTagError,
};

/**
 * What a simulated LLRP reader does for one connected client: answers every request with its
 * response, runs ROSpecs in rounds over the tags in the field, executes AccessSpecs on matching
 * tags and reports, all in the same bytes a reader sends.
 */
export class SimulatedLlrpSession {
  private readonly splitter = new LlrpFrameSplitter();
  private readonly roSpecs = new Map<number, RunningRoSpec>();
  private readonly accessSpecs = new Map<number, StoredAccessSpec>();
  private roSpecEvents = false;
  private keepaliveTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private ended = false;

  constructor(
    private readonly socket: Socket,
    private readonly field: SimulatedTagField,
    private readonly roundMs: number,
    private readonly record: (message: LlrpMessage) => void,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.stopAll());
    socket.on('error', () => this.stopAll());
  }

  get isClosed(): boolean {
    return this.ended || this.socket.destroyed;
  }

  send(message: LlrpRequest, id = this.readerMessageId()): void {
    if (!this.ended && !this.socket.destroyed) this.socket.write(encodeLlrpMessage({ ...message, id } as LlrpMessage));
  }

  sendRaw(bytes: Uint8Array): void {
    if (!this.socket.destroyed) this.socket.write(bytes);
  }

  event(event: Omit<ReaderEvent, 'timestamp'>): void {
    this.send({ type: 'READER_EVENT_NOTIFICATION', event: { timestamp: { clock: 'utc', micros: nowMicros() }, ...event } });
  }

  end(): void {
    this.stopAll();
    this.ended = true;
    this.socket.end();
  }

  private readerMessageId(): number {
    return this.nextId++;
  }

  private receive(chunk: Buffer): void {
    for (const framed of this.splitter.push(chunk)) {
      if (!framed.ok) {
        // the framing is lost: a reader says it is closing and closes
        this.event({ connectionClose: true });
        this.end();
        return;
      }
      const decoded = decodeLlrpMessage(framed.frame);
      if (!decoded.ok) {
        this.refuseUndecodable(decoded.error);
        continue;
      }
      this.record(decoded.message);
      try {
        this.handle(decoded.message);
      } catch (error) {
        this.send(
          { type: 'ERROR_MESSAGE', status: { code: STATUS.R_DeviceError, description: `the simulated reader failed: ${String(error)}` } },
          decoded.message.id,
        );
      }
    }
  }

  private refuseUndecodable(error: LlrpDecodeError): void {
    const code =
      error.code === 'unsupported-version'
        ? STATUS.M_UnsupportedVersion
        : error.code === 'bad-length' || error.code === 'truncated'
          ? STATUS.M_FieldError
          : STATUS.M_ParameterError;
    this.send({ type: 'ERROR_MESSAGE', status: { code, description: error.message } }, error.messageId ?? 0);
  }

  private reply(type: StatusMessageType, id: number, status: LlrpStatus): void {
    this.send({ type, status }, id);
  }

  private handle(message: LlrpMessage): void {
    const id = message.id;
    switch (message.type) {
      case 'SET_READER_CONFIG': {
        const roSpecEvent = message.config.events?.find((e) => e.eventType === EVENT_ROSPEC);
        if (roSpecEvent) this.roSpecEvents = roSpecEvent.enabled;
        if (message.config.keepalivePeriodMs !== undefined) this.keepalive(message.config.keepalivePeriodMs);
        return this.reply('SET_READER_CONFIG_RESPONSE', id, OK);
      }
      case 'ADD_ROSPEC':
        return this.reply('ADD_ROSPEC_RESPONSE', id, this.addRoSpec(message.roSpec));
      case 'ENABLE_ROSPEC':
        return this.reply(
          'ENABLE_ROSPEC_RESPONSE',
          id,
          this.eachRoSpec(message.roSpecId, (r) => {
            if (r.state === 'disabled') r.state = 'inactive';
          }),
        );
      case 'START_ROSPEC':
        return this.startRoSpec(id, message.roSpecId);
      case 'STOP_ROSPEC':
        return this.reply(
          'STOP_ROSPEC_RESPONSE',
          id,
          this.eachRoSpec(message.roSpecId, (r) => this.stopRoSpec(r)),
        );
      case 'DELETE_ROSPEC':
        return this.reply(
          'DELETE_ROSPEC_RESPONSE',
          id,
          this.eachRoSpec(message.roSpecId, (r) => {
            this.stopRoSpec(r);
            this.roSpecs.delete(r.spec.roSpecId);
          }),
        );
      case 'ADD_ACCESSSPEC':
        return this.reply('ADD_ACCESSSPEC_RESPONSE', id, this.addAccessSpec(message.accessSpec));
      case 'ENABLE_ACCESSSPEC':
        return this.reply(
          'ENABLE_ACCESSSPEC_RESPONSE',
          id,
          this.eachAccessSpec(message.accessSpecId, (a) => (a.enabled = true)),
        );
      case 'DELETE_ACCESSSPEC':
        return this.reply(
          'DELETE_ACCESSSPEC_RESPONSE',
          id,
          this.eachAccessSpec(message.accessSpecId, (a) => this.accessSpecs.delete(a.spec.accessSpecId)),
        );
      case 'KEEPALIVE_ACK':
        return;
      case 'CLOSE_CONNECTION':
        this.reply('CLOSE_CONNECTION_RESPONSE', id, OK);
        return this.end();
      default:
        return this.reply('ERROR_MESSAGE', id, {
          code: STATUS.M_UnsupportedMessage,
          description: `this reader does not support ${message.type === 'UNKNOWN' ? `message type ${message.messageType}` : message.type} from a client`,
        });
    }
  }

  private keepalive(periodMs: number): void {
    clearInterval(this.keepaliveTimer);
    this.keepaliveTimer = periodMs > 0 ? setInterval(() => this.send({ type: 'KEEPALIVE' }), periodMs) : undefined;
  }

  private addRoSpec(spec: RoSpec): LlrpStatus {
    if (spec.roSpecId === 0) return invalid('ROSpecID 0 is reserved');
    if (spec.currentState !== ROSPEC_STATE_DISABLED) return { code: STATUS.M_FieldError, description: 'a ROSpec must be added in the Disabled state' };
    if (this.roSpecs.has(spec.roSpecId)) return invalid(`ROSpec ${spec.roSpecId} already exists`);
    this.roSpecs.set(spec.roSpecId, { spec, state: 'disabled', accumulated: new Map(), timers: [] });
    return OK;
  }

  private addAccessSpec(spec: AccessSpec): LlrpStatus {
    if (spec.accessSpecId === 0) return invalid('AccessSpecID 0 is reserved');
    if (spec.currentState) return { code: STATUS.M_FieldError, description: 'an AccessSpec must be added in the Disabled state' };
    if (this.accessSpecs.has(spec.accessSpecId)) return invalid(`AccessSpec ${spec.accessSpecId} already exists`);
    const count = spec.stopTrigger.type === ACCESSSPEC_STOP_OPERATION_COUNT && spec.stopTrigger.operationCount > 0 ? spec.stopTrigger.operationCount : Infinity;
    this.accessSpecs.set(spec.accessSpecId, { spec, enabled: false, operationsLeft: count });
    return OK;
  }

  private eachRoSpec(roSpecId: number, act: (r: RunningRoSpec) => void): LlrpStatus {
    const chosen = roSpecId === 0 ? [...this.roSpecs.values()] : [this.roSpecs.get(roSpecId)].filter((r) => r !== undefined);
    if (roSpecId !== 0 && chosen.length === 0) return invalid(`there is no ROSpec ${roSpecId}`);
    chosen.forEach(act);
    return OK;
  }

  private eachAccessSpec(accessSpecId: number, act: (a: StoredAccessSpec) => void): LlrpStatus {
    const chosen = accessSpecId === 0 ? [...this.accessSpecs.values()] : [this.accessSpecs.get(accessSpecId)].filter((a) => a !== undefined);
    if (accessSpecId !== 0 && chosen.length === 0) return invalid(`there is no AccessSpec ${accessSpecId}`);
    chosen.forEach(act);
    return OK;
  }

  private startRoSpec(id: number, roSpecId: number): void {
    const running = this.roSpecs.get(roSpecId);
    if (!running) return this.reply('START_ROSPEC_RESPONSE', id, invalid(`there is no ROSpec ${roSpecId}`));
    if (running.state !== 'inactive') return this.reply('START_ROSPEC_RESPONSE', id, invalid(`ROSpec ${roSpecId} is ${running.state}, not enabled and idle`));
    this.reply('START_ROSPEC_RESPONSE', id, OK);
    running.state = 'active';
    if (this.roSpecEvents) this.event({ roSpec: { eventType: ROSPEC_EVENT_START, roSpecId, preemptingRoSpecId: 0 } });
    this.round(running);
    running.timers.push(setInterval(() => this.round(running), this.roundMs));
    const { type, durationMs } = running.spec.stopTrigger;
    if (type === ROSPEC_STOP_DURATION) running.timers.push(setTimeout(() => this.stopRoSpec(running), durationMs));
  }

  private stopRoSpec(running: RunningRoSpec): void {
    if (running.state !== 'active') return;
    running.timers.forEach((t) => clearTimeout(t));
    running.timers = [];
    running.state = 'inactive';
    this.flush(running);
    if (this.roSpecEvents) this.event({ roSpec: { eventType: ROSPEC_EVENT_END, roSpecId: running.spec.roSpecId, preemptingRoSpecId: 0 } });
  }

  private stopAll(): void {
    clearInterval(this.keepaliveTimer);
    for (const running of this.roSpecs.values()) running.timers.forEach((t) => clearTimeout(t));
  }

  /** One inventory round: every tag in the field is singulated once, and the first matching AccessSpec runs on it. */
  private round(running: RunningRoSpec): void {
    for (const tag of [...this.field.list()]) {
      const seen = this.observation(running, tag);
      const key = seen.epc.hex;
      const known = running.accumulated.get(key);
      if (known) {
        known.tagSeenCount = (known.tagSeenCount ?? 1) + 1;
        if (seen.peakRssi !== undefined && (known.peakRssi ?? -128) < seen.peakRssi) known.peakRssi = seen.peakRssi;
      } else {
        running.accumulated.set(key, seen);
      }
      this.access(running, tag);
      const n = running.spec.report?.n ?? 0;
      if (n > 0 && running.accumulated.size >= n) this.flush(running);
    }
  }

  private observation(running: RunningRoSpec, tag: SimulatedTag): TagReportData {
    const fields = running.spec.report?.contentSelector ?? 0;
    const report: TagReportData = { epc: { bits: tag.epc.length * 4, hex: tag.epc }, writeResults: [] };
    if (fields & REPORT_CONTENT.ROSpecID) report.roSpecId = running.spec.roSpecId;
    if (fields & REPORT_CONTENT.AntennaID) report.antennaId = tag.antennaId;
    if (fields & REPORT_CONTENT.PeakRSSI) report.peakRssi = tag.peakRssiDbm;
    if (fields & REPORT_CONTENT.FirstSeenTimestamp) report.firstSeenUtcMicros = nowMicros();
    if (fields & REPORT_CONTENT.TagSeenCount) report.tagSeenCount = 1;
    return report;
  }

  private access(running: RunningRoSpec, tag: SimulatedTag): void {
    for (const stored of this.accessSpecs.values()) {
      const { spec } = stored;
      if (!stored.enabled || (spec.roSpecId !== 0 && spec.roSpecId !== running.spec.roSpecId)) continue;
      if (spec.antennaId !== 0 && spec.antennaId !== tag.antennaId) continue;
      if (
        !spec.targets.every((t) => t.memoryBank === MEMORY_BANK_EPC && bitsMatch(epcBankHex(tag), t.pointer, t.mask.hex, t.mask.bits, t.data.hex) === t.match)
      )
        continue;
      const report = this.observation(running, tag);
      report.accessSpecId = spec.accessSpecId;
      const words = spec.write.data.length / 4;
      const outcome = this.field.write(tag, spec.write.memoryBank, spec.write.wordPointer, spec.write.data);
      report.writeResults.push({ result: WRITE_RESULT_OF[outcome], opSpecId: spec.write.opSpecId, wordsWritten: outcome === 'written' ? words : 0 });
      stored.operationsLeft -= 1;
      if (stored.operationsLeft <= 0) this.accessSpecs.delete(spec.accessSpecId);
      if (spec.reportTrigger === ACCESS_REPORT_END_OF_ACCESSSPEC && stored.operationsLeft <= 0) this.send({ type: 'RO_ACCESS_REPORT', tags: [report] });
      else running.accumulated.set(`${report.epc.hex}/access`, report);
      return; // only the first matching AccessSpec runs (LLRP 1.0.1, 11.2.1.2)
    }
  }

  private flush(running: RunningRoSpec): void {
    if (running.accumulated.size === 0) return;
    this.send({ type: 'RO_ACCESS_REPORT', tags: [...running.accumulated.values()] });
    running.accumulated.clear();
  }
}

function nowMicros(): bigint {
  return BigInt(Date.now()) * 1000n;
}
