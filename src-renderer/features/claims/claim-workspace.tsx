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

interface ClaimWorkspaceProps {
  claimNumber: string;
  /** the line whose evidence is open (the address's /lines/<n>), or none */
  lineNo: number | null;
  /** asks to show a line's evidence, or (null) to close it: the address changes and comes back as lineNo */
  onLine(lineNo: number | null): void;
}

/**
 * Reviewing one claim: its header and actions, the lines (virtual), a line's evidence, the exceptions.
 * Opened on a line (a deep link), the grid's cursor starts on that line and takes the focus, with its
 * evidence beside it; opened on the claim, the claim's title takes the focus.
 */
export function ClaimWorkspace({ claimNumber, lineNo, onLine }: ClaimWorkspaceProps) {
  const { claim, error, replace, reload } = useClaim(claimNumber);
  const [typed, setTyped] = useState<LineFilter>({ text: '', onlyExceptions: false });
  const [filter, setFilter] = useState<LineFilter>(typed);
  useEffect(() => {
    const t = setTimeout(() => setFilter(typed), typed.onlyExceptions !== filter.onlyExceptions ? 0 : FILTER_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [typed, filter.onlyExceptions]);
  const lines = useClaimLines(claimNumber, filter);
  const filterKey = `${filter.text.trim()}|${filter.onlyExceptions}`;
  const [cursorState, setCursorState] = useState({ filterKey, index: lineNo ? lineNo - 1 : 0 });
  const cursor = cursorState.filterKey === filterKey ? cursorState.index : 0;
  const setCursor = useCallback((index: number) => setCursorState({ filterKey, index }), [filterKey]);
  // A line named by the address (a link, Back, an exception's "show line") brings the cursor to it
  // while the lines are unfiltered (line n is row n); under a filter the cursor stays where it is.
  const [addressLine, setAddressLine] = useState(lineNo);
  if (addressLine !== lineNo) {
    setAddressLine(lineNo);
    if (lineNo !== null && !filter.text.trim() && !filter.onlyExceptions) setCursorState({ filterKey, index: lineNo - 1 });
  }
  const [openedOnLine] = useState(lineNo !== null);
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
  // Opening a claim (or drafting one) takes the reader to it; opening it on a line, to that line.
  const loaded = claim !== null;
  useEffect(() => {
    if (!loaded) return;
    const title = document.getElementById('claim-title');
    title?.scrollIntoView({ block: 'start' });
    const target = openedOnLine ? document.querySelector<HTMLElement>('.claim-workspace [role="grid"]') : title;
    target?.focus({ preventScroll: true });
  }, [loaded, openedOnLine]);

  if (!claim)
    return error ? <Problem title={`Claim ${claimNumber} could not be loaded`} error={error} /> : <p className="muted">Loading claim {claimNumber}…</p>;
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
          <ClaimLinesTable lines={lines} cursor={cursor} onCursor={setCursor} onOpen={(line) => onLine(line.lineNo)} checked={checked} onCheck={onCheck} />
          <p className="muted lines-help">
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>PgUp</kbd> <kbd>PgDn</kbd> <kbd>Home</kbd> <kbd>End</kbd> move · <kbd>Enter</kbd> evidence · <kbd>Space</kbd> select
            for exclusion
            {checked.size > 0 ? ` · ${checked.size} selected` : ''}
          </p>
        </section>
        {lineNo !== null ? (
          <EvidencePanel claimNumber={claimNumber} lineNo={lineNo} onClose={() => onLine(null)} />
        ) : (
          <section className="panel evidence evidence--empty" aria-label="Evidence">
            <p className="muted">Pick a line and press Enter to see its evidence: the receipts, the import entry, the export and its documents.</p>
          </section>
        )}
      </div>
      <ExceptionsPanel exceptions={claim.exceptions} onChanged={reload} onShowLine={onLine} />
    </section>
  );
}
