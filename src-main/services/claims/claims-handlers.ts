import { listClaims } from '../../ledger/repos/claims-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { claimView } from './claim-actions';
import { assignException, listClaimExceptions, resolveException, tickChecklist } from './claim-exceptions-service';
import { claimKpis } from './claim-kpis';
import { claimPackageFile } from './claim-package-file';
import { claimDetail, claimLineEvidence, claimLines } from './claim-read';
import { approveClaim, excludeClaimLines, fileClaim, liquidateClaim, returnClaim, submitClaim, withdrawClaim } from './claim-transitions';
import { validateClaim } from './claim-validation';
import { draftClaim } from './draft-claim';

/** The claim exception queue's channels (`exceptions:list` is receiving's review queue). */
type ClaimExceptionChannels = Exclude<ChannelsOf<'exceptions'>, 'exceptions:list'>;

/** Claims from draft to liquidation, their package, figures and exception queue. */
export function claimsHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'claims'> | ClaimExceptionChannels> {
  const { db } = ctx;
  return {
    'claims:draft': (input, { actor }) => claimView(ctx, actor, draftClaim(ctx, actor, input)),
    'claims:list': (input) => listClaims(db, input.state),
    'claims:get': (input, { actor }) => claimView(ctx, actor, claimDetail(ctx, input.claimNumber)),
    'claims:lines': (input) => claimLines(ctx, input),
    'claims:line-evidence': (input) => claimLineEvidence(ctx, input.claimNumber, input.lineNo),
    'claims:validate': (input, { actor }) => validateClaim(ctx, actor, input.claimNumber),
    'claims:exclude-lines': (input, { actor }) => claimView(ctx, actor, excludeClaimLines(ctx, actor, input.claimNumber, input.lineNos, input.reason)),
    'claims:submit': (input, { actor }) => claimView(ctx, actor, submitClaim(ctx, actor, input.claimNumber, input.reason)),
    'claims:approve': (input, { actor }) => claimView(ctx, actor, approveClaim(ctx, actor, input.claimNumber, input.reason)),
    'claims:return': (input, { actor }) => claimView(ctx, actor, returnClaim(ctx, actor, input.claimNumber, input.reason)),
    'claims:file': (input, { actor }) => claimView(ctx, actor, fileClaim(ctx, actor, input.claimNumber, input.filedReference, input.filedOn)),
    'claims:liquidate': (input, { actor }) =>
      claimView(ctx, actor, liquidateClaim(ctx, actor, input.claimNumber, input.liquidatedOn, input.amount, input.reference)),
    'claims:withdraw': (input, { actor }) => claimView(ctx, actor, withdrawClaim(ctx, actor, input.claimNumber, input.reason)),
    'claims:export-package': (input) => claimPackageFile(ctx, input.claimNumber, input.format),
    'claims:kpis': () => claimKpis(db, ctx.clock.now()),
    'exceptions:claim-queue': (input) => listClaimExceptions(ctx, input),
    'exceptions:tick': (input, { actor }) => tickChecklist(ctx, actor, input.exceptionId, input.itemIndex, input.done),
    'exceptions:assign': (input, { actor }) => assignException(ctx, actor, input.exceptionId, input.owner),
    'exceptions:resolve': (input, { actor }) => resolveException(ctx, actor, input.exceptionId, input.note),
  };
}
