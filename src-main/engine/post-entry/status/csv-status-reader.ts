import { CsvError, parse } from 'csv-parse/sync';
import { parseIsoDate } from '../../../../src-shared/post-entry/calendar-date';
import { parseEntryNumber } from '../../../../src-shared/post-entry/entry-number';
import { describeDisposition, type DispositionLookup, type StatusMessage, type StatusProblem, type StatusReadResult } from './status-message';

/**
 * A broker's exported status list as CSV, read into the same status messages as an X12 350. The
 * header names the columns (any order, any case; spaces, dots, dashes and underscores ignored):
 * entry number and disposition code are required; posted date, posted time, quantity, bill of
 * lading, entry type, port and FIRMS code are optional.
 */
const COLUMNS = {
  entry: ['entry', 'entrynumber', 'entryno'],
  code: ['dispositioncode', 'disposition', 'code', 'statuscode'],
  date: ['posted', 'posteddate', 'date', 'dispositiondate'],
  time: ['time', 'postedtime'],
  quantity: ['quantity', 'qty', 'quantityreleased'],
  bill: ['bill', 'billoflading', 'bol', 'bl', 'awb'],
  entryType: ['entrytype', 'type'],
  port: ['port', 'portcode'],
  firms: ['firms', 'firmscode'],
} as const;
type Column = keyof typeof COLUMNS;
const NAMES: Record<Column, string> = {
  entry: 'entry number',
  code: 'disposition code',
  date: 'posted date',
  time: 'posted time',
  quantity: 'quantity',
  bill: 'bill of lading',
  entryType: 'entry type',
  port: 'port',
  firms: 'FIRMS code',
};
const squash = (header: string) => header.toLowerCase().replace(/[\s._/-]+/g, '');

/** "2025-03-14", "03/14/2025" (as US brokers write it) or "20250314" -> ISO date. */
function readDate(text: string): string | undefined {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us
    ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`
    : /^\d{8}$/.test(text)
      ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`
      : text;
  return parseIsoDate(iso) ? iso : undefined;
}

export function readCsvStatus(text: string, codes: DispositionLookup): StatusReadResult {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof rows;
  } catch (cause) {
    const line = cause instanceof CsvError && typeof cause.lines === 'number' ? cause.lines : 1;
    return {
      messages: [],
      problems: [
        {
          severity: 'error',
          where: `line ${line}`,
          line,
          message: `the CSV cannot be read there (${cause instanceof Error ? cause.message : String(cause)}); check the quotes on that line`,
        },
      ],
    };
  }
  const [header, ...body] = rows;
  if (!header)
    return {
      messages: [],
      problems: [{ severity: 'error', where: 'line 1', line: 1, message: 'the file is empty; a status list starts with a header line naming its columns' }],
    };
  const index = new Map<Column, number>();
  header.record.forEach((name, i) => {
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(squash(name)));
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = (['entry', 'code'] as const).filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      messages: [],
      problems: [
        {
          severity: 'error',
          where: 'line 1 (the header)',
          line: 1,
          message: `the header has no ${missing.map((c) => NAMES[c]).join(' or ')} column (it has: ${header.record.join(', ')}); name the columns, e.g. "entry number,disposition code,posted date,quantity"`,
        },
      ],
    };
  }
  const problems: StatusProblem[] = [];
  const messages: StatusMessage[] = [];
  for (const { record, info } of body) {
    if (record.every((v) => v === ''))
      problems.push({ severity: 'warning', where: `line ${info.lines}`, line: info.lines, message: 'the row has only empty cells; it is skipped' });
    else messages.push(rowMessage(info.lines, (c) => (index.has(c) ? (record[index.get(c)!] ?? '') : ''), codes));
  }
  return { messages, problems };
}

function rowMessage(line: number, cell: (c: Column) => string, codes: DispositionLookup): StatusMessage {
  const message: StatusMessage = { source: { kind: 'csv', line }, dispositionCode: cell('code').toUpperCase(), unknownCode: false, problems: [] };
  const problem = (severity: StatusProblem['severity'], column: Column, text: string) =>
    message.problems.push({ severity, where: `line ${line}, column ${NAMES[column]}`, line, field: NAMES[column], message: text });
  const entry = cell('entry');
  const number = parseEntryNumber(entry);
  if (number.ok) message.entryNumber = number.value.display;
  else {
    if (entry) message.entryAsSent = entry;
    problem('error', 'entry', number.problem);
  }
  if (message.dispositionCode === '') problem('error', 'code', 'the disposition code is empty, so the row says nothing about the cargo');
  else if (!/^[0-9A-Z]{2,3}$/.test(message.dispositionCode))
    problem('error', 'code', `"${message.dispositionCode}" is not a disposition code (2 or 3 letters or digits, e.g. 1C)`);
  else describeDisposition(message, codes, { where: `line ${line}, column ${NAMES.code}`, line, field: NAMES.code });
  const date = cell('date');
  if (date) {
    const iso = readDate(date.split(/[ T]/)[0]!);
    const time = cell('time') || date.split(/[ T]/)[1] || '';
    if (iso) message.postedDate = iso;
    else problem('error', 'date', `"${date}" is not a date; write YYYY-MM-DD, MM/DD/YYYY or CCYYMMDD`);
    if (time) {
      const hhmm = /^([01]?\d|2[0-3]):?([0-5]\d)(:?[0-5]\d)?$/.exec(time);
      if (hhmm) message.postedTime = `${hhmm[1]!.padStart(2, '0')}:${hhmm[2]}`;
      else problem('error', 'time', `"${time}" is not a time; write HH:MM`);
    }
    if (message.postedDate) message.postedAt = message.postedTime ? `${message.postedDate}T${message.postedTime}` : message.postedDate;
  } else problem('warning', 'date', 'no posted date: the status cannot be placed in time');
  const quantity = cell('quantity').replace(/,/g, '');
  if (quantity) {
    if (/^\d{1,15}(\.\d+)?$/.test(quantity)) message.quantity = Number(quantity);
    else problem('error', 'quantity', `"${cell('quantity')}" is not a quantity`);
  }
  for (const [column, key] of [
    ['bill', 'billOfLading'],
    ['entryType', 'entryType'],
    ['port', 'port'],
    ['firms', 'firms'],
  ] as const) {
    if (cell(column)) message[key] = cell(column);
  }
  return message;
}
