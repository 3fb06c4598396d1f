import { closeSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Desk } from '../composition-root';
import type { ChannelInput, SyncChannel } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { loadDemoPostEntry } from './demo-post-entry';

/** Demo sign-ins, printed by `drawback-desk demo` and in the README. Demo ledgers only. */
export const DEMO_USERS = [
  { username: 'clerk', displayName: 'Dana Receiving', role: 'clerk', password: 'clerk-demo-1' },
  { username: 'specialist', displayName: 'Sam Drawback', role: 'specialist', password: 'specialist-demo-1' },
  { username: 'supervisor', displayName: 'Pat Supervisor', role: 'supervisor', password: 'supervisor-demo-1' },
  { username: 'admin', displayName: 'Alex Admin', role: 'admin', password: 'admin-demo-1' },
] as const;

export const DEMO_ENTRY = '2023-000123';
export const DEMO_EXPORT = 'EXP-2023-1106';

/**
 * Fills a ledger with a small, believable desk: users, bins (two segregated drawback cages), items,
 * three import entries, and the seed scenario — 1,000 T-shirts received under entry 2023-000123
 * with $5,000.00 duty paid, labelled lot by lot into the drawback cage, and the export of 400 of them
 * six months later (its bill of lading still missing).
 */
export function loadDemoData(desk: Desk, options: { withReceipts?: boolean } = {}): void {
  const call = <C extends SyncChannel>(channel: C, input: ChannelInput<C>) => {
    const result = desk.dispatch(channel, input, { actor: desk.system });
    if (!result.ok) throw new AppError(result.error.code, `demo data, ${channel}: ${result.error.message}`, result.error.issues);
    return result.value;
  };
  for (const user of DEMO_USERS) call('users:add', user);
  call('locations:add', { code: 'RCV-DOCK', description: 'Receiving dock staging', drawbackSegregated: false });
  call('locations:add', { code: 'A-01-01', description: 'Aisle A, bay 1, level 1', drawbackSegregated: false });
  call('locations:add', { code: 'A-01-02', description: 'Aisle A, bay 1, level 2', drawbackSegregated: false });
  call('locations:add', { code: 'DB-CAGE-1', description: 'Drawback cage 1 (segregated)', drawbackSegregated: true });
  call('locations:add', { code: 'DB-CAGE-2', description: 'Drawback cage 2 (segregated)', drawbackSegregated: true });
  call('items:add', {
    sku: 'TSHIRT-COT-M',
    description: "Men's cotton knit T-shirt, size M",
    hts: '6109.10.0012',
    countryOfOrigin: 'VN',
    uom: 'EA',
    gtin: '00614141000012',
  });
  call('items:add', {
    sku: 'JEANS-DNM-32',
    description: 'Denim trousers, waist 32',
    hts: '6203.42.4011',
    countryOfOrigin: 'BD',
    uom: 'EA',
    gtin: '00614141000029',
  });
  call('items:add', { sku: 'BOLT-M8-ZN', description: 'Steel bolt M8, zinc plated', hts: '7318.15.2095', countryOfOrigin: 'CN', uom: 'EA' });
  call('items:add', {
    sku: 'PACK-TAPE',
    description: 'Packing tape (domestic, duty-free)',
    hts: '3919.10.2020',
    countryOfOrigin: 'US',
    uom: 'EA',
    drawbackEligible: false,
  });
  // what the HTSUS says of the subheadings above, for substitution claims (19 CFR 190.2): T-shirts "Of
  // cotton" (the 8 digits decide), denim trousers under "Other" (the 10 digits must match too)
  call('reference:set-hts-fact', { hts: '6109.10.00', description: 'Of cotton', source: 'HTSUS (demo data)' });
  call('reference:set-hts-fact', { hts: '6203.42.40', description: 'Other', source: 'HTSUS (demo data)' });
  const entry = {
    entryType: '01',
    portCode: '2704',
    importer: 'Northwind Apparel Inc.',
    broker: 'Harbor Customs Brokers',
  } as const;
  call('entries:add', {
    ...entry,
    entryNumber: DEMO_ENTRY,
    entryDate: '2023-05-02',
    importDate: '2023-05-01',
    billOfLading: 'MAEU123456789',
    containers: ['MSKU1234565'],
    purchaseOrders: ['PO-88121'],
    lines: [
      { lineNumber: 1, hts: '6109.10.0012', quantity: 1000, uom: 'EA', enteredValue: '30120.00', duty: '5000.00', mpf: '104.22', hmf: '37.65' },
      { lineNumber: 2, hts: '6203.42.4011', quantity: 600, uom: 'EA', enteredValue: '14400.00', duty: '2419.20', mpf: '49.83', hmf: '18.00' },
    ],
  });
  call('entries:add', {
    ...entry,
    entryNumber: '2023-000187',
    entryDate: '2023-08-15',
    importDate: '2023-08-14',
    billOfLading: 'ONEY998877665',
    containers: [],
    purchaseOrders: ['PO-88310'],
    lines: [{ lineNumber: 1, hts: '7318.15.2095', quantity: 20000, uom: 'EA', enteredValue: '4200.00', duty: '260.40', mpf: '31.67', hmf: '5.25' }],
  });
  call('entries:add', {
    ...entry,
    entryNumber: '2024-000042',
    entryDate: '2024-02-20',
    importDate: '2024-02-19',
    purchaseOrders: ['PO-90002'],
    reconciliationFlag: true,
    lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 2400, uom: 'EA', enteredValue: '70800.00', duty: '11800.80', mpf: '245.00', hmf: '88.50' }],
  });
  // Labels: GS1's own example company prefix, and a label "printer" that is a file next to the
  // ledger (ZPL appended label after label), so a demo desk prints without hardware.
  const labels = join(dirname(desk.ledger.path), 'demo-labels.zpl');
  closeSync(openSync(labels, 'a'));
  call('settings:set', { key: 'gs1.company-prefix', value: '0614141' });
  call('settings:set', { key: 'labels.printer', value: `file:${labels}` });
  // A year of post-entry traffic (pre-entries, filings, status, statements, liquidations) up to today.
  loadDemoPostEntry(desk);
  if (options.withReceipts === false) return;
  // The seed scenario: 1,000 units in four labelled lots of 250, all into the segregated cage.
  for (const [i, lot] of ['NW-2305-A', 'NW-2305-B', 'NW-2305-C', 'NW-2305-D'].entries()) {
    call('receiving:create-receipt', {
      entryNumber: DEMO_ENTRY,
      lineNumber: 1,
      sku: 'TSHIRT-COT-M',
      lotCode: lot,
      quantity: 250,
      uom: 'EA',
      locationCode: 'DB-CAGE-1',
      reference: `DEMO-RCPT-${i + 1}`,
      receivedAt: '2023-05-04T14:00:00.000Z',
    });
  }
  call('receiving:create-receipt', {
    entryNumber: '2023-000187',
    lineNumber: 1,
    sku: 'BOLT-M8-ZN',
    lotCode: 'BLT-0814',
    quantity: 20000,
    uom: 'EA',
    locationCode: 'A-01-02',
    reference: 'DEMO-RCPT-5',
    receivedAt: '2023-08-16T09:30:00.000Z',
  });
  // Six months later 400 T-shirts leave for Canada; the bill of lading has not come back from the
  // forwarder yet, so a claim drafted for November 2023 ($1,980.00) holds an exception until it does.
  // Recording the shipment starts a matching run (in a worker; callers that close the desk wait for it).
  call('exports:record-shipment', {
    reference: DEMO_EXPORT,
    exportDate: '2023-11-06',
    destinationCountry: 'CA',
    exporter: 'Northwind Apparel Inc.',
    declarationReference: 'X20231106448812',
    carrier: 'Maersk Line',
    lines: [{ lineNumber: 1, sku: 'TSHIRT-COT-M', quantity: 400 }],
    documents: [{ kind: 'commercial-invoice', reference: 'INV-23-11-0412', documentDate: '2023-11-03' }],
  });
  call('exports:record-shipment', {
    reference: 'EXP-2023-1212',
    exportDate: '2023-12-12',
    destinationCountry: 'MX',
    exporter: 'Northwind Apparel Inc.',
    declarationReference: 'X20231212550117',
    carrier: 'ONE',
    lines: [{ lineNumber: 1, sku: 'BOLT-M8-ZN', quantity: 5000 }],
    documents: [{ kind: 'bill-of-lading', reference: 'ONEY5544332211', documentDate: '2023-12-12' }],
  });
}
