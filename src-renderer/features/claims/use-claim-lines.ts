import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ClaimLine, ClaimLinePage } from '../../../src-shared/domain/claims';
import type { ChannelInput } from '../../../src-shared/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';
import { asAppError, unwrap } from '../../app/desk-error';
import { deskQueryKey } from '../../app/desk-query';

export const PAGE_SIZE = 500;
/** a page scrolled away is dropped from memory after this long (a 100,000-line claim is 200 pages) */
const PAGE_GC_MS = 30_000;

export interface LineFilter {
  text: string;
  onlyExceptions: boolean;
}

export interface ClaimLines {
  /** lines in the claim, and those the filter keeps (null until main first answers) */
  total: number | null;
  matching: number | null;
  error: AppErrorShape | null;
  /** the line at a row of the filtered list, when its page is here */
  lineAt(index: number): ClaimLine | undefined;
  /** rows first..last are on screen: their pages are fetched if missing or out of date */
  want(first: number, last: number): void;
  /** pages fetched so far, for the status line (and to show no more are ever fetched than scrolled to) */
  fetched: number;
}

/**
 * A claim's lines, a page of 500 at a time: each page is its own cached claims:lines query, asked
 * only while its rows are on screen; claims:changed refetches the pages on screen and keeps showing
 * the old rows until they arrive (event-invalidation.ts). A new filter is a new set of queries.
 */
export function useClaimLines(claimNumber: string, filter: LineFilter): ClaimLines {
  const client = useDeskClient();
  const queryClient = useQueryClient();
  const text = filter.text.trim();
  const pageInput = (page: number): ChannelInput<'claims:lines'> => ({
    claimNumber,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
    text: text || undefined,
    onlyExceptions: filter.onlyExceptions,
  });
  const filterKey = JSON.stringify([claimNumber, text, filter.onlyExceptions]);
  const [view, setView] = useState({ filterKey, first: 0, last: 0 });
  const [fetched, setFetched] = useState(0);
  // The counts from the last answer under this filter (every page says them), kept while other pages load.
  const [counts, setCounts] = useState<{ filterKey: string; total: number; matching: number } | null>(null);
  const known = counts?.filterKey === filterKey ? counts : null;

  const range = view.filterKey === filterKey ? view : { first: 0, last: 0 };
  const end = known === null ? 0 : known.matching === 0 ? 0 : Math.min(range.last, known.matching - 1);
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, range.first) / PAGE_SIZE); p <= Math.floor(Math.max(0, end) / PAGE_SIZE); p++) pages.push(p);

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: deskQueryKey('claims:lines', pageInput(page)),
      queryFn: async (): Promise<ClaimLinePage> => {
        const answer = unwrap(await client.invoke('claims:lines', pageInput(page)));
        setFetched((n) => n + 1);
        setCounts({ filterKey, total: answer.total, matching: answer.matching });
        return answer;
      },
      gcTime: PAGE_GC_MS,
    })),
  });
  // A page already in the cache (a filter typed again) says the counts without a fetch.
  const now = results.find((r) => r.data)?.data ?? known;
  const failed = results.find((r) => r.error)?.error;
  const error = failed ? asAppError(failed) : null;

  const want = useCallback(
    (first: number, last: number) => setView((v) => (v.filterKey === filterKey && v.first === first && v.last === last ? v : { filterKey, first, last })),
    [filterKey, setView],
  );
  const lineAt = (index: number) => {
    const page = Math.floor(index / PAGE_SIZE);
    const held = queryClient.getQueryData<ClaimLinePage>(deskQueryKey('claims:lines', pageInput(page)));
    return held?.lines[index % PAGE_SIZE];
  };
  return { total: now?.total ?? null, matching: now?.matching ?? null, error, lineAt, want, fetched };
}
