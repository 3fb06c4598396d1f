import type { MatchPolicy, MatchResult } from '../../engine/matching/matching-types';

/** What the matching worker is given: the ledger file to read (read-only) and what to match. */
export interface MatchingWorkerInput {
  dbPath: string;
  nativeBinding?: string;
  policy: MatchPolicy;
  shipmentReferences?: string[];
}

export type MatchingWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  /** `inScope`: export lines the run covers, already matched ones included (for "nothing new to match") */
  | { type: 'result'; result: MatchResult; exportLabels: [number, { reference: string; lineNumber: number }][]; inScope: number }
  | { type: 'error'; message: string };
