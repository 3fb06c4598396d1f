/**
 * The desk's addresses (after the `#`, so the same links work from the Electron app's file:// page and
 * in browser mode): /receiving, /inventory, /claims, /claims/<claim>, /claims/<claim>/lines/<line>,
 * /post-entry (the queue), /post-entry/entries/<entry>, /post-entry/brokers.
 */
export const paths = {
  claims: () => '/claims',
  claim: (claimNumber: string) => `/claims/${encodeURIComponent(claimNumber)}`,
  claimLine: (claimNumber: string, lineNo: number) => `/claims/${encodeURIComponent(claimNumber)}/lines/${lineNo}`,
  postEntry: () => '/post-entry',
  postEntryEntry: (entryNumber: string) => `/post-entry/entries/${encodeURIComponent(entryNumber)}`,
  postEntryBrokers: () => '/post-entry/brokers',
};

/**
 * One pattern for the claims list, a claim and one of its lines, so the screen stays mounted (its list,
 * filters and scroll) while the reader moves between them. A line number is a positive integer; any
 * other tail is not a claims address and falls through to "not found".
 */
export const CLAIMS_ROUTE = /^\/claims(?:\/(?<claim>[^/]+)(?:\/lines\/(?<line>[1-9]\d{0,8}))?)?\/?$/;

export interface ClaimsParams {
  claim?: string;
  line?: string;
}

/** A claim number typed into the address with a stray `%` is taken as typed (main then says it does not exist). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function claimsSelection(params: ClaimsParams): { claimNumber: string | null; lineNo: number | null } {
  return {
    claimNumber: params.claim ? decoded(params.claim) : null,
    lineNo: params.claim && params.line ? Number(params.line) : null,
  };
}

/** The post-entry queue, one entry's detail, or the broker dashboard: one screen, so its data stays cached between them. */
export const POST_ENTRY_ROUTE = /^\/post-entry(?:\/(?:entries\/(?<entry>[^/]+)|(?<brokers>brokers)))?\/?$/;

export type PostEntryView = { view: 'queue' } | { view: 'entry'; entryNumber: string } | { view: 'brokers' };

export function postEntrySelection(params: { entry?: string; brokers?: string }): PostEntryView {
  if (params.entry) return { view: 'entry', entryNumber: decoded(params.entry) };
  return params.brokers ? { view: 'brokers' } : { view: 'queue' };
}
