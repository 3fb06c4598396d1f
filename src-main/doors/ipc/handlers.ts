import type { AsyncChannel, Channel, ChannelOutput, ChannelParsed } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { verifyAudit } from '../../ledger/audit/verify-audit';
import { listUsers, toUserSummary, findUser } from '../../ledger/repos/users-repo';
import { addUser } from '../../services/auth/users-service';
import type { Verified } from '../../services/auth/credential-check';
import type { Sessions } from '../../services/auth/sessions';
import { addEntry, addItem, addLocation } from '../../services/catalog/catalog-service';
import { queryBalances, releasePreserved } from '../../services/inventory/inventory-service';
import { adjustStock, moveStock, preserveStock, reverseMovement } from '../../services/inventory/movement-service';
import { getEntry, listEntries } from '../../ledger/repos/entries-repo';
import { listOpenExceptions } from '../../ledger/repos/exceptions-repo';
import { listItems } from '../../ledger/repos/items-repo';
import { listLocations } from '../../ledger/repos/locations-repo';
import { createReceipt } from '../../services/receiving/receiving-service';
import type { Actor, ServiceContext } from '../../services/service-context';
import { claimView } from '../../services/claims/claim-actions';
import { claimKpis } from '../../services/claims/claim-kpis';
import { assignException, listClaimExceptions, resolveException, tickChecklist } from '../../services/claims/claim-exceptions-service';
import { claimPackageFile } from '../../services/claims/claim-package-file';
import { claimDetail, claimLineEvidence, claimLines } from '../../services/claims/claim-read';
import { approveClaim, excludeClaimLines, fileClaim, liquidateClaim, returnClaim, submitClaim, withdrawClaim } from '../../services/claims/claim-transitions';
import { validateClaim } from '../../services/claims/claim-validation';
import { draftClaim } from '../../services/claims/draft-claim';
import { addExportDocument, recordShipment, requireShipment } from '../../services/exports/exports-service';
import { listAllocations } from '../../ledger/repos/allocations-repo';
import { listClaims } from '../../ledger/repos/claims-repo';
import { allocateManually, releaseAllocation } from '../../services/matching/allocation-service';
import type { MatchingRunner } from '../../services/matching/matching-runner';
import type { PalletDevices } from '../../services/pallets/pallet-service';
import { palletHandlers, type ScannerControl } from './pallet-handlers';
import { listDestinationRules, listHtsFacts } from '../../ledger/repos/reference-repo';
import { setDestinationRule, setHtsFact } from '../../services/reference/reference-data-service';
import { postEntryHandlers } from './post-entry-handlers';

export interface CallContext {
  /** undefined only for public channels (sign-in) */
  actor: Actor | undefined;
  token: string | undefined;
  /** the password the request carried, checked before the handler runs (ipc/request-credentials.ts) */
  verified: Verified;
}

type Handler<C extends Channel> = (input: ChannelParsed<C>, call: CallContext) => C extends AsyncChannel ? Promise<ChannelOutput<C>> : ChannelOutput<C>;
export type HandlerMap = { [C in Channel]: Handler<C> };

