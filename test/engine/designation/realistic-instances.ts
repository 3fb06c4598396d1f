import type { DesignationRequest, ExportLine, ImportLine } from '../../../src-main/engine/designation/designation-types';
import { seededRandom } from './seeded-random';

/**
 * Seeded instances shaped like a busy desk's year-end claim: many classes of very different sizes
 * (log-normal), import and export dates over eight years, quantities 1..1000, per-unit duties with
 * four decimals around a class's typical rate, a few "other" subheadings, Schedule B exports, zero
 * duties and lines already elected for direct identification.
 */
export interface RealisticOptions {
  imports: number;
  exports: number;
  classes: number;
  /** Spread of class sizes (log-normal sigma); 0 makes every class the same size. */
  sizeSpread?: number;
  seed?: number;
}

const START = Date.UTC(2017, 0, 1);
const SPAN_DAYS = 8 * 365;
const day = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);

export function realisticRequest(options: RealisticOptions): DesignationRequest {
  const rand = seededRandom(options.seed ?? 2024);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const spread = options.sizeSpread ?? 0.8;
  const weights = Array.from({ length: options.classes }, () => Math.exp(spread * gauss()));
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push(sum + w), sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1]!;
  const classOf = () => {
    const x = rand() * totalWeight;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < x) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const classes = weights.map((_, c) => ({ digits: String(3_900_000_000 + c * 104_729).slice(0, 8), other: rand() < 0.1, rate: 0.2 + Math.exp(gauss()) * 2 }));
  const duty = (rate: number) => (rand() < 0.02 ? '0.0000' : (rate * (0.6 + 0.8 * rand())).toFixed(4));
  const imports: ImportLine[] = Array.from({ length: options.imports }, (_, i) => {
    const cls = classes[classOf()]!;
    const suffix = cls.other ? (rand() < 0.5 ? '10' : '20') : '00';
    const line: ImportLine = {
      id: `I${i}`,
      entry: `ENT-${Math.floor(i / 4)}`,
      line: (i % 4) + 1,
      importDate: day(Math.floor(rand() * SPAN_DAYS)),
      hts: `${cls.digits}${suffix}`,
      hts8Other: cls.other,
      hts10Other: false,
      quantity: 1 + Math.floor(rand() * 1000),
      dutyPerUnit: duty(cls.rate),
    };
    if (rand() < 0.01) line.election = 'direct-identification';
    return line;
  });
  const exports: ExportLine[] = Array.from({ length: options.exports }, (_, e) => {
    const cls = classes[classOf()]!;
    const digits = `${cls.digits}${cls.other ? (rand() < 0.5 ? '10' : '20') : '00'}`;
    const line: ExportLine = {
      id: `X${e}`,
      exportDate: day(Math.floor(rand() * SPAN_DAYS)),
      quantity: 1 + Math.floor(rand() * 1000),
      dutyPerUnitIfImported: duty(cls.rate),
    };
    if (!cls.other && rand() < 0.1) line.scheduleB = digits;
    else line.hts = digits;
    return line;
  });
  return { provision: 'unused-substitution', claimDate: '2025-03-31', objective: 'max-refund', imports, exports };
}
