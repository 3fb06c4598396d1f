import { parseIsoDate } from '../../../../src-shared/post-entry/calendar-date';
import { parseEntryNumber } from '../../../../src-shared/post-entry/entry-number';
import { describeDisposition, x12Where, type DispositionLookup, type StatusMessage, type StatusProblem } from './status-message';

/** Element values of one segment, 1-based as X12 numbers them (X401 = values[1]). */
export type ElementValues = (index: number) => string;

/**
 * One X4 "Customs Release Information" segment -> one status message (X12 element definitions of
 * X4, post-entry-facts §3): X401 bill of lading, X402 quantity released, X403/X404 entry type and
 * CBP entry number, X405/X406 date and time the disposition was posted, X407 disposition code,
 * X408/X410 house bill, X409 SCAC, X413 port, X414 FIRMS code.
 */
export function x4Message(
  value: ElementValues,
  at: { segment: number; line?: number; transaction?: string; port?: string },
  codes: DispositionLookup,
): StatusMessage {
  const message: StatusMessage = {
    source: {
      kind: 'x12-350',
      segment: at.segment,
      ...(at.line === undefined ? {} : { line: at.line }),
      ...(at.transaction ? { transaction: at.transaction } : {}),
    },
    dispositionCode: value(7).trim().toUpperCase(),
    unknownCode: false,
    problems: [],
  };
  const problem = (severity: StatusProblem['severity'], element: string, text: string) =>
    message.problems.push({
      severity,
      where: x12Where(at.segment, 'X4', at.line, element),
      segment: at.segment,
      tag: 'X4',
      ...(at.line === undefined ? {} : { line: at.line }),
      field: element,
      message: text,
    });
  const set = <K extends keyof StatusMessage>(key: K, v: StatusMessage[K] | '') => {
    if (v !== '' && v !== undefined) message[key] = v as StatusMessage[K];
  };

  set('billOfLading', value(1).trim());
  if (!message.billOfLading)
    problem('error', 'X401', 'the bill of lading number (X401) is empty; the standard requires it, so the status cannot be tied to a bill');

  const quantity = value(2).trim();
  if (quantity !== '') {
    if (/^-?\d{1,15}(\.\d+)?$/.test(quantity)) message.quantity = Number(quantity);
    else problem('error', 'X402', `the quantity released (X402) "${quantity}" is not a number`);
  }

  const entryType = value(3).trim();
  const entry = value(4).trim();
  set('entryType', entryType);
  if (entryType && !/^\d{2}$/.test(entryType)) problem('warning', 'X403', `the entry type (X403) "${entryType}" is not a 2-digit entry type code such as 01`);
  if ((entryType === '') !== (entry === ''))
    problem(
      'warning',
      'X403',
      `the entry type (X403) and entry number (X404) go together (X12 rule P0304), but only the ${entryType ? 'type' : 'number'} is given`,
    );
  if (entry) {
    const number = parseEntryNumber(entry);
    if (number.ok) message.entryNumber = number.value.display;
    else {
      message.entryAsSent = entry;
      problem('error', 'X404', `the entry number (X404): ${number.problem}`);
    }
  }

  const date = value(5).trim();
  const iso = /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : '';
  if (iso && parseIsoDate(iso)) message.postedDate = iso;
  else
    problem(
      'error',
      'X405',
      date ? `the date posted (X405) "${date}" is not a date written CCYYMMDD` : 'the date posted (X405) is empty; the standard requires it',
    );
  const time = value(6).trim();
  if (time) {
    if (/^([01]\d|2[0-3])[0-5]\d(\d{2}(\d{1,2})?)?$/.test(time)) message.postedTime = `${time.slice(0, 2)}:${time.slice(2, 4)}`;
    else problem('error', 'X406', `the time (X406) "${time}" is not a time written HHMM (up to HHMMSSDD)`);
  }
  if (message.postedDate) message.postedAt = message.postedTime ? `${message.postedDate}T${message.postedTime}` : message.postedDate;

  if (message.dispositionCode === '')
    problem('error', 'X407', 'the disposition code (X407) is empty; the standard requires it, so this X4 says nothing about the cargo');
  else if (!/^[0-9A-Z]{2,3}$/.test(message.dispositionCode))
    problem('error', 'X407', `the disposition code (X407) "${message.dispositionCode}" is not 2 or 3 letters or digits`);
  else
    describeDisposition(message, codes, {
      where: x12Where(at.segment, 'X4', at.line, 'X407'),
      segment: at.segment,
      tag: 'X4',
      ...(at.line === undefined ? {} : { line: at.line }),
      field: 'X407',
    });

  const house = value(8).trim();
  const houseScac = value(10).trim();
  set('houseBill', house);
  if ((house === '') !== (houseScac === ''))
    problem('warning', 'X408', 'the house bill number (X408) and its SCAC (X410) go together (X12 rule P0810), but only one is given');
  set('scac', value(9).trim());
  if (!message.scac) problem('warning', 'X409', 'the SCAC of the bill issuer (X409) is empty; the standard requires it');
  set('port', value(13).trim() || at.port || '');
  set('firms', value(14).trim());
  return message;
}
