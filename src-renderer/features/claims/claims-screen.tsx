import { useLocation } from 'wouter';
import { paths } from '../../app/routes';
import { formatCount } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { ClaimWorkspace } from './claim-workspace';
import { ClaimsList } from './claims-list';
import { DraftClaimForm } from './draft-claim-form';
import { MatchingPanel } from './matching-panel';
import { useClaims } from './use-claims';
import './claims.css';

interface ClaimsScreenProps {
  /** the claim open for review, from the address (#/claims/DD-2026-0001) */
  claimNumber: string | null;
  /** the line whose evidence is open, from the address (#/claims/DD-2026-0001/lines/12) */
  lineNo: number | null;
}

/**
 * Claim review: run matching, draft a claim, then review it line by line and move it to approval.
 * Which claim and line are open lives in the address, so a link opens them and Back closes them.
 */
export function ClaimsScreen({ claimNumber: selected, lineNo }: ClaimsScreenProps) {
  const { claims, loading, error } = useClaims();
  const [, navigate] = useLocation();
  const open = (claimNumber: string) => claimNumber !== selected && navigate(paths.claim(claimNumber));
  // Moving from line to line replaces the address rather than piling up history: Back leaves the claim.
  const showLine = (line: number | null) => selected && navigate(line === null ? paths.claim(selected) : paths.claimLine(selected, line), { replace: true });
  return (
    <section className="screen claims" aria-labelledby="claims-title">
      <div className="screen__head">
        <h1 id="claims-title">Claims</h1>
        <p className="muted" role="status" aria-live="polite">
          {loading ? 'Loading claims…' : `${formatCount(claims.length, 'claim')} · refreshes when claims change`}
        </p>
      </div>
      <MatchingPanel />
      {error && <Problem title="Claims could not be loaded" error={error} />}
      <div className="claims-top">
        <section className="panel" aria-label="All claims">
          <h2>Claims</h2>
          <ClaimsList claims={claims} selected={selected} onOpen={open} />
        </section>
        <DraftClaimForm lastClaimant={claims[0]?.claimant ?? ''} onDrafted={(c) => open(c.number)} />
      </div>
      {selected ? (
        <ClaimWorkspace key={selected} claimNumber={selected} lineNo={lineNo} onLine={showLine} />
      ) : (
        <p className="muted">Open a claim above to review it, or draft one.</p>
      )}
    </section>
  );
}
