import type { Pallet, PalletProgress, PalletStepState, TagReadResult } from '../../../src-shared/domain/pallets';
import { withAudit } from '../../ledger/audit/audit-log';
import { jobsOfSscc } from '../../ledger/repos/print-jobs-repo';
import { toPrintJob } from '../printing/print-queue';
import type { Actor, ServiceContext } from '../service-context';
import { readSettings } from '../settings/settings-service';
import type { PalletRecord } from './pallet-record';
import { insertRfidTag } from '../../ledger/repos/rfid-tags-repo';
import { ssccIdOf } from '../../ledger/repos/sscc-repo';

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The part of an RFID reader the desk uses to tag a pallet. */
export interface TagWritingReader {
  writeEpc(request: { newEpc: string }): Promise<void>;
  inventory(durationMs: number): Promise<{ epc: string }[]>;
  close(): Promise<void>;
}

export interface PalletTagOptions {
  readerFor: (address: string) => TagWritingReader;
  /** SSCC -> SSCC-96 EPC (hex) under a company prefix of the given length */
  epcForSscc: (sscc: string, companyPrefixLength: number) => string;
  /** SSCC-96 EPC -> SSCC, or undefined for a tag that does not carry one */
  ssccOfEpc: (epc: string) => string | undefined;
  /** the pallet detail a screen shows, for a tag the ledger knows */
  palletOfEpc: (epc: string) => Pallet | undefined;
  inFlight: () => ReadonlySet<number>;
  log: (message: string, error?: unknown) => void;
}

/**
 * Writes a pallet's tag (its SSCC as an SSCC-96 EPC) and links the EPC to the lot once the reader
 * confirms the write; keeps each pallet's step-by-step progress for the screen. The link is written
 * only after a confirmed write, so a tag read later always finds the lot it was written for.
 */
export class PalletTagWriter {
  private readonly tagSteps = new Map<string, { state: PalletStepState; error?: string }>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: PalletTagOptions,
  ) {}

  start(pallet: PalletRecord, steps: { label: boolean; tag: boolean }, actor: Actor): PalletProgress {
    this.tagSteps.set(pallet.sscc, { state: steps.tag ? 'working' : 'skipped' });
    if (steps.tag) void this.write(pallet, actor);
    return this.progress(pallet.sscc);
  }

  /** Tags a pallet again (a tag that failed, or a new tag for a damaged one). */
  retry(pallet: PalletRecord, actor: Actor): PalletProgress {
    return this.start(pallet, { label: false, tag: true }, actor);
  }

  /**
   * Reads the tags in the reader's field (a pallet arriving with a tag) and says which pallet each is;
   * the answer comes as a devices:tag-read event, since a read takes the reader's inventory time.
   */
  read(durationMs = 500): void {
    const address = readSettings(this.ctx.db)['rfid.reader'];
    void (async (): Promise<TagReadResult> => {
      if (address === '') return { reads: [], error: 'no RFID reader is set: a supervisor sets rfid.reader in Settings' };
      const reader = this.options.readerFor(address);
      try {
        const tags = await reader.inventory(durationMs);
        if (tags.length === 0) return { reads: [], error: `${address}: no tag in the reader's field` };
        return { reads: tags.map(({ epc }) => ({ epc, ...defined({ sscc: this.options.ssccOfEpc(epc), pallet: this.options.palletOfEpc(epc) }) })) };
      } catch (error) {
        return { reads: [], error: `${address}: ${error instanceof Error ? error.message : String(error)}` };
      } finally {
        await reader.close().catch((error: unknown) => this.options.log(`closing RFID reader ${address} failed`, error));
      }
    })().then((result) => this.ctx.emit('devices:tag-read', result));
  }

  progress(sscc: string): PalletProgress {
    const tag = this.tagSteps.get(sscc) ?? { state: 'skipped' as const };
    const ssccId = ssccIdOf(this.ctx.db, sscc);
    const jobs = ssccId === undefined ? [] : jobsOfSscc(this.ctx.db, ssccId);
    const last = jobs.at(-1);
    let label: PalletStepState = 'skipped';
    let labelError: string | undefined;
    if (last) {
      const job = toPrintJob(this.ctx.db, last, this.options.inFlight());
      label =
        job.state === 'printed'
          ? 'done'
          : job.state === 'unconfirmed'
            ? 'unconfirmed'
            : job.state === 'failed' || job.state === 'uncertain'
              ? 'failed'
              : 'working';
      if (job.error) labelError = job.state === 'queued' ? `${job.error} — trying again` : job.error;
    }
    return { sscc, steps: { label, tag: tag.state }, ...(labelError ? { labelError } : {}), ...(tag.error ? { tagError: tag.error } : {}) };
  }

  private async write(pallet: PalletRecord, actor: Actor): Promise<void> {
    const settings = readSettings(this.ctx.db);
    const address = settings['rfid.reader'];
    let epc: string;
    try {
      epc = this.options.epcForSscc(pallet.sscc, settings['gs1.company-prefix'].length);
      const reader = this.options.readerFor(address);
      try {
        await reader.writeEpc({ newEpc: epc });
      } finally {
        await reader.close().catch((error: unknown) => this.options.log(`closing RFID reader ${address} failed`, error));
      }
      withAudit(
        this.ctx.db,
        this.ctx,
        { action: 'rfid:link-tag', subject: `tag ${epc} SSCC ${pallet.sscc}`, actor: actor.username, after: { epc, reader: address, lot: pallet.lotUid } },
        (seq) => {
          insertRfidTag(
            this.ctx.db,
            { epc, ssccId: pallet.ssccId, lotId: pallet.lotId, reader: address, writtenAt: this.ctx.clock.now().toISOString(), userId: actor.userId },
            seq,
          );
        },
      );
      this.tagSteps.set(pallet.sscc, { state: 'done' });
    } catch (error) {
      const message = `${address}: ${error instanceof Error ? error.message : String(error)}`;
      this.tagSteps.set(pallet.sscc, { state: 'failed', error: message });
      // A failed write is audited too (no rows): who tried to tag which pallet, and why it failed.
      try {
        withAudit(
          this.ctx.db,
          this.ctx,
          { action: 'rfid:write-failed', subject: `SSCC ${pallet.sscc}`, actor: actor.username, after: { reader: address, error: message } },
          () => undefined,
        );
      } catch (auditError) {
        this.options.log('recording a failed tag write failed', auditError);
      }
    }
    this.ctx.emit('pallets:changed', { sscc: pallet.sscc });
  }
}
