import { addDays, getDay } from 'date-fns';
import type { PostEntryImportKind } from '../../src-shared/domain/post-entry';
import { AppError } from '../../src-shared/errors';
import { formatAmount, parseMoney } from '../../src-shared/money';
import { dateOf, isoDate, type IsoDate } from '../../src-shared/post-entry/calendar-date';
import { entryCheckDigit } from '../../src-shared/post-entry/entry-number';
import type { Desk } from '../composition-root';
import { dailyStatementDue } from '../engine/post-entry/deadlines/daily-statement-due';
import { monthlyStatementDue } from '../engine/post-entry/deadlines/monthly-statement-due';
import { importPostEntryBytes } from '../services/post-entry/import/post-entry-import';
import { deadlineReference } from '../services/post-entry/reference-cache';

/**
 * A year of post-entry traffic for the demo desk, dated back from the desk's today so every screen
 * has something current: pre-entries sent to two brokers, their filings (a classification and a
 * valuation variance, a re-filing, a quantity difference, one within tolerance), X12 350 and CSV
 * status messages (a hold, an exam, a code the list lacks, one naming only its bill), daily and
 * monthly statements (one not yet paid, one entry not yet on a statement), liquidations (an increase
 * whose protest falls due within days, a no-change), and an extension. Imported through the real
 * importers, as files would be.
 */
interface DemoEntry {
  filer: 'HCB' | '316';
  number: string;
  /** days before today the entry was made */
  ago: number;
  payment: 'daily' | 'monthly';
  lines: { po: string; poLine: number; hts: string; origin: string; quantity: number; value: string; rate: string; duty: string; mpf: string; hmf: string }[];
  /** what the broker filed differently, if anything */
  filed?: (line: DemoEntry['lines'][number], n: number) => Partial<DemoEntry['lines'][number]>;
  refiled?: boolean;
  reconciliation?: boolean;
  status: 'release' | 'hold' | 'exam' | 'unknown' | 'none';
  /** not filed yet: pre-entry only */
  preEntryOnly?: boolean;
}

const BROKERS = { HCB: 'Harbor Customs Brokers', '316': 'Pacific Entry Services' } as const;
/** Harbor files at Los Angeles, Pacific at Long Beach (Schedule D), so the broker dashboard's port filter has a choice. */
const PORTS = { HCB: '2704', '316': '2709' } as const;
const tee = (quantity: number, value: string, duty: string, mpf: string, hmf: string, po: string, poLine = 1) => ({
  po,
  poLine,
  hts: '6109.10.0012',
  origin: 'VN',
  quantity,
  value,
  rate: '16.5%',
  duty,
  mpf,
  hmf,
});
const jeans = (po: string, poLine = 2) => ({
  po,
  poLine,
  hts: '6203.42.4011',
  origin: 'BD',
  quantity: 600,
  value: '14400.00',
  rate: '16.6%',
  duty: '2390.40',
  mpf: '49.88',
  hmf: '18.00',
});
const bolts = (po: string) => ({
  po,
  poLine: 1,
  hts: '7318.15.2095',
  origin: 'CN',
  quantity: 20000,
  value: '4200.00',
  rate: '6.2%',
  duty: '260.40',
  mpf: '33.58',
  hmf: '5.25',
});

const ENTRIES: DemoEntry[] = [
  {
    filer: 'HCB',
    number: '0000101',
    ago: 400,
    payment: 'daily',
    lines: [tee(1000, '30120.00', '4969.80', '104.33', '37.65', 'PO-91001'), jeans('PO-91001')],
    status: 'release',
  },
  { filer: 'HCB', number: '0000102', ago: 380, payment: 'monthly', lines: [bolts('PO-91002')], status: 'release' },
  {
    filer: '316',
    number: '0000201',
    ago: 330,
    payment: 'monthly',
    lines: [tee(2400, '70800.00', '11682.00', '245.25', '88.50', 'PO-91003')],
    status: 'release',
  },
  {
    filer: 'HCB',
    number: '0000104',
    ago: 250,
    payment: 'daily',
    lines: [tee(1200, '36144.00', '5963.76', '125.20', '45.18', 'PO-91004'), jeans('PO-91004')],
    status: 'release',
    refiled: true,
    filed: (l, n) => (n === 1 ? { hts: '6109.10.0040', value: '36524.00', duty: '6026.46', mpf: '126.52', hmf: '45.66' } : {}),
  },
  { filer: '316', number: '0000202', ago: 150, payment: 'monthly', lines: [bolts('PO-91005')], status: 'hold' },
  {
    filer: 'HCB',
    number: '0000106',
    ago: 90,
    payment: 'daily',
    lines: [tee(800, '24096.00', '3975.84', '83.47', '30.12', 'PO-91006')],
    status: 'exam',
    filed: () => ({ hmf: '30.124' }),
  },
  { filer: 'HCB', number: '0000107', ago: 40, payment: 'daily', lines: [jeans('PO-91007', 1)], status: 'release', reconciliation: true },
  {
    filer: '316',
    number: '0000203',
    ago: 10,
    payment: 'daily',
    lines: [tee(1000, '30120.00', '4969.80', '104.33', '37.65', 'PO-91008')],
    status: 'unknown',
    filed: () => ({ quantity: 990 }),
  },
  {
    filer: 'HCB',
    number: '0000109',
    ago: 3,
    payment: 'daily',
    lines: [tee(500, '15060.00', '2484.90', '52.17', '18.83', 'PO-91009')],
    status: 'none',
    preEntryOnly: true,
  },
];

