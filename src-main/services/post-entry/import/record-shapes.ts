import {
  entrySummaryInputSchema,
  liquidationInputSchema,
  preEntryInputSchema,
  statementInputSchema,
  type EntrySummaryInput,
  type LiquidationInput,
  type PreEntryInput,
  type StatementInput,
} from '../../../../src-shared/schemas/post-entry-inputs';
import type { ColumnSpec } from '../../importing/import-kinds';
import type { RecordShape } from './record-rows';

/**
 * The columns (CSV) and fields (JSON) of each post-entry file; README and the tests show examples.
 * A CSV repeats the record's header on each row of its lines (entries, for a statement).
 */
const text = (name: string, required = true): ColumnSpec => ({ name, type: 'text', required });
const flag = (name: string): ColumnSpec => ({ name, type: 'flag', required: false });

export const PRE_ENTRY_SHAPE: RecordShape<PreEntryInput> = {
  schema: preEntryInputSchema,
  keyColumn: 'entryNumber',
  header: [
    text('entryNumber'),
    text('shipment'),
    text('broker'),
    text('importer'),
    text('entryType'),
    text('portCode'),
    text('billOfLading', false),
    text('sentOn', false),
  ],
  nested: {
    name: 'lines',
    columns: [
      text('lineNumber'),
      text('poNumber'),
      text('poLine'),
      text('hts'),
      text('origin'),
      text('quantity'),
      text('unit'),
      text('value'),
      text('dutyRate'),
      text('duty'),
      text('mpf', false),
      text('hmf', false),
    ],
  },
  money: ['value', 'duty', 'mpf', 'hmf'],
  describe: (key) => `entry ${key}`,
  key: (r) => r.entryNumber,
};

export const SUMMARY_SHAPE: RecordShape<EntrySummaryInput> = {
  schema: entrySummaryInputSchema,
  keyColumn: 'entryNumber',
  header: [
    text('entryNumber'),
    text('entryType'),
    text('summaryDate'),
    text('entryDate'),
    text('importDate'),
    text('releaseDate', false),
    text('portCode'),
    text('broker'),
    text('importer'),
    text('billOfLading', false),
    text('payment', false),
    flag('reconciliationFlag'),
    text('scheduledLiquidation', false),
  ],
  nested: {
    name: 'lines',
    columns: [
      text('lineNumber'),
      text('description', false),
      text('hts'),
      text('origin'),
      text('quantity'),
      text('unit'),
      text('value'),
      text('dutyRate'),
      text('duty'),
      text('mpf', false),
      text('hmf', false),
      text('ad', false),
      text('cvd', false),
      text('adcvdCase', false),
    ],
  },
  money: ['value', 'duty', 'mpf', 'hmf', 'ad', 'cvd'],
  describe: (key) => `entry ${key}`,
  key: (r) => r.entryNumber,
};

export const STATEMENT_SHAPE: RecordShape<StatementInput> = {
  schema: statementInputSchema,
  keyColumn: 'statementNumber',
  header: [text('statementNumber'), text('kind'), text('statementDate'), text('dueDate'), text('paidDate', false), text('paidAmount', false)],
  nested: { name: 'entries', columns: [text('entryNumber'), text('preliminary'), text('final', false)] },
  money: ['paidAmount', 'preliminary', 'final'],
  describe: (key) => `statement ${key}`,
  key: (r) => r.statementNumber,
};

export const LIQUIDATION_SHAPE: RecordShape<LiquidationInput> = {
  schema: liquidationInputSchema,
  keyColumn: 'entryNumber',
  header: [
    text('entryNumber'),
    text('kind', false),
    text('date'),
    text('change', false),
    text('amount', false),
    text('liquidatedTotal', false),
    text('extendedTo', false),
    text('reason', false),
  ],
  money: ['amount', 'liquidatedTotal'],
  describe: (key) => `the notice ${key.split('|').slice(0, 3).join(' ')}`,
  key: (r) => [r.entryNumber, r.kind, r.date, r.change ?? '', r.amount ?? '', r.liquidatedTotal ?? '', r.extendedTo ?? ''].join('|'),
};
