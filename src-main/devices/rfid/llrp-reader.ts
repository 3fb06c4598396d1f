import { connect } from 'node:net';
import {
  ACCESS_REPORT_END_OF_ACCESSSPEC,
  ACCESSSPEC_STOP_OPERATION_COUNT,
  EPC_FIRST_WORD,
  EVENT_ROSPEC,
  LLRP_PORT,
  MEMORY_BANK_EPC,
  REPORT_CONTENT,
  REPORT_UPON_N_TAGS_OR_END_OF_ROSPEC,
  ROSPEC_EVENT_END,
  ROSPEC_START_NULL,
  ROSPEC_STATE_DISABLED,
  ROSPEC_STOP_DURATION,
  WRITE_RESULT,
  WRITE_RESULT_MEANINGS,
} from './llrp/llrp-constants';
import { LlrpConnection } from './llrp/llrp-connection';
import type { RoSpec, TagReportData, TargetTag } from './llrp/llrp-messages';
import { normalizeNewEpc, RfidError } from './rfid-error';
import { mergeTagRead, type RfidReader, type TagRead, targetEpcOf, type WriteEpcRequest } from './rfid-reader';

export interface LlrpTimeouts {
  /** TCP connect plus the reader's ConnectionAttemptEvent (default 5000) */
  connectMs?: number;
  /** each request's response (default 5000) */
  responseMs?: number;
  /** ask the reader for a KEEPALIVE this often and drop the connection after 3 missed (default 0 = none) */
  keepalivePeriodMs?: number;
  /** how long the reader looks for the tag to write (default 2000) */
  writeMs?: number;
  /** how long an inventory looks for tags before a write without currentEpc (default 500) */
  identifyMs?: number;
  /** how long after an inventory's duration the reader may take to say it ended (default 2000) */
  reportGraceMs?: number;
}

const OP_SPEC_ID = 1;
const REPORT_FIELDS =
  REPORT_CONTENT.ROSpecID |
  REPORT_CONTENT.AntennaID |
  REPORT_CONTENT.PeakRSSI |
  REPORT_CONTENT.FirstSeenTimestamp |
  REPORT_CONTENT.TagSeenCount |
  REPORT_CONTENT.AccessSpecID;

/** the reports of the one ROSpec running now */
interface Collector {
  roSpecId: number;
  add: (tags: TagReportData[]) => void;
  end: () => void;
}

/**
 * An RFID reader spoken to over LLRP (TCP 5084): an inventory is a ROSpec with a duration stop
 * trigger; a write is an AccessSpec with a C1G2Write executed during such a ROSpec.
 */
export class LlrpReader implements RfidReader {
  private queue: Promise<unknown> = Promise.resolve();
  private collector: Collector | undefined;
  private nextSpecId = 1;

  private constructor(
    private readonly connection: LlrpConnection,
    private readonly timeouts: Required<LlrpTimeouts>,
  ) {
    // a report left over from an earlier ROSpec (it names its ROSpecID) is not this one's
    connection.onReport = (tags) => this.collector?.add(tags.filter((t) => t.roSpecId === undefined || t.roSpecId === this.collector?.roSpecId));
    connection.onReaderEvent = (event) => {
      if (event.roSpec?.eventType === ROSPEC_EVENT_END && event.roSpec.roSpecId === this.collector?.roSpecId) this.collector.end();
    };
  }

  get isOpen(): boolean {
    return this.connection.isOpen;
  }

  /** Connects, waits for the reader to accept, asks for ROSpec events (and keepalives), and clears old specs. */
  static async connect(host: string, port: number = LLRP_PORT, timeouts: LlrpTimeouts = {}): Promise<LlrpReader> {
    const settings: Required<LlrpTimeouts> = {
      connectMs: 5000,
      responseMs: 5000,
      keepalivePeriodMs: 0,
      writeMs: 2000,
      identifyMs: 500,
      reportGraceMs: 2000,
      ...timeouts,
    };
    const label = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const socket = connect({ host, port });
    socket.setNoDelay(true);
    const connection = new LlrpConnection(socket, label, {
      connectMs: settings.connectMs,
      responseMs: settings.responseMs,
      keepalivePeriodMs: settings.keepalivePeriodMs,
    });
    await connection.opened;
    try {
      await connection.request({
        type: 'SET_READER_CONFIG',
        config: { resetToFactoryDefault: false, events: [{ eventType: EVENT_ROSPEC, enabled: true }], keepalivePeriodMs: settings.keepalivePeriodMs },
      });
      connection.startWatchdog();
      // specs left by a desk that stopped mid-way would clash with the IDs used now
      await connection.request({ type: 'DELETE_ACCESSSPEC', accessSpecId: 0 });
      await connection.request({ type: 'DELETE_ROSPEC', roSpecId: 0 });
    } catch (error) {
      await connection.close();
      throw error;
    }
    return new LlrpReader(connection, settings);
  }

  inventory(durationMs: number): Promise<TagRead[]> {
    if (!Number.isInteger(durationMs) || durationMs <= 0 || durationMs > 0xffffffff) {
      return Promise.reject(new RfidError('bad-request', `inventory duration ${durationMs} ms is not a whole number of milliseconds above 0`));
    }
    return this.exclusive(async () => toTagReads(await this.runRoSpec(durationMs, 0, () => false)));
  }

