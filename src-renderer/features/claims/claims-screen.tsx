import { useState } from 'react';
import { formatCount } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { ClaimWorkspace } from './claim-workspace';
import { ClaimsList } from './claims-list';
import { DraftClaimForm } from './draft-claim-form';
import { MatchingPanel } from './matching-panel';
import { useClaims } from './use-claims';
import './claims.css';

/** Claim review: run matching, draft a claim, then review it line by line and move it to approval. */
export function ClaimsScreen() {
  const { claims, loading, error } = useClaims();
  const [selected, setSelected] = useState<string | null>(null);
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
          <ClaimsList claims={claims} selected={selected} onOpen={setSelected} />
        </section>
        <DraftClaimForm lastClaimant={claims[0]?.claimant ?? ''} onDrafted={(c) => setSelected(c.number)} />
      </div>
      {selected ? <ClaimWorkspace key={selected} claimNumber={selected} /> : <p className="muted">Open a claim above to review it, or draft one.</p>}
    </section>
  );
}
