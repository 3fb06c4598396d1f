import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimLine } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';

export const PAGE_SIZE = 500;
/** pages kept; the ones farthest from what is on screen go first (40 × 500 = 20,000 lines) */
const MAX_PAGES = 40;

export interface LineFilter {
  text: string;
  onlyExceptions: boolean;
}

interface Page {
  lines: ClaimLine[];
  /** the claims version it was fetched at: an older page is shown until its refetch arrives */
  version: number;
}

interface LinesState {
  key: string;
  pages: ReadonlyMap<number, Page>;
  total: number | null;
  matching: number | null;
  error: AppErrorShape | null;
}

export interface ClaimLines {
  /** lines in the claim, and those the filter keeps (null until main first answers) */
  total: number | null;
  matching: number | null;
  error: AppErrorShape | null;
  /** the line at a row of the filtered list, when its page is here */
  lineAt(index: number): ClaimLine | undefined;
  /** rows first..last are on screen: fetch the pages they need that are missing or out of date */
  want(first: number, last: number): void;
  /** pages fetched so far, for the status line (and to show no more are ever fetched than scrolled to) */
  fetched: number;
}

function evict(pages: Map<number, Page>, keep: number) {
  while (pages.size > MAX_PAGES) {
    let far = -1;
    for (const p of pages.keys()) if (far < 0 || Math.abs(p - keep) > Math.abs(far - keep)) far = p;
    pages.delete(far);
  }
}

/**
 * A claim's lines, a page of 500 at a time, fetched only as rows scroll into view and cached; a
 * new filter starts afresh, a new `version` (claims:changed) refetches what is on screen.
 */
export function useClaimLines(claimNumber: string, filter: LineFilter, version: number): ClaimLines {
  const client = useDeskClient();
  const key = JSON.stringify([claimNumber, filter.text.trim(), filter.onlyExceptions]);
  const [state, setState] = useState<LinesState>({ key, pages: new Map(), total: null, matching: null, error: null });
  const [fetched, setFetched] = useState(0);
  /** `${key}|${version}|${page}` asked for (in flight or failed): never asked twice */
  const asked = useRef(new Set<string>());
  const current = state.key === key ? state : null;

  const fetchPage = useCallback(
    async (page: number) => {
      const id = `${key}|${version}|${page}`;
      if (asked.current.has(id)) return;
      asked.current.add(id);
      const [number, text, onlyExceptions] = JSON.parse(key) as [string, string, boolean];
      const result = await client.invoke('claims:lines', { claimNumber: number, offset: page * PAGE_SIZE, limit: PAGE_SIZE, text: text || undefined, onlyExceptions });
      setFetched((n) => n + 1);
      setState((prev) => {
        const base = prev.key === key ? prev : { key, pages: new Map<number, Page>(), total: null, matching: null, error: null };
        if (!result.ok) return { ...base, error: result.error };
        asked.current.delete(id);
        const pages = new Map(base.pages);
        const held = pages.get(page);
        if (held && held.version > version) return base;
        pages.set(page, { lines: result.value.lines, version });
        evict(pages, page);
        return { key, pages, total: result.value.total, matching: result.value.matching, error: null };
      });
    },
    [client, key, version],
  );

  const pages = current?.pages;
  const matching = current?.matching ?? null;
  const want = useCallback(
    (first: number, last: number) => {
      if (matching === null) return void fetchPage(0);
      // Nothing on screen: page 0 (empty) still says how many lines the filter keeps.
      const end = matching === 0 ? 0 : Math.min(last, matching - 1);
      for (let p = Math.floor(Math.max(0, first) / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) {
        const held = pages?.get(p);
        if (!held || held.version !== version) void fetchPage(p);
      }
    },
    [fetchPage, matching, pages, version],
  );

  // A new filter or claim forgets what was asked under the old one.
  useEffect(() => {
    const prefix = `${key}|`;
    for (const id of asked.current) if (!id.startsWith(prefix)) asked.current.delete(id);
  }, [key]);

  const lineAt = useCallback((index: number) => pages?.get(Math.floor(index / PAGE_SIZE))?.lines[index % PAGE_SIZE], [pages]);
  return { total: current?.total ?? null, matching, error: current?.error ?? null, lineAt, want, fetched };
}
