import type { DesignationRequest, ExportLine, ImportLine, Objective } from '../../../src-main/engine/designation/designation-types';
import { between, pick, seededRandom } from './seeded-random';

/**
 * Seeded random designation requests with the awkward parts on purpose: several classes (some whose
 * 8-digit description begins with "other"), Schedule B exports, exports before and long after
 * imports, duties drawn from a small pool (ties), zero duties, lines elected for direct
 * identification, and line duties that average to non-terminating per-unit amounts.
 */
export interface RandomOptions {
  imports: number;
  exports: number;
  classes: number;
  /** Dates fall in [2016-01-01, + spanDays]; 5-year windows tangle when the span is longer. */
  spanDays?: number;
  maxQuantity?: number;
  objective?: Objective;
  provision?: DesignationRequest['provision'];
  /** Share of duties drawn from a pool of a few values, to create ties. */
  tieShare?: number;
}

const DAY = 86_400_000;
const dateOf = (day: number) => new Date(Date.UTC(2016, 0, 1) + day * DAY).toISOString().slice(0, 10);
const money = (rand: () => number, max: number) => (Math.floor(rand() * max * 10_000) / 10_000).toFixed(4);

export function randomRequest(seed: number, options: RandomOptions): DesignationRequest {
  const rand = seededRandom(seed);
  const span = options.spanDays ?? 3650;
  const maxQ = options.maxQuantity ?? 50;
  const tieShare = options.tieShare ?? 0.3;
  const pool = Array.from({ length: 4 }, () => money(rand, 40));
  const duty = () => (rand() < 0.05 ? '0.0000' : rand() < tieShare ? pick(rand, pool) : money(rand, 40));
  const classes = Array.from({ length: options.classes }, (_, c) => ({
    base: String(10_000_000 + c * 7919).slice(0, 8),
    other: rand() < 0.25,
    suffixes: ['10', '20', '90'],
  }));
  const imports: ImportLine[] = Array.from({ length: options.imports }, (_, i) => {
    const cls = pick(rand, classes);
    const suffix = pick(rand, cls.suffixes);
    const quantity = between(rand, 1, maxQ);
    const line: ImportLine = {
      id: `I${i}`,
      entry: `E${Math.floor(i / 3)}`,
      line: (i % 3) + 1,
      importDate: dateOf(between(rand, 0, span)),
      hts: `${cls.base}${suffix}`,
      hts8Other: cls.other,
      hts10Other: suffix === '90',
      quantity,
    };
    if (rand() < 0.3) line.lineDuty = (Number(duty()) * quantity + (rand() < 0.5 ? 0.0001 : 0)).toFixed(4);
    else line.dutyPerUnit = duty();
    if (rand() < 0.04) line.election = 'direct-identification';
    return line;
  });
  const exports: ExportLine[] = Array.from({ length: options.exports }, (_, e) => {
    const cls = pick(rand, classes);
    const digits = `${cls.base}${pick(rand, cls.suffixes)}`;
    const line: ExportLine = { id: `X${e}`, exportDate: dateOf(between(rand, 0, span)), quantity: between(rand, 1, maxQ), dutyPerUnitIfImported: duty() };
    if (rand() < 0.15) line.scheduleB = digits;
    else line.hts = digits;
    return line;
  });
  return {
    provision: options.provision ?? 'unused-substitution',
    claimDate: dateOf(span + between(rand, -200, 400)),
    objective: options.objective ?? 'max-refund',
    imports,
    exports,
  };
}
