import { formatAmount, parseMoney } from '../../../src-shared/money';
import type { EntryInput } from '../../../src-shared/schemas/ledger-inputs';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { getEntry } from '../../ledger/repos/entries-repo';
import { firstDifference } from './import-run';

const HEADER_FIELDS = [
  'entryType',
  'entryDate',
  'importDate',
  'portCode',
  'importer',
  'broker',
  'billOfLading',
  'containers',
  'purchaseOrders',
  'reconciliationFlag',
] as const;
const LINE_FIELDS = [
  'hts',
  'quantity',
  'uom',
  'enteredValue',
  'duty',
  'antidumpingDuty',
  'countervailingDuty',
  'exciseTax',
  'mpf',
  'hmf',
  'otherFees',
] as const;

/**
 * What differs between the stored entry and the file's, in words, for the refusal message.
 * `sameEntry` (entries-repo) decides whether they differ; this only explains where.
 */
export function describeEntryDifference(db: Sqlite, input: EntryInput): string {
  const stored = getEntry(db, input.entryNumber);
  if (!stored) return 'content differs';
  const header = firstDifference({ ...stored }, { ...input, billOfLading: input.billOfLading ?? null }, HEADER_FIELDS);
  if (header) return header;
  if (stored.lines.length !== input.lines.length) return `the ledger has ${stored.lines.length} lines but the file ${input.lines.length}`;
  for (const line of input.lines) {
    const storedLine = stored.lines.find((l) => l.lineNumber === line.lineNumber);
    if (!storedLine) return `the ledger has no line ${line.lineNumber}`;
    const money = (text: string) => formatAmount(parseMoney(text));
    const incoming = {
      ...line,
      enteredValue: money(line.enteredValue),
      duty: money(line.duty),
      antidumpingDuty: money(line.antidumpingDuty),
      countervailingDuty: money(line.countervailingDuty),
      exciseTax: money(line.exciseTax),
      mpf: money(line.mpf),
      hmf: money(line.hmf),
      otherFees: money(line.otherFees),
    };
    const difference = firstDifference({ ...storedLine }, incoming, LINE_FIELDS);
    if (difference) return `line ${line.lineNumber}: ${difference}`;
  }
  return 'content differs';
}
