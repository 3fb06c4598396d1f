import type { ImportSummary } from '../../../src-shared/domain/ledger';
import type { Role } from '../../../src-shared/roles';
import { IMPORT_KINDS as SHARED_IMPORT_KINDS } from '../../../src-shared/schemas/import-inputs';

export type ImportKind = ImportSummary['kind'];
/** the list the contract's import channel validates against (src-shared, so the contract can name it) */
export const IMPORT_KINDS: readonly ImportKind[] = SHARED_IMPORT_KINDS;
export type ImportFormat = 'csv' | 'json';

/** How a column's text becomes schema input: as is, a yes/no flag, or a `;`/`|` separated list. */
export type ColumnType = 'text' | 'flag' | 'list' | 'nested';
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
}

const text = (name: string, required = true): ColumnSpec => ({ name, type: 'text', required });
const flag = (name: string): ColumnSpec => ({ name, type: 'flag', required: false });
const list = (name: string): ColumnSpec => ({ name, type: 'list', required: false });

export const ENTRY_HEADER_COLUMNS: readonly ColumnSpec[] = [
  text('entryNumber'),
  text('entryType'),
  text('entryDate'),
  text('importDate'),
  text('portCode'),
  text('importer'),
  text('broker', false),
  text('billOfLading', false),
  list('containers'),
  list('purchaseOrders'),
  flag('reconciliationFlag'),
];
export const ENTRY_LINE_COLUMNS: readonly ColumnSpec[] = [
  text('lineNumber'),
  text('hts'),
  text('quantity'),
  text('uom'),
  text('enteredValue'),
  text('duty'),
  text('antidumpingDuty', false),
  text('countervailingDuty', false),
  text('exciseTax', false),
  text('mpf', false),
  text('hmf', false),
  text('otherFees', false),
];

export const SHIPMENT_HEADER_COLUMNS: readonly ColumnSpec[] = [
  text('reference'),
  text('exportDate'),
  text('destinationCountry'),
  text('exporter'),
  text('declarationReference', false),
  text('carrier', false),
  // CSV only: documents as `kind:number` items separated by ; (e.g. bill-of-lading:MAEU123456)
  list('documents'),
];
export const SHIPMENT_LINE_COLUMNS: readonly ColumnSpec[] = [
  text('lineNumber'),
  text('sku'),
  text('quantity'),
  text('uom', false),
  text('hts', false),
  text('scheduleB', false),
  text('lotCode', false),
  text('entryNumber', false),
  text('dutyIfImported', false),
  text('taxesFeesIfImported', false),
];

/** The columns (CSV) or fields (JSON) each kind of file carries; required ones must be present. */
export function columnsFor(kind: ImportKind, format: ImportFormat): readonly ColumnSpec[] {
  switch (kind) {
    case 'items':
      return [text('sku'), text('description'), text('hts'), text('countryOfOrigin'), text('uom'), flag('drawbackEligible'), text('gtin', false)];
    case 'locations':
      return [text('code'), text('description', false), flag('drawbackSegregated')];
    case 'entries':
      // A CSV repeats the entry header on every line row; JSON nests the lines.
      return format === 'csv' ? [...ENTRY_HEADER_COLUMNS, ...ENTRY_LINE_COLUMNS] : [...ENTRY_HEADER_COLUMNS, { name: 'lines', type: 'nested', required: true }];
    case 'exports':
      // Like entries: a CSV repeats the shipment header on every line row; JSON nests lines and documents.
      return format === 'csv'
        ? [...SHIPMENT_HEADER_COLUMNS, ...SHIPMENT_LINE_COLUMNS]
        : [
            ...SHIPMENT_HEADER_COLUMNS.filter((c) => c.name !== 'documents'),
            { name: 'lines', type: 'nested', required: true },
            { name: 'documents', type: 'nested', required: false },
          ];
    case 'hts-facts':
      // beginsWithOther may be left out when the description is given (it follows from it)
      return [text('hts'), flag('beginsWithOther'), text('description', false), text('source', false)];
    case 'receipts':
      return [
        text('entryNumber'),
        text('lineNumber'),
        text('sku'),
        text('lotCode'),
        text('quantity'),
        text('uom'),
        text('locationCode'),
        text('receivedAt', false),
        flag('preserveForDrawback'),
        text('reference', false),
      ];
  }
}

/** The least role that may import each kind: the same as adding one record of it by hand (contract.ts). */
export const IMPORT_ROLE: Record<ImportKind, Role> = {
  items: 'specialist',
  entries: 'specialist',
  locations: 'supervisor',
  receipts: 'clerk',
  exports: 'specialist',
  'hts-facts': 'specialist',
};
