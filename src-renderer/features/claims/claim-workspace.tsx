import { useCallback, useEffect, useState } from 'react';
import type { ClaimLine } from '../../../src-shared/domain/claims';
import { ClaimActions } from './claim-actions';
import { ClaimHeader } from './claim-header';
import { ClaimPackageButtons } from './claim-package-buttons';
import { ClaimLinesTable } from './claim-lines-table';
import { Problem } from '../../ui/problem';
import { EvidencePanel } from './evidence-panel';
import { ExceptionsPanel } from './exceptions-panel';
import { LineFilters } from './line-filters';
import { useClaim } from './use-claim';
import { useClaimLines, type LineFilter } from './use-claim-lines';
import './claim-review.css';

/** Typing waits this long before the lines are asked for again. */
const FILTER_DEBOUNCE_MS = 250;

/** Reviewing one claim: its header and actions, the lines (virtual), a line's evidence, the exceptions. */
export function ClaimWorkspace({ claimNumber }: { claimNumber: string }) {
  const { claim, error, replace, reload } = useClaim(claimNumber);
  const [typed, setTyped] = useState<LineFilter>({ text: '', onlyExceptions: false });
  const [filter, setFilter] = useState<LineFilter>(typed);
  useEffect(() => {
    const t = setTimeout(() => setFilter(typed), typed.onlyExceptions !== filter.onlyExceptions ? 0 : FILTER_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [typed, filter.onlyExceptions]);
  const lines = useClaimLines(claimNumber, filter);
  const filterKey = `${filter.text.trim()}|${filter.onlyExceptions}`;
  const [cursorState, setCursorState] = useState({ filterKey, index: 0 });
  const cursor = cursorState.filterKey === filterKey ? cursorState.index : 0;
  const setCursor = useCallback((index: number) => setCursorState({ filterKey, index }), [filterKey]);
  const [evidenceLine, setEvidenceLine] = useState<number | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const onCheck = useCallback(
    (line: ClaimLine) =>
      setChecked((prev) => {
        const next = new Set(prev);
        if (next.has(line.lineNo)) next.delete(line.lineNo);
        else next.add(line.lineNo);
        return next;
      }),
    [],
  );
  // Opening a claim (or drafting one) takes the reader to it.
  const loaded = claim !== null;
  useEffect(() => {
    const title = loaded ? document.getElementById('claim-title') : null;
    title?.scrollIntoView({ block: 'start' });
    title?.focus({ preventScroll: true });
  }, [loaded]);
  const showLine = (lineNo: number) => {
    setEvidenceLine(lineNo);
    if (!filter.text.trim() && !filter.onlyExceptions) setCursor(lineNo - 1);
  };

  if (!claim) return error ? <Problem title={`Claim ${claimNumber} could not be loaded`} error={error} /> : <p className="muted">Loading claim {claimNumber}…</p>;
  const settling = typed.text !== filter.text || typed.onlyExceptions !== filter.onlyExceptions;
  return (
    <section className="claim-workspace" aria-labelledby="claim-title">
      <div className="panel claim-summary">
        <ClaimHeader claim={claim} />
        <ClaimPackageButtons claimNumber={claim.number} state={claim.actions.export} />
        <ClaimActions claim={claim} selectedLines={[...checked].sort((a, b) => a - b)} onDetail={replace} onExcluded={() => setChecked(new Set())} />
        {error && <Problem title="The claim could not be refreshed" error={error} />}
      </div>
      <div className="claim-review">
        <section className="panel claim-lines" aria-label="Lines of the claim">
          <LineFilters value={typed} onChange={setTyped} matching={lines.matching} total={lines.total} settling={settling} />
          <ClaimLinesTable lines={lines} cursor={cursor} onCursor={setCursor} onOpen={(line) => setEvidenceLine(line.lineNo)} checked={checked} onCheck={onCheck} />
          <p className="muted lines-help">
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>PgUp</kbd> <kbd>PgDn</kbd> <kbd>Home</kbd> <kbd>End</kbd> move · <kbd>Enter</kbd> evidence · <kbd>Space</kbd> select for exclusion
            {checked.size > 0 ? ` · ${checked.size} selected` : ''}
          </p>
        </section>
        {evidenceLine !== null ? (
          <EvidencePanel claimNumber={claimNumber} lineNo={evidenceLine} onClose={() => setEvidenceLine(null)} />
        ) : (
          <section className="panel evidence evidence--empty" aria-label="Evidence">
            <p className="muted">Pick a line and press Enter to see its evidence: the receipts, the import entry, the export and its documents.</p>
          </section>
        )}
      </div>
      <ExceptionsPanel exceptions={claim.exceptions} onChanged={reload} onShowLine={showLine} />
    </section>
  );
}