export function signedIn(call: CallContext): Actor {
  if (!call.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return call.actor;
}

/** One handler per channel; the map's type makes a missing or mistyped channel a compile error. */
export function buildHandlers(ctx: ServiceContext, sessions: Sessions, runs: { matching: MatchingRunner; autoMatch: boolean; pallets: PalletDevices; scanners: ScannerControl }): HandlerMap {
  const { db } = ctx;
  const { matching } = runs;
  // A confirmed shipment starts matching for it (DESIGN: runs are triggered by events and on demand).
  const onConfirmed = (actor: Actor) => (references: string[]) => {
    if (runs.autoMatch) matching.trigger(actor, { trigger: 'shipment-confirmed', policy: { substitution: false }, shipmentReferences: references });
  };
  return {
    'auth:sign-in': (_input, call) => {
      if (!call.verified.user) throw new Error('auth:sign-in reached its handler without a checked password');
      const { summary, ...actor } = call.verified.user;
      return { token: sessions.open(actor), user: summary };
    },
    'auth:sign-out': (_input, call) => (sessions.close(call.token), null),
    'auth:whoami': (_input, call) => toUserSummary(findUser(db, signedIn(call).username)!),
    'users:add': (input, call) => {
      if (!call.verified.passwordHash) throw new Error('users:add reached its handler without the password hashed');
      return addUser(ctx, signedIn(call), input, call.verified.passwordHash);
    },
    'users:list': () => listUsers(db),
    'items:list': (input) => listItems(db, input.query),
    'items:add': (input, call) => addItem(ctx, signedIn(call), input),
    'entries:get': (input) => {
      const entry = getEntry(db, input.entryNumber);
      if (!entry) throw new AppError('NOT_FOUND', `entry ${input.entryNumber} is not in the ledger`, [{ field: 'entryNumber', message: 'not found' }]);
      return entry;
    },
    'entries:add': (input, call) => addEntry(ctx, signedIn(call), input),
    'entries:list': (input) => listEntries(db, input.query),
    'locations:list': () => listLocations(db),
    'locations:add': (input, call) => addLocation(ctx, signedIn(call), input),
    'receiving:create-receipt': (input, call) => createReceipt(ctx, signedIn(call), input, call.verified.user),
    'inventory:balances': (input) => queryBalances(db, input),
    'inventory:move': (input, call) => moveStock(ctx, signedIn(call), input),
    'inventory:preserve': (input, call) => preserveStock(ctx, signedIn(call), input),
    'inventory:adjust': (input, call) => adjustStock(ctx, signedIn(call), input, call.verified.user),
    'inventory:reverse-movement': (input, call) => reverseMovement(ctx, signedIn(call), input, call.verified.user),
    'inventory:release-preserved': (input, call) => releasePreserved(ctx, signedIn(call), input, call.verified.user),
    'exceptions:list': () => listOpenExceptions(db),
    'audit:verify': () => verifyAudit(db),
    'exports:record-shipment': (input, call) => recordShipment(ctx, signedIn(call), input, onConfirmed(signedIn(call))),
    'exports:get-shipment': (input) => requireShipment(ctx, input.reference),
    'exports:add-document': (input, call) => addExportDocument(ctx, signedIn(call), input),
    'matching:start': (input, call) => matching.start(signedIn(call), { ...input, trigger: 'on demand' }),
    'matching:current': () => matching.current(),
    'matching:status': (input) => matching.status(input.runId),
    'matching:cancel': (input) => matching.cancel(input.runId),
    'matching:allocate': (input, call) => allocateManually(ctx, signedIn(call), input, call.verified.user),
    'matching:release': (input, call) => releaseAllocation(ctx, signedIn(call), input, call.verified.user),
    'matching:allocations': (input) => listAllocations(db, input),
    'claims:draft': (input, call) => claimView(ctx, signedIn(call), draftClaim(ctx, signedIn(call), input)),
    'claims:list': (input) => listClaims(db, input.state),
    'claims:get': (input, call) => claimView(ctx, signedIn(call), claimDetail(ctx, input.claimNumber)),
    'claims:lines': (input) => claimLines(ctx, input),
    'claims:line-evidence': (input) => claimLineEvidence(ctx, input.claimNumber, input.lineNo),
    'claims:validate': (input, call) => validateClaim(ctx, signedIn(call), input.claimNumber),
    'claims:exclude-lines': (input, call) => claimView(ctx, signedIn(call), excludeClaimLines(ctx, signedIn(call), input.claimNumber, input.lineNos, input.reason)),
    'claims:submit': (input, call) => claimView(ctx, signedIn(call), submitClaim(ctx, signedIn(call), input.claimNumber, input.reason)),
    'claims:approve': (input, call) => claimView(ctx, signedIn(call), approveClaim(ctx, signedIn(call), input.claimNumber, input.reason)),
    'claims:return': (input, call) => claimView(ctx, signedIn(call), returnClaim(ctx, signedIn(call), input.claimNumber, input.reason)),
    'claims:file': (input, call) => claimView(ctx, signedIn(call), fileClaim(ctx, signedIn(call), input.claimNumber, input.filedReference, input.filedOn)),
    'claims:liquidate': (input, call) => claimView(ctx, signedIn(call), liquidateClaim(ctx, signedIn(call), input.claimNumber, input.liquidatedOn, input.amount, input.reference)),
    'claims:withdraw': (input, call) => claimView(ctx, signedIn(call), withdrawClaim(ctx, signedIn(call), input.claimNumber, input.reason)),
    'claims:export-package': (input) => claimPackageFile(ctx, input.claimNumber, input.format),
    'claims:kpis': () => claimKpis(db, ctx.clock.now()),
    'exceptions:claim-queue': (input) => listClaimExceptions(ctx, input),
    'exceptions:tick': (input, call) => tickChecklist(ctx, signedIn(call), input.exceptionId, input.itemIndex, input.done),
    'exceptions:assign': (input, call) => assignException(ctx, signedIn(call), input.exceptionId, input.owner),
    'exceptions:resolve': (input, call) => resolveException(ctx, signedIn(call), input.exceptionId, input.note),
    ...palletHandlers(ctx, runs.pallets, signedIn, runs.scanners),
    'devices:scanners': () => runs.scanners.status(),
    'reference:hts-facts': (input) => listHtsFacts(db, input.prefix),
    'reference:set-hts-fact': (input, call) => setHtsFact(ctx, signedIn(call), input),
    'reference:destination-rules': () => listDestinationRules(db),
    'reference:set-destination-rule': (input, call) => setDestinationRule(ctx, signedIn(call), input),
    ...postEntryHandlers(ctx, signedIn),
  };
}