const entryNumber = (e: DemoEntry) => `${e.filer}-${e.number}-${entryCheckDigit(e.filer, e.number)}`;
const bill = (e: DemoEntry) => `MAEU7${e.number}`;

export function loadDemoPostEntry(desk: Desk): void {
  const today = isoDate(desk.ctx.clock.now());
  const day = (ago: number, plus = 0): IsoDate => isoDate(addDays(dateOf(today), -ago + plus));
  const { calendar, pmsDates } = deadlineReference();
  // The receiving side knows one of these entries too (its number written without dashes): the same entry.
  const receiving = desk.dispatch(
    'entries:add',
    {
      entryNumber: 'HCB00001069',
      entryType: '01',
      entryDate: day(90),
      importDate: day(90, -2),
      portCode: '2704',
      importer: 'Northwind Apparel Inc.',
      broker: BROKERS.HCB,
      billOfLading: 'MAEU70000106',
      purchaseOrders: ['PO-91006'],
      lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 800, uom: 'EA', enteredValue: '24096.00', duty: '3975.84', mpf: '83.47', hmf: '30.12' }],
    },
    { actor: desk.system },
  );
  if (!receiving.ok) throw new AppError(receiving.error.code, `demo data, entries:add: ${receiving.error.message}`, receiving.error.issues);
  const put = (kind: PostEntryImportKind, file: string, text: string) =>
    importPostEntryBytes(desk.ctx, desk.system, { kind, file: `demo/${file}`, bytes: Buffer.from(text) });

  put(
    'pre-entries',
    'pre-entries.json',
    JSON.stringify(
      ENTRIES.map((e) => ({
        entryNumber: entryNumber(e),
        shipment: `SHP-${e.filer}${e.number}`,
        broker: BROKERS[e.filer],
        importer: 'Northwind Apparel Inc.',
        entryType: '01',
        portCode: PORTS[e.filer],
        billOfLading: bill(e),
        sentOn: day(e.ago, -6),
        lines: e.lines.map((l, i) => ({
          lineNumber: i + 1,
          poNumber: l.po,
          poLine: l.poLine,
          hts: l.hts,
          origin: l.origin,
          quantity: l.quantity,
          unit: 'NO',
          value: l.value,
          dutyRate: l.rate,
          duty: l.duty,
          mpf: l.mpf,
          hmf: l.hmf,
        })),
      })),
    ),
  );

  const filed = ENTRIES.filter((e) => !e.preEntryOnly);
  const summary = (e: DemoEntry, refiling: boolean) => ({
    entryNumber: entryNumber(e),
    entryType: '01',
    summaryDate: day(e.ago, refiling ? 14 : 6),
    entryDate: day(e.ago),
    importDate: day(e.ago, -2),
    portCode: PORTS[e.filer],
    broker: BROKERS[e.filer],
    importer: 'Northwind Apparel Inc.',
    billOfLading: bill(e),
    payment: e.payment,
    reconciliationFlag: e.reconciliation === true,
    lines: e.lines.map((l, i) => {
      const differs = { ...l, ...(e.filed?.(l, i + 1) ?? {}) };
      // the re-filing corrects the classification; the value the broker keyed stays
      const line = refiling ? { ...differs, hts: l.hts } : differs;
      return {
        lineNumber: i + 1,
        hts: line.hts,
        origin: line.origin,
        quantity: line.quantity,
        unit: 'NO',
        value: line.value,
        dutyRate: line.rate,
        duty: line.duty,
        mpf: line.mpf,
        hmf: line.hmf,
      };
    }),
  });
  put('entry-summaries', 'entry-summaries.json', JSON.stringify(filed.map((e) => summary(e, false))));
  put('entry-summaries', 'entry-summaries-refiled.json', JSON.stringify(filed.filter((e) => e.refiled).map((e) => summary(e, true))));

  // Status: the carrier's X12 350 feed for Harbor's entries, Pacific's CSV status list for theirs.
  const x4: string[] = [];
  const csv = ['entry number,disposition code,posted date,posted time,quantity,bill of lading,port'];
  for (const e of ENTRIES) {
    const q = e.lines[0]!.quantity;
    const events: [string, number, string][] = [
      ['11', -2, '0610'],
      ['19', -1, '1420'],
    ];
    if (e.status === 'release' || e.status === 'unknown') events.push(['1C', 0, '0930']);
    if (e.status === 'hold') events.push(['1H', 0, '0815'], ['1I', 2, '1105'], ['1C', 2, '1110']);
    if (e.status === 'exam') events.push(['1A', 0, '0905'], ['1B', 3, '1520']);
    if (e.status === 'unknown') events.push(['2Y', 1, '1600']);
    for (const [code, plus, time] of events) {
      const posted = day(e.ago, plus);
      if (posted > today) continue;
      // a pre-filed entry has no number on the carrier's feed yet: the message names only its bill
      const number = e.preEntryOnly ? '' : entryNumber(e).replace(/-/g, '');
      if (e.filer === 'HCB') x4.push(`X4*${bill(e)}*${q}*${number ? '01' : ''}*${number}*${posted.replace(/-/g, '')}*${time}*${code}**MAEU~`);
      else csv.push(`${entryNumber(e)},${code},${posted},${time},${q},${bill(e)},${PORTS[e.filer]}`);
    }
  }
  put('status', 'carrier-350.edi', x12(x4, today));
  put('status', 'pacific-status.csv', `${csv.join('\n')}\n`);

  // Statements: each entry on the statement its payment falls due on; paid on the due date once it is past.
  const releases = new Map(filed.map((e) => [entryNumber(e), day(e.ago, e.status === 'hold' ? 2 : e.status === 'exam' ? 3 : 0)]));
  const statements = new Map<string, { kind: 'daily' | 'monthly'; due: IsoDate; entries: DemoEntry[] }>();
  for (const e of filed) {
    const release = releases.get(entryNumber(e))!;
    const due = e.payment === 'daily' ? dailyStatementDue(release, calendar).date : monthlyStatementDue(release, pmsDates, calendar).date;
    const statementDate = isoDate(addDays(dateOf(due), e.payment === 'daily' ? 0 : -6));
    if (statementDate > today) continue; // not on a statement yet: its deadline shows instead
    const number = `${e.payment === 'daily' ? '27D' : '27M'}${due.replace(/-/g, '').slice(2)}`;
    const s = statements.get(number) ?? { kind: e.payment, due, entries: [] };
    s.entries.push(e);
    statements.set(number, s);
  }
  const total = (e: DemoEntry) =>
    e.lines.reduce((sum, l, i) => {
      const f = { ...l, ...(e.filed?.(l, i + 1) ?? {}) };
      return sum + parseMoney(f.duty) + parseMoney(f.mpf) + parseMoney(f.hmf);
    }, 0n);
  put(
    'statements',
    'statements.json',
    JSON.stringify(
      [...statements].map(([number, s]) => {
        const paid = s.due < today;
        const amounts = s.entries.map((e) => ({
          entryNumber: entryNumber(e),
          preliminary: formatAmount(total(e)),
          ...(paid ? { final: formatAmount(total(e)) } : {}),
        }));
        const statementDate = isoDate(addDays(dateOf(s.due), s.kind === 'daily' ? 0 : -6));
        return {
          statementNumber: number,
          kind: s.kind,
          statementDate,
          dueDate: s.due,
          ...(paid ? { paidDate: s.due, paidAmount: formatAmount(s.entries.reduce((sum, e) => sum + total(e), 0n)) } : {}),
          entries: amounts,
        };
      }),
    ),
  );

  // CBP posts liquidations on Fridays: the increase whose protest falls due within days, a no-change, an extension.
  const friday = (ago: number) => {
    let d = dateOf(day(ago));
    while (getDay(d) !== 5) d = addDays(d, -1);
    return isoDate(d);
  };
  const [first, second, third] = ENTRIES.map(entryNumber);
  put(
    'liquidations',
    'liquidations.csv',
    [
      'entryNumber,kind,date,change,amount,extendedTo,reason',
      `${first},liquidation,${friday(170)},increase,312.40,,`,
      `${second},liquidation,${friday(60)},no-change,,,`,
      `${third},extension,${day(330, 300)},,,${day(330, 730)},CBP requested information on the value (19 CFR 159.12(a)(1)(i))`,
    ].join('\n'),
  );
}

/** One X12 350 interchange (004010 layout) carrying the demo's X4 segments. */
function x12(x4: string[], today: IsoDate): string {
  const date = today.replace(/-/g, '');
  const segments = [
    `ISA*00*          *00*          *ZZ*CBPSENDER      *ZZ*NORTHWIND      *${date.slice(2)}*0600*U*00401*000000101*0*P*>~`,
    `GS*SO*CBPSENDER*NORTHWIND*${date}*0600*101*X*004010~`,
    'ST*350*0001~',
    'M10*MAEU*O*DK**MAERSK DEMO*601W~',
    `P4*2704*${date}~`,
    ...x4,
    `SE*${x4.length + 4}*0001~`,
    'GE*1*101~',
    'IEA*1*000000101~',
  ];
  return `${segments.join('\n')}\n`;
}
