import { z } from 'zod';
import type {
  AuditVerification,
  BalanceRow,
  ImportEntry,
  ImportSummary,
  Item,
  Location,
  Movement,
  ReceiptResult,
  ReviewException,
  UserSummary,
} from './domain/ledger';
import type { ClaimException, ClaimLineEvidence, ClaimLinePage, ClaimPackageFile, ClaimSummary, ClaimValidation, ClaimView, Kpis } from './domain/claims';
import type { Allocation, ExportDocument, ExportShipment, MatchingRunStatus } from './domain/exports';
import type { Role } from './roles';
import { ROLES } from './roles';
import { balanceFilterSchema, entryInputSchema, itemInputSchema, locationInputSchema, receiptInputSchema, releaseInputSchema } from './schemas/ledger-inputs';
import { entryNumberSchema, nameField } from './schemas/primitives';
import {
  claimLinesQuerySchema,
  claimListSchema,
  claimPackageExportSchema,
  claimRefSchema,
  claimReturnSchema,
  claimTransitionSchema,
  draftClaimSchema,
  exceptionAssignSchema,
  exceptionListSchema,
  exceptionResolveSchema,
  exceptionTickSchema,
  excludeLinesSchema,
  fileClaimSchema,
  lineEvidenceSchema,
  liquidateClaimSchema,
} from './schemas/claim-inputs';
import {
  addExportDocumentSchema,
  allocationFilterSchema,
  exportShipmentInputSchema,
  manualAllocationSchema,
  releaseAllocationSchema,
  shipmentReferenceSchema,
  startMatchingSchema,
} from './schemas/export-inputs';
import type { LabelFile, Pallet, PalletProgress, PrintJob, TagReadResult } from './domain/pallets';
import type { DeviceSurvey, ScannerStatus } from './domain/devices';
import type { RecentReceipt } from './domain/recent-receipts';
import type { ScanEvent } from './scanning/scan-event';
import { setSettingSchema, type DeskSettings } from './schemas/desk-settings';
import { epcRefSchema, palletRefSchema, receivePalletSchema, reprintSchema } from './schemas/pallet-inputs';
import { printLotLabelSchema, writeLabelFileSchema } from './schemas/label-inputs';
import { importFileSchema, postEntryImportFileSchema } from './schemas/import-inputs';
import { deviceSurveySchema } from './schemas/device-inputs';
import type { DestinationRuleView, HtsFact } from './domain/reference-data';
import { destinationRuleInputSchema, htsFactInputSchema } from './schemas/reference-inputs';
import { adjustInputSchema, moveInputSchema, preserveInputSchema, reverseInputSchema } from './schemas/movement-inputs';
import type { ChannelName, EventName } from './channel-names';

export { CHANNELS, EVENT_NAMES, type EventName } from './channel-names';

/**
 * Who may call a channel: anyone (sign-in), a signed-in person of at least that role, or `system`:
 * only the desk's own command line, run by the OS user who owns the ledger file, as the built-in
 * system actor. No session reaches a `system` channel, so nobody at a window or browser can name a
 * printer or a file on the desk's machine, or make the desk probe its devices, through one.
 */
export type ChannelRole = Role | 'public' | 'system';
import type {
  BrokerReport,
  DeadlineReport,
  EntrySummaryVersion,
  EntryTimeline,
  FollowUp,
  PostEntryAlert,
  PostEntryImportSummary,
  PostEntrySettings,
  PurchaseOrderLineStatus,
  StatementReport,
  StatusMessageView,
  VarianceReport,
} from './domain/post-entry';
import {
  brokerQuerySchema,
  correctEntrySchema,
  deadlineQuerySchema,
  entryRefSchema,
  messageQuerySchema,
  poLineQuerySchema,
  setPostEntrySettingSchema,
  settleFollowUpSchema,
  varianceQuerySchema,
} from './schemas/post-entry-inputs';

/**
 * The IPC contract: every channel's input schema, output type and the least role that may call it.
 * Main validates every request against it whichever door the request came through (Electron IPC,
 * browser-mode HTTP, CLI); the renderer's client is typed from it.
 */
