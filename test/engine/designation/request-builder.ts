import { designate } from '../../../src-main/engine/designation/designate';
import { parseDesignationRequest } from '../../../src-main/engine/designation/designation-schema';
import type { DesignationRequest, DesignationResult, ExportLine, ImportLine } from '../../../src-main/engine/designation/designation-types';

/** Hand-written examples: one subheading (6109.10.00) unless a line says otherwise. */
export function imp(id: string, importDate: string, quantity: number, dutyPerUnit: string, extra: Partial<ImportLine> = {}): ImportLine {
  return { id, entry: `ENT-${id}`, line: 1, importDate, hts: '6109100012', hts8Other: false, hts10Other: false, quantity, dutyPerUnit, ...extra };
}

export function exp(id: string, exportDate: string, quantity: number, dutyPerUnitIfImported: string, extra: Partial<ExportLine> = {}): ExportLine {
  return { id, exportDate, hts: '6109100012', quantity, dutyPerUnitIfImported, ...extra };
}

export function request(imports: ImportLine[], exports: ExportLine[], over: Partial<DesignationRequest> = {}): DesignationRequest {
  return parseDesignationRequest({ provision: 'unused-substitution', claimDate: '2024-12-31', objective: 'max-refund', imports, exports, ...over });
}

export function run(imports: ImportLine[], exports: ExportLine[], over: Partial<DesignationRequest> = {}): DesignationResult {
  return designate(request(imports, exports, over));
}

/** Allocations as compact "import>export:quantity" strings, easy to compare in assertions. */
export const pairs = (result: DesignationResult) => result.allocations.map((a) => `${a.import}>${a.export}:${a.quantity}`);
export const unusedExport = (result: DesignationResult, id: string) => result.unusedExports.find((u) => u.export === id);
export const unusedImport = (result: DesignationResult, id: string) => result.unusedImports.find((u) => u.import === id);