  writeEpc(request: WriteEpcRequest): Promise<void> {
    return this.exclusive(async () => {
      const newEpc = normalizeNewEpc(request.newEpc);
      const where = `LLRP reader ${this.connection.label}`;
      const currentEpc = await targetEpcOf(request, (ms) => this.runRoSpec(ms, 0, () => false).then(toTagReads), this.timeouts.identifyMs, where);
      const accessSpecId = this.specId();
      const roSpecId = this.specId();
      const target: TargetTag = {
        memoryBank: MEMORY_BANK_EPC,
        match: true,
        pointer: EPC_FIRST_WORD * 16,
        mask: { bits: currentEpc.length * 4, hex: 'F'.repeat(currentEpc.length) },
        data: { bits: currentEpc.length * 4, hex: currentEpc },
      };
      await this.connection.request({
        type: 'ADD_ACCESSSPEC',
        accessSpec: {
          accessSpecId,
          antennaId: 0,
          currentState: false,
          roSpecId,
          stopTrigger: { type: ACCESSSPEC_STOP_OPERATION_COUNT, operationCount: 1 },
          targets: [target],
          write: { opSpecId: OP_SPEC_ID, accessPassword: 0, memoryBank: MEMORY_BANK_EPC, wordPointer: EPC_FIRST_WORD, data: newEpc },
          reportTrigger: ACCESS_REPORT_END_OF_ACCESSSPEC,
        },
      });
      let reports: TagReportData[];
      try {
        await this.connection.request({ type: 'ENABLE_ACCESSSPEC', accessSpecId });
        reports = await this.runRoSpec(this.timeouts.writeMs, 1, (tags) => tags.some((t) => t.writeResults.length > 0), roSpecId);
      } finally {
        // operation count 1 makes the reader delete the AccessSpec after the write; if it never ran, delete it now
        if (this.connection.isOpen) await this.connection.request({ type: 'DELETE_ACCESSSPEC', accessSpecId }).catch(() => undefined);
      }
      const result = reports
        .filter((t) => t.accessSpecId === undefined || t.accessSpecId === accessSpecId)
        .flatMap((t) => t.writeResults)
        .find((r) => r.opSpecId === OP_SPEC_ID);
      if (!result)
        throw new RfidError('no-tag', `no tag with EPC ${currentEpc} answered ${where} within ${this.timeouts.writeMs} ms: is the tag still on the reader?`);
      if (result.result !== WRITE_RESULT.Success)
        throw new RfidError(
          errorCodeOfWriteResult(result.result),
          `writing EPC ${newEpc} to tag ${currentEpc} failed: ${WRITE_RESULT_MEANINGS[result.result] ?? `write result ${result.result}`}`,
        );
      if (result.wordsWritten !== newEpc.length / 4)
        throw new RfidError('write-failed', `writing EPC ${newEpc} to tag ${currentEpc} stopped after ${result.wordsWritten} of ${newEpc.length / 4} words`);
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.connection.close();
  }

  /** Adds, enables and starts a ROSpec; collects its reports until it ends (or `enough`), then deletes it. */
  private async runRoSpec(
    durationMs: number,
    reportEveryN: number,
    enough: (tags: TagReportData[]) => boolean,
    roSpecId = this.specId(),
  ): Promise<TagReportData[]> {
    const spec: RoSpec = {
      roSpecId,
      priority: 0,
      currentState: ROSPEC_STATE_DISABLED,
      startTriggerType: ROSPEC_START_NULL,
      stopTrigger: { type: ROSPEC_STOP_DURATION, durationMs },
      antennaIds: [0],
      inventoryParameterSpecId: 1,
      report: { trigger: REPORT_UPON_N_TAGS_OR_END_OF_ROSPEC, n: reportEveryN, contentSelector: REPORT_FIELDS },
    };
    await this.connection.request({ type: 'ADD_ROSPEC', roSpec: spec });
    try {
      await this.connection.request({ type: 'ENABLE_ROSPEC', roSpecId });
      const limit = durationMs + this.timeouts.reportGraceMs;
      let timer: NodeJS.Timeout | undefined;
      const ended = new Promise<TagReportData[]>((resolve, reject) => {
        const tags: TagReportData[] = [];
        timer = setTimeout(
          () => reject(new RfidError('timeout', `LLRP reader ${this.connection.label} did not end ROSpec ${roSpecId} within ${limit} ms of starting it`)),
          limit,
        );
        this.collector = {
          roSpecId,
          add: (more) => {
            tags.push(...more);
            if (enough(tags)) resolve(tags);
          },
          end: () => resolve(tags),
        };
        void this.connection.failed.then(reject);
      });
      const started = this.connection.request({ type: 'START_ROSPEC', roSpecId });
      try {
        await started;
        return await ended;
      } finally {
        clearTimeout(timer);
        ended.catch(() => undefined);
      }
    } finally {
      this.collector = undefined;
      // deleting a running ROSpec also stops it (LLRP 1.0.1, 10.1.4); a refusal here must not hide
      // the inventory's own outcome, and the next connection deletes every ROSpec anyway
      if (this.connection.isOpen) await this.connection.request({ type: 'DELETE_ROSPEC', roSpecId }).catch(() => undefined);
    }
  }

  private specId(): number {
    const id = this.nextSpecId;
    this.nextSpecId = this.nextSpecId >= 0x7fffffff ? 1 : this.nextSpecId + 1;
    return id;
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(operation);
    this.queue = run;
    return run;
  }
}

function toTagReads(reports: TagReportData[]): TagRead[] {
  const reads = new Map<string, TagRead>();
  for (const report of reports) {
    const read: TagRead = { epc: report.epc.hex, seenCount: report.tagSeenCount ?? 1 };
    if (report.antennaId !== undefined) read.antennaId = report.antennaId;
    if (report.peakRssi !== undefined) read.peakRssiDbm = report.peakRssi;
    mergeTagRead(reads, read);
  }
  return [...reads.values()];
}

function errorCodeOfWriteResult(result: number): RfidError['code'] {
  if (result === WRITE_RESULT.TagMemoryLocked) return 'tag-locked';
  if (result === WRITE_RESULT.NoResponseFromTag) return 'no-tag';
  return 'write-failed';
}