function channel<O>() {
  return <S extends z.ZodType, R extends ChannelRole>(input: S, role: R) => ({ input, role, output: undefined as unknown as O });
}

/** A channel whose answer main has to wait for (a PDF being rendered): the doors await it; the caller sees a Result as always. */
function asyncChannel<O>() {
  return <S extends z.ZodType, R extends ChannelRole>(input: S, role: R) => ({ input, role, output: undefined as unknown as O, async: true as const });
}

const empty = z.object({}).strict();

/** What every entry of the contract is; `satisfies` below also makes its keys exactly the names in channel-names.ts. */
interface ChannelSpec {
  input: z.ZodType;
  role: ChannelRole;
  output: unknown;
  async?: true;
}

export const contract = {
  'auth:sign-in': channel<{ token: string; user: UserSummary }>()(
    z.object({ username: z.string().trim().min(1, 'user name is required'), password: z.string().min(1, 'password is required') }),
    'public',
  ),
  'auth:sign-out': channel<null>()(empty, 'clerk'),
  'auth:whoami': channel<UserSummary>()(empty, 'clerk'),
  'users:add': channel<UserSummary>()(
    z.object({
      username: z
        .string()
        .trim()
        .regex(/^[a-z][a-z0-9._-]{1,31}$/, 'user name: 2–32 lower-case letters, digits, . _ -'),
      displayName: nameField({ label: 'display name', max: 80 }),
      role: z.enum(ROLES),
      password: z.string().min(8, 'a password has at least 8 characters'),
    }),
    'admin',
  ),
  'users:list': channel<UserSummary[]>()(empty, 'supervisor'),
  'items:list': channel<Item[]>()(z.object({ query: z.string().trim().max(60).optional() }), 'clerk'),
  'items:add': channel<Item>()(itemInputSchema, 'specialist'),
  'entries:get': channel<ImportEntry>()(z.object({ entryNumber: entryNumberSchema }), 'clerk'),
  'entries:add': channel<ImportEntry>()(entryInputSchema, 'specialist'),
  'entries:list': channel<ImportEntry[]>()(z.object({ query: z.string().trim().max(60).optional() }), 'clerk'),
  'locations:list': channel<Location[]>()(empty, 'clerk'),
  'locations:add': channel<Location>()(locationInputSchema, 'supervisor'),
  'receiving:create-receipt': channel<ReceiptResult>()(receiptInputSchema, 'clerk'),
  /** the signed-in person's last receipts (newest first) with each pallet label's state: the receiving screen's list, kept over a reload */
  'receiving:recent': channel<RecentReceipt[]>()(z.object({ limit: z.number().int().min(1).max(50).default(10) }), 'clerk'),
  'inventory:balances': channel<BalanceRow[]>()(balanceFilterSchema, 'clerk'),
  'inventory:move': channel<Movement>()(moveInputSchema, 'clerk'),
  'inventory:preserve': channel<Movement>()(preserveInputSchema, 'clerk'),
  'inventory:adjust': channel<Movement>()(adjustInputSchema, 'clerk'),
  'inventory:reverse-movement': channel<Movement>()(reverseInputSchema, 'clerk'),
  'inventory:release-preserved': channel<Movement>()(releaseInputSchema, 'clerk'),
  'exceptions:list': channel<ReviewException[]>()(empty, 'clerk'),
  'audit:verify': channel<AuditVerification>()(empty, 'supervisor'),
  'exports:record-shipment': channel<ExportShipment>()(exportShipmentInputSchema, 'specialist'),
  'exports:get-shipment': channel<ExportShipment>()(z.object({ reference: shipmentReferenceSchema }), 'clerk'),
  'exports:add-document': channel<ExportDocument>()(addExportDocumentSchema, 'clerk'),
  'matching:start': channel<MatchingRunStatus>()(startMatchingSchema, 'specialist'),
  /** the run going on now, else the last one since the desk started (a screen opened mid-run shows it) */
  'matching:current': channel<MatchingRunStatus | null>()(empty, 'specialist'),
  'matching:status': channel<MatchingRunStatus>()(z.object({ runId: z.string().trim().min(1) }), 'specialist'),
  'matching:cancel': channel<MatchingRunStatus>()(z.object({ runId: z.string().trim().min(1) }), 'specialist'),
  'matching:allocate': channel<Allocation>()(manualAllocationSchema, 'specialist'),
  'matching:release': channel<Allocation>()(releaseAllocationSchema, 'specialist'),
  'matching:allocations': channel<Allocation[]>()(allocationFilterSchema, 'specialist'),
  'claims:draft': channel<ClaimView>()(draftClaimSchema, 'specialist'),
  'claims:list': channel<ClaimSummary[]>()(claimListSchema, 'specialist'),
  'claims:get': channel<ClaimView>()(claimRefSchema, 'specialist'),
  'claims:lines': channel<ClaimLinePage>()(claimLinesQuerySchema, 'specialist'),
  'claims:line-evidence': channel<ClaimLineEvidence>()(lineEvidenceSchema, 'specialist'),
  'claims:validate': channel<ClaimValidation>()(claimRefSchema, 'specialist'),
  'claims:exclude-lines': channel<ClaimView>()(excludeLinesSchema, 'specialist'),
  'claims:submit': channel<ClaimView>()(claimTransitionSchema, 'specialist'),
  'claims:approve': channel<ClaimView>()(claimTransitionSchema, 'supervisor'),
  'claims:return': channel<ClaimView>()(claimReturnSchema, 'supervisor'),
  'claims:file': channel<ClaimView>()(fileClaimSchema, 'specialist'),
  'claims:liquidate': channel<ClaimView>()(liquidateClaimSchema, 'specialist'),
  'claims:withdraw': channel<ClaimView>()(claimReturnSchema, 'specialist'),
  /** the claim package as a file to save (JSON, CSV, worksheet or a print-ready PDF); no request names a path */
  'claims:export-package': asyncChannel<ClaimPackageFile>()(claimPackageExportSchema, 'specialist'),
  'claims:kpis': channel<Kpis>()(empty, 'specialist'),
  'exceptions:claim-queue': channel<ClaimException[]>()(exceptionListSchema, 'specialist'),
  'exceptions:tick': channel<ClaimException>()(exceptionTickSchema, 'specialist'),
  'exceptions:assign': channel<ClaimException>()(exceptionAssignSchema, 'specialist'),
  'exceptions:resolve': channel<ClaimException>()(exceptionResolveSchema, 'specialist'),
  'settings:get': channel<DeskSettings>()(empty, 'clerk'),
  'settings:set': channel<DeskSettings>()(setSettingSchema, 'supervisor'),
  /** receipt + SSCC + label job in one audited write; the label prints and the tag is written after */
  'pallets:receive': channel<{ receipt: ReceiptResult; pallet: Pallet | null; progress: PalletProgress | null }>()(receivePalletSchema, 'clerk'),
  'pallets:get': channel<{ pallet: Pallet; progress: PalletProgress }>()(palletRefSchema, 'clerk'),
  'pallets:find-by-epc': channel<{ pallet: Pallet; progress: PalletProgress }>()(epcRefSchema, 'clerk'),
  'pallets:reprint': channel<PrintJob>()(reprintSchema, 'clerk'),
  'pallets:retry-tag': channel<PalletProgress>()(palletRefSchema, 'clerk'),
  /** reads the tags in the reader's field; the answer comes as devices:tag-read */
  'pallets:read-tags': channel<null>()(empty, 'clerk'),
  'printing:jobs': channel<PrintJob[]>()(empty, 'clerk'),
  /** the command line only: a lot's pallet label written to a file on the desk's machine (audited) */
  'labels:write-file': asyncChannel<LabelFile>()(writeLabelFileSchema, 'system'),
  /** the command line only: a lot's pallet label printed, on a printer it may name, waited for until confirmed or failed */
  'labels:print': asyncChannel<PrintJob>()(printLotLabelSchema, 'system'),
  /**
   * the command line only: a file on the desk's machine imported into the ledger (all rows or none, one
   * audit record); answers once the matching runs its export shipments started have finished
   */
  'imports:apply-file': asyncChannel<ImportSummary>()(importFileSchema, 'system'),
  /** the command line only: a file of post-entry data on the desk's machine imported (all rows or none, one audit record) */
  'post-entry:import-file': channel<PostEntryImportSummary>()(postEntryImportFileSchema, 'system'),
  /** the desk's HID and serial scanners and how each is (the status line) */
  'devices:scanners': channel<ScannerStatus[]>()(empty, 'clerk'),
  /**
   * the command line only (`devices list`): the scanners found on the desk's machine, and the label printer
   * the labels.printer setting names asked how it is (~HS), waiting up to timeoutMs for its answer
   */
  'devices:survey': asyncChannel<DeviceSurvey>()(deviceSurveySchema, 'system'),
  /** compliance reference data: the "other" facts of HTS numbers (19 CFR 190.2) and destination rules */
  'reference:hts-facts': channel<HtsFact[]>()(z.object({ prefix: z.string().trim().max(12).optional() }), 'clerk'),
  'reference:set-hts-fact': channel<HtsFact>()(htsFactInputSchema, 'specialist'),
  'reference:destination-rules': channel<DestinationRuleView[]>()(empty, 'clerk'),
  'reference:set-destination-rule': channel<DestinationRuleView>()(destinationRuleInputSchema, 'supervisor'),
  // Post-entry tracking (issue 12) is compliance work: a specialist or above.
  'post-entry:variances': channel<VarianceReport>()(varianceQuerySchema, 'specialist'),
  'post-entry:deadlines': channel<DeadlineReport>()(deadlineQuerySchema, 'specialist'),
  'post-entry:brokers': channel<BrokerReport>()(brokerQuerySchema, 'specialist'),
  'post-entry:messages': channel<StatusMessageView[]>()(messageQuerySchema, 'specialist'),
  /** one entry's life in time order, with its shipment and purchase-order lines */
  'post-entry:timeline': channel<EntryTimeline>()(entryRefSchema, 'specialist'),
  /** every version of an entry's summary: the broker's filings and the desk's corrections */
  'post-entry:versions': channel<EntrySummaryVersion[]>()(entryRefSchema, 'specialist'),
  'post-entry:correct-entry': channel<EntrySummaryVersion>()(correctEntrySchema, 'specialist'),
  'post-entry:statements': channel<StatementReport>()(empty, 'specialist'),
  'post-entry:follow-ups': channel<FollowUp[]>()(empty, 'specialist'),
  'post-entry:settle-follow-up': channel<FollowUp>()(settleFollowUpSchema, 'specialist'),
  'post-entry:po-lines': channel<PurchaseOrderLineStatus[]>()(poLineQuerySchema, 'specialist'),
  'post-entry:settings': channel<PostEntrySettings>()(empty, 'specialist'),
  'post-entry:set-setting': channel<PostEntrySettings>()(setPostEntrySettingSchema, 'supervisor'),
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];
/** Channels whose handler answers with a promise (the doors await the dispatcher for these). */
export type AsyncChannel = { [C in Channel]: Contract[C] extends { async: true } ? C : never }[Channel];
export type SyncChannel = Exclude<Channel, AsyncChannel>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Events main pushes to every open window. */
export interface EventPayloads {
  'ledger:balances-changed': { reason: string };
  /** a matching run moved on: progress while it runs, the summary when it ends */
  'matching:run-changed': MatchingRunStatus;
  /** a claim, its lines or its exceptions changed */
  'claims:changed': { claimNumber: string | null; reason: string };
  /** a pallet's label job or tag moved on */
  'pallets:changed': { sscc: string };
  /** a HID or serial scanner read something (or sent something that could not be read) */
  'devices:scan': ScanEvent;
  /** a scanner connected, was unplugged, or is being tried again */
  'devices:scanners': ScannerStatus[];
  /** the tags a read found, each with the pallet the ledger links it to */
  'devices:tag-read': TagReadResult;
  /** post-entry work that needs someone now: critical status messages an import wrote, deadlines come within the alert days */
  'post-entry:alert': { alerts: PostEntryAlert[] };
}

/** Compile-time guard: EVENT_NAMES in channel-names.ts (what the preload lets through) names exactly these payloads. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _eventNamesMatchPayloads: SameKeys<EventName, keyof EventPayloads> = true;
