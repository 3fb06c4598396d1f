import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryCheckDigit } from '../src-shared/post-entry/entry-number';

/**
 * A year (2025) of a large importer's post-entry traffic as files: pre-entries and broker filings for
 * `entries` entries (12 monthly files each; filings half JSON, half CSV; about 3% of filings differ
 * from the pre-entry, 2% are re-filed the month after), `messages` status messages (even entries
 * through weekly X12 350 files, odd ones through monthly CSV status lists; holds, exams and a few
 * unknown codes among them), 12 periodic monthly statements, and the liquidations of the first two
 * months' entries. Deterministic: the same scale gives the same files.
 */
export interface TrafficFiles {
  preEntries: string[];
  summaries: string[];
  status: string[];
  statements: string[];
  liquidations: string[];
  /** how many status messages were written */
  messages: number;
}

const BROKERS = [
  { filer: 'B76', name: 'Harbor Customs Brokers' },
  { filer: '316', name: 'Pacific Entry Services' },
  { filer: 'EAB', name: 'East Atlantic Brokerage' },
  { filer: 'K2Z', name: 'Keystone Customs' },
  { filer: '9RX', name: 'Riverside Trade Services' },
];
const LINES = [
  { hts: '6109.10.0012', origin: 'VN', unit: 'NO', rate: 165, rateText: '16.5%' },
  { hts: '6203.42.4011', origin: 'BD', unit: 'NO', rate: 166, rateText: '16.6%' },
  { hts: '7318.15.2095', origin: 'CN', unit: 'NO', rate: 62, rateText: '6.2%' },
  { hts: '8536.69.4040', origin: 'MX', unit: 'NO', rate: 27, rateText: '2.7%' },
];
const INFO = ['11', '12', '13', '14', '15', '16', '19', '94'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
/** Cents as a decimal string. */
const dollars = (cents: number) => `${Math.floor(cents / 100)}.${pad(cents % 100, 2)}`;

interface Entry {
  index: number;
  number: string;
  compact: string;
  broker: (typeof BROKERS)[number];
  dayOfYear: number;
  lines: { n: number; hts: string; origin: string; unit: string; quantity: number; value: number; rateText: string; duty: number; mpf: number; hmf: number }[];
}

function entryOf(index: number, count: number): Entry {
  const broker = BROKERS[index % BROKERS.length]!;
  const number = pad(index + 1, 7);
  const check = entryCheckDigit(broker.filer, number);
  const lines = Array.from({ length: 1 + (index % 4) }, (_, i) => {
    const kind = LINES[(index + i) % LINES.length]!;
    const quantity = 100 + ((index * 7 + i * 13) % 900);
    const value = quantity * (1500 + ((index + i) % 50) * 10); // cents
    return {
      n: i + 1,
      hts: kind.hts,
      origin: kind.origin,
      unit: kind.unit,
      quantity,
      value,
      rateText: kind.rateText,
      duty: Math.round((value * kind.rate) / 1000),
      mpf: Math.round(value * 0.003464),
      hmf: Math.round(value * 0.00125),
    };
  });
  return {
    index,
    number: `${broker.filer}-${number}-${check}`,
    compact: `${broker.filer}${number}${check}`,
    broker,
    dayOfYear: 3 + Math.floor((index * 355) / count),
    lines,
  };
}

const total = (e: Entry) => e.lines.reduce((sum, l) => sum + l.duty + l.mpf + l.hmf, 0);
const monthOf = (e: Entry) => Number(day(e.dayOfYear).slice(5, 7));

export function writeTraffic(dir: string, entries: number, messages: number): TrafficFiles {
  const all = Array.from({ length: entries }, (_, i) => entryOf(i, entries));
  const months = Array.from({ length: 12 }, (_, m) => all.filter((e) => monthOf(e) === m + 1));
  const files: TrafficFiles = { preEntries: [], summaries: [], status: [], statements: [], liquidations: [], messages: 0 };

  months.forEach((list, m) => {
    const name = (kind: string, ext: string) => join(dir, `${kind}-2025-${pad(m + 1, 2)}.${ext}`);
    const pre = list.map((e) => ({
      entryNumber: e.number,
      shipment: `SHP-${e.compact}`,
      broker: e.broker.name,
      importer: 'Northwind Apparel Inc.',
      entryType: '01',
      portCode: '2704',
      billOfLading: `MAEU${pad(e.index, 9)}`,
      sentOn: day(e.dayOfYear - 4),
      lines: e.lines.map((l) => ({
        lineNumber: l.n,
        poNumber: `PO-${pad(Math.floor(e.index / 3), 6)}`,
        poLine: l.n + (e.index % 3) * 4,
        hts: l.hts,
        origin: l.origin,
        quantity: l.quantity,
        unit: l.unit,
        value: dollars(l.value),
        dutyRate: l.rateText,
        duty: dollars(l.duty),
        mpf: dollars(l.mpf),
        hmf: dollars(l.hmf),
      })),
    }));
    files.preEntries.push(write(name('pre-entries', 'json'), JSON.stringify(pre)));
    // 3% of filings differ: a value keyed wrong (a valuation alert) or another statistical suffix (a classification alert)
    const filed = (e: Entry, refiled: boolean) =>
      e.lines.map((l) => {
        const wrong = !refiled && e.index % 33 === 0 && l.n === 1;
        return { ...l, value: wrong && e.index % 2 === 0 ? l.value + 5000 : l.value, hts: wrong && e.index % 2 === 1 ? `${l.hts.slice(0, 10)}99` : l.hts };
      });
    const summaryDate = (e: Entry) => day(e.dayOfYear + 5);
    if (m % 2 === 0) {
      const json = list.map((e) => ({
        entryNumber: e.number,
        entryType: '01',
        summaryDate: summaryDate(e),
        entryDate: day(e.dayOfYear),
        importDate: day(e.dayOfYear - 2),
        portCode: '2704',
        broker: e.broker.name,
        importer: 'Northwind Apparel Inc.',
        billOfLading: `MAEU${pad(e.index, 9)}`,
        payment: 'monthly',
        lines: filed(e, false).map((l) => ({
          lineNumber: l.n,
          hts: l.hts,
          origin: l.origin,
          quantity: l.quantity,
          unit: l.unit,
          value: dollars(l.value),
          dutyRate: l.rateText,
          duty: dollars(l.duty),
          mpf: dollars(l.mpf),
          hmf: dollars(l.hmf),
        })),
      }));
      files.summaries.push(write(name('entry-summaries', 'json'), JSON.stringify(json)));
    } else {
      const rows = [
        'entryNumber,entryType,summaryDate,entryDate,importDate,portCode,broker,importer,billOfLading,payment,lineNumber,hts,origin,quantity,unit,value,dutyRate,duty,mpf,hmf',
      ];
      for (const e of list) {
        for (const l of filed(e, false))
          rows.push(
            `${e.number},01,${summaryDate(e)},${day(e.dayOfYear)},${day(e.dayOfYear - 2)},2704,${e.broker.name},Northwind Apparel Inc.,MAEU${pad(e.index, 9)},monthly,${l.n},${l.hts},${l.origin},${l.quantity},${l.unit},${dollars(l.value)},${l.rateText},${dollars(l.duty)},${dollars(l.mpf)},${dollars(l.hmf)}`,
          );
      }
      files.summaries.push(write(name('entry-summaries', 'csv'), `${rows.join('\n')}\n`));
    }
    // Re-filings of 2% of the month's entries, corrected, in a file of their own.
    const refiled = list
      .filter((e) => e.index % 50 === 0)
      .map((e) => ({
        entryNumber: e.number,
        entryType: '01',
        summaryDate: day(e.dayOfYear + 20),
        entryDate: day(e.dayOfYear),
        importDate: day(e.dayOfYear - 2),
        portCode: '2704',
        broker: e.broker.name,
        importer: 'Northwind Apparel Inc.',
        billOfLading: `MAEU${pad(e.index, 9)}`,
        payment: 'monthly',
        lines: filed(e, true).map((l) => ({
          lineNumber: l.n,
          hts: l.hts,
          origin: l.origin,
          quantity: l.quantity,
          unit: l.unit,
          value: dollars(l.value),
          dutyRate: l.rateText,
          duty: dollars(l.duty),
          mpf: dollars(l.mpf),
          hmf: dollars(l.hmf),
        })),
      }));
    if (refiled.length > 0) files.summaries.push(write(name('entry-summaries-refiled', 'json'), JSON.stringify(refiled)));
    // The month's periodic monthly statement, paid on the 15th working day of the next month (a few entries differ).
    const statementMonth = m + 2 > 12 ? '2026-01' : `2025-${pad(m + 2, 2)}`;
    const entriesOn = list.map((e) => ({ entryNumber: e.number, preliminary: dollars(total(e)), final: dollars(total(e) + (e.index % 97 === 0 ? 100 : 0)) }));
    const paid = list.reduce((sum, e) => sum + total(e) + (e.index % 97 === 0 ? 100 : 0), 0);
    files.statements.push(
      write(
        name('statement', 'json'),
        JSON.stringify([
          {
            statementNumber: `27M${statementMonth.replace('-', '')}01`,
            kind: 'monthly',
            statementDate: `${statementMonth}-12`,
            dueDate: `${statementMonth}-21`,
            paidDate: `${statementMonth}-21`,
            paidAmount: dollars(paid),
            entries: entriesOn,
          },
        ]),
      ),
    );
  });

  // Status messages: about messages / entries per entry (arrival advisories, then a release; some exams and holds).
  const perEntry = Math.max(1, Math.round(messages / entries));
  const weeks = new Map<number, string[]>();
  const csvMonths = new Map<number, string[]>();
  for (const e of all) {
    const codes = INFO.slice(0, Math.max(0, perEntry - 2));
    if (e.index % 20 === 0) codes.push('1A', '1B');
    else if (e.index % 33 === 1) codes.push('1H', '1I');
    else codes.push('1C', '1J');
    if (e.index % 9973 === 5) codes[0] = '2Y'; // a code the list lacks: kept and flagged
    codes.length = Math.min(codes.length, perEntry);
    codes.forEach((code, k) => {
      const posted = day(e.dayOfYear - 3 + Math.floor(k / 3));
      const time = `${pad(8 + k, 2)}${pad((e.index * 7) % 60, 2)}`;
      files.messages++;
      if (e.index % 2 === 0) {
        const week = Math.floor(e.dayOfYear / 7);
        let list = weeks.get(week);
        if (!list) weeks.set(week, (list = []));
        list.push(`X4*MAEU${pad(e.index, 9)}*${e.lines[0]!.quantity}*01*${e.compact}*${posted.replace(/-/g, '')}*${time}*${code}**MAEU~`);
      } else {
        const month = monthOf(e);
        let list = csvMonths.get(month);
        if (!list) csvMonths.set(month, (list = ['entry number,disposition code,posted date,posted time,quantity,bill of lading,port']));
        list.push(`${e.number},${code},${posted},${time},${e.lines[0]!.quantity},MAEU${pad(e.index, 9)},2704`);
      }
    });
  }
  for (const [week, x4] of weeks) files.status.push(write(join(dir, `status-2025-w${pad(week, 2)}.edi`), x12(x4, week)));
  for (const [month, rows] of csvMonths) files.status.push(write(join(dir, `status-2025-${pad(month, 2)}.csv`), `${rows.join('\n')}\n`));

  // Liquidations of the first two months' entries, about 314 days after entry; one in 40 with an increase.
  const liquidations = ['entryNumber,kind,date,change,amount'];
  for (const e of [...months[0]!, ...months[1]!])
    liquidations.push(`${e.number},liquidation,${day(e.dayOfYear + 314)},${e.index % 40 === 0 ? 'increase,25.00' : 'no-change,'}`);
  files.liquidations.push(write(join(dir, 'liquidations-2025.csv'), `${liquidations.join('\n')}\n`));
  return files;
}

/** An X12 350 interchange (004010 layout): transactions of up to 500 X4 segments under one P4 each. */
function x12(x4: string[], control: number): string {
  const isa = `ISA*00*          *00*          *ZZ*CBPSENDER      *ZZ*NORTHWIND      *251231*1200*U*00401*${pad(control, 9)}*0*P*>~`;
  const out = [isa, `GS*SO*CBPSENDER*NORTHWIND*20251231*1200*${control}*X*004010~`];
  let transactions = 0;
  for (let i = 0; i < x4.length; i += 500) {
    const chunk = x4.slice(i, i + 500);
    const st = pad(++transactions, 4);
    out.push(`ST*350*${st}~`, 'M10*MAEU*O*DK**MAERSK EXAMPLE*512W~', 'P4*2704*20250101~', ...chunk, `SE*${chunk.length + 4}*${st}~`);
  }
  out.push(`GE*${transactions}*${control}~`, `IEA*1*${pad(control, 9)}~`);
  return `${out.join('\n')}\n`;
}

function write(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

/**
 * `tsx bench/post-entry-files.ts DIR ENTRIES MESSAGES`: writes the traffic and prints its TrafficFiles
 * as JSON. The benchmark runs it as a child process, so the half a gigabyte of strings the generator
 * leaves behind is not on the heap of the desk being measured (the real desk never holds it).
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, entries, messages] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(writeTraffic(dir!, Number(entries), Number(messages))));
}
