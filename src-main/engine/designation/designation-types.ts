/**
 * Types of a substitution designation: which import lines (19 U.S.C. 1313(j)(2) or 1313(b)) a claim
 * designates against which exports, and why anything is left over. Amounts cross as decimal strings.
 */
export const PROVISIONS = ['unused-substitution', 'manufacturing-substitution'] as const;
export type Provision = (typeof PROVISIONS)[number];

export const OBJECTIVES = ['max-refund', 'fifo', 'lifo'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface ImportLine {
  id: string;
  entry: string;
  line: number;
  importDate: string;
  /** Ten-digit HTSUS number of the entry-summary line. */
  hts: string;
  /** The 8-digit subheading's description begins with "other" (19 CFR 190.32, (j)(2) only). */
  hts8Other: boolean;
  /** The 10-digit statistical line's description begins with "other". */
  hts10Other: boolean;
  quantity: number;
  /** Exactly one of the two: duty per unit (4 decimals) or the line's duty, averaged per unit. */
  dutyPerUnit?: string;
  lineDuty?: string;
  /** A line whose election is fixed as direct identification cannot be designated (190.51(a)(3)). */
  election?: 'direct-identification' | 'substitution';
}

export interface ExportLine {
  id: string;
  exportDate: string;
  /** Ten-digit HTSUS number, or a Schedule B number standing for it (first 8 digits). */
  hts?: string;
  scheduleB?: string;
  quantity: number;
  /** Duty per unit that would apply to the exported (or substituted) article if it were imported. */
  dutyPerUnitIfImported: string;
}

export interface DesignationRequest {
  provision: Provision;
  claimDate: string;
  objective: Objective;
  imports: ImportLine[];
  exports: ExportLine[];
}

export interface Allocation {
  import: string;
  export: string;
  quantity: number;
  /** 99% of quantity x the lesser per-unit duty, to the cent (display only; the total is exact). */
  refund: string;
}

export interface UnusedExport {
  export: string;
  quantity: number;
  reason: string;
}

export interface UnusedImport {
  import: string;
  quantity: number;
  reason: string;
}

export interface DesignationResult {
  provision: Provision;
  objective: Objective;
  claimDate: string;
  allocations: Allocation[];
  /** Exact sum of every allocation, rounded half-up to the cent once. */
  totalRefund: string;
  unusedExports: UnusedExport[];
  unusedImports: UnusedImport[];
}
