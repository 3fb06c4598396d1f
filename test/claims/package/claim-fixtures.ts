import type { ChannelInput } from '../../../src-shared/contract';
import { buildClaimPackage, type ClaimPackage } from '../../../src-main/services/claims/claim-package';
import { runMatching, shipment } from '../../helpers/exports';
import { BINS, ENTRIES, SKUS, receipt } from '../../helpers/seed';
import type { TestDesk } from '../../helpers/test-desk';

interface ScenarioOptions {
  sku?: string;
  lots?: string[];
  documents?: ChannelInput<'exports:record-shipment'>['documents'];
}

const NOVEMBER = {
  provision: 'unused-direct-identification',
  claimant: 'Northwind Apparel Inc.',
  periodStart: '2023-11-01',
  periodEnd: '2023-11-30',
  claimDate: '2024-03-04',
} as const;

/**
 * The seed scenario (test/claims/seed-scenario.test.ts): 1,000 T-shirts in four lots of 250 under
 * entry 2023-000123, an export of 400 with a bill of lading, matched and drafted for $1,980.00.
 * `sku` and `lots` rename the T-shirt and its lots (to put awkward codes through the writers);
 * `documents` replaces the bill of lading.
 */
export async function seedScenarioPackage(t: TestDesk, options: ScenarioOptions = {}): Promise<ClaimPackage> {
  const sku = options.sku ?? SKUS.tee;
  if (options.sku)
    t.ok('items:add', { sku, description: "Men's cotton T-shirt M (relabelled)", hts: '6109.10.0012', countryOfOrigin: 'VN', uom: 'EA' }, t.actors.specialist);
  for (const lot of options.lots ?? ['NW-A', 'NW-B', 'NW-C', 'NW-D'])
    t.ok(
      'receiving:create-receipt',
      receipt({ sku, lotCode: lot, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
      t.actors.clerk,
    );
  t.ok(
    'exports:record-shipment',
    shipment({
      lines: [{ lineNumber: 1, sku, quantity: 400 }],
      documents: options.documents ?? [{ kind: 'bill-of-lading', reference: 'MAEU998877', documentDate: '2023-11-06' }],
    }),
    t.actors.specialist,
  );
  await runMatching(t);
  const claim = t.ok('claims:draft', NOVEMBER, t.actors.specialist);
  return buildClaimPackage(t.desk.ctx, claim.number);
}

/** A claim of `count` one-unit lines: one lot of bolts (entry 2023-000187 line 1), one shipment of `count` lines. */
export async function manyLinePackage(t: TestDesk, count: number): Promise<ClaimPackage> {
  t.ok(
    'receiving:create-receipt',
    receipt({
      entryNumber: ENTRIES.b,
      lineNumber: 1,
      sku: SKUS.bolt,
      lotCode: 'BOLT-LOT-1',
      quantity: count,
      locationCode: BINS.cage,
      receivedAt: '2023-08-16T09:00:00Z',
    }),
    t.actors.clerk,
  );
  const lines = Array.from({ length: count }, (_, i) => ({ lineNumber: i + 1, sku: SKUS.bolt, quantity: 1 }));
  t.ok(
    'exports:record-shipment',
    shipment({ reference: 'EXP-BOLTS', lines, documents: [{ kind: 'bill-of-lading', reference: 'OOLU5550001', documentDate: '2023-11-06' }] }),
    t.actors.specialist,
  );
  await runMatching(t);
  const claim = t.ok('claims:draft', NOVEMBER, t.actors.specialist);
  return buildClaimPackage(t.desk.ctx, claim.number);
}
