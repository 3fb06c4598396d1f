import type { ExceptionKind } from '../../../src-shared/domain/claims';

/**
 * Facts the ledger can tell by itself. An item declared with one is ticked by the desk from the
 * ledger (checklist-facts.ts), never by hand: nobody can tick "attach the document" with no document.
 */
export const DESK_CHECKS = ['proof-of-export', 'entry-line-quantity-fits', 'export-line-quantity-fits', 'line-excluded'] as const;
export type DeskCheck = (typeof DESK_CHECKS)[number];

/** A checklist item: what the person does, or (with `desk`) what the ledger must show. */
export type ChecklistEntry = string | { text: string; desk: DeskCheck };

/** What the person who owns an exception works through before resolving it. */
export const CHECKLISTS: Record<ExceptionKind, ChecklistEntry[]> = {
  'missing-proof-of-export': [
    'Ask the carrier or forwarder for the bill of lading (or air waybill)',
    { text: 'Attach the document to the shipment', desk: 'proof-of-export' },
    'Check that the carrier, export date and quantities on it match the shipment',
  ],
  'over-import-quantity': [
    'Find the claims that share the entry line',
    { text: 'Exclude the lines that exceed what was imported', desk: 'entry-line-quantity-fits' },
  ],
  'over-import-duty': ['Check the duty on the entry summary against the broker filing', 'Exclude the lines that exceed 99% of the duty paid'],
  'export-reused': ['Find the other claim that uses the export', { text: 'Exclude the line from one of the claims', desk: 'export-line-quantity-fits' }],
  'export-before-import': ['Check the export and import dates against the documents', 'Exclude the line, or correct the allocation'],
  'export-after-five-years': ['Check the export and import dates against the documents', { text: 'Exclude the line', desk: 'line-excluded' }],
  'export-after-claim-date': ['Check the planned filing date against the export date', 'Move the claim date, or exclude the line'],
  'claim-after-five-years': ['Check the planned filing date', 'Exclude the lines of imports older than five years'],
  'reconciliation-flagged': ['Confirm the reconciliation entry has been filed', 'Exclude the lines until it is'],
  'split-election': ['Check the election made on the earlier claim', 'Exclude the lines of that entry line from this claim'],
  'allocation-released': ['Check why the allocation was released', { text: 'Exclude the line', desk: 'line-excluded' }],
  'missing-export-duty': ['Find the duty the exported article would pay if imported', 'Record it on the export line, or exclude the line'],
  'destination-restricted': [
    'Check the destination and export date against the shipment documents',
    'Exclude the line (or claim it under a provision the destination allows)',
  ],
  'classification-mismatch': [
    'Check the HTS and Schedule B on the export against the designated entry line',
    'Exclude the line, or release the allocation and designate an import of the same classification',
  ],
  'hts-fact-missing': [
    'Look the number up in the HTSUS edition in force on the import date',
    'Record whether its description begins with "other" (hts set-other)',
  ],
  'accounting-method-mismatch': [
    'Check which accounting method the allocations were made by',
    'Withdraw the claim and draft it again from allocations made by one approved method',
  ],
};

const textOf = (entry: ChecklistEntry) => (typeof entry === 'string' ? entry : entry.text);

/** The item texts an exception of this kind is raised with (stored on the exception). */
export function checklistTexts(kind: ExceptionKind): string[] {
  return CHECKLISTS[kind].map(textOf);
}

/** The ledger fact that ticks this item of an exception of this kind, if the desk checks it. */
export function deskCheckOf(kind: ExceptionKind, text: string): DeskCheck | null {
  const entry = CHECKLISTS[kind]?.find((e) => textOf(e) === text);
  return entry && typeof entry !== 'string' ? entry.desk : null;
}
