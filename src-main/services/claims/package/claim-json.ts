import type { ClaimPackage } from '../claim-package';

/**
 * The package's own sections in the order of the drawback claim records; listing every key here
 * (the Record type makes a new one a compile error until it is placed) keeps the order deliberate.
 */
const SECTION_ORDER: Record<keyof ClaimPackage, number> = {
  generatedAt: 0,
  claim: 1,
  provisionLabel: 2,
  imports: 3,
  classifications: 4,
  exports: 5,
  lines: 6,
  documents: 7,
  auditAnchor: 8,
};

/**
 * Keys inside the sections come out sorted, so the same package always gives the same bytes however
 * its objects were assembled (spreads put keys in build order) and two packages diff cleanly.
 */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedDeep(v)]));
}

/** The whole package as pretty JSON (2-space indent); amounts stay decimal strings. */
export function claimPackageJson(pkg: ClaimPackage): string {
  const top = (Object.keys(SECTION_ORDER) as (keyof ClaimPackage)[]).sort((a, b) => SECTION_ORDER[a] - SECTION_ORDER[b]);
  const ordered = Object.fromEntries(top.map((k) => [k, sortedDeep(pkg[k])]));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
