import type { ChannelInput } from '../../src-shared/contract';
import type { TestDesk } from './test-desk';
import { SKUS } from './seed';

/** A confirmed export shipment request with sensible defaults: T-shirts to Canada, no documents. */
export function shipment(overrides: Partial<ChannelInput<'exports:record-shipment'>> = {}): ChannelInput<'exports:record-shipment'> {
  return {
    reference: 'EXP-0001',
    exportDate: '2023-11-06',
    destinationCountry: 'CA',
    exporter: 'Northwind Apparel Inc.',
    declarationReference: 'X20231106000001',
    lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }],
    ...overrides,
  };
}

/** Runs matching the way the desk does (worker thread) and waits for it to end. */
export async function runMatching(t: TestDesk, input: ChannelInput<'matching:start'> = {}) {
  const started = t.ok('matching:start', input, t.actors.specialist);
  const ended = await t.desk.matching.wait(started.runId);
  if (ended.state !== 'done') throw new Error(`matching ended ${ended.state}: ${ended.message}`);
  return ended.summary!;
}
