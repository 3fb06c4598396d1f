import type { DrawSink, WithdrawalRecord } from './types';

/**
 * Collects the draws in flat typed arrays (no object per draw or per withdrawal; the arrays double as
 * they fill), so a million withdrawals cost a few buffers and almost no garbage collection.
 * Units drawn for export are also summed per receipt, which gives the claim total with one exact
 * multiplication per receipt instead of one per draw.
 */
export class DrawLedger implements DrawSink {
  /** Receipt position (date order) and units of each draw. */
  drawReceipt = new Int32Array(1024);
  drawQuantity = new Float64Array(1024);
  drawCount = 0;
  /** Per recorded withdrawal: its position in the date-ordered withdrawals, where its draws end, what stayed uncovered. */
  recorded = new Int32Array(1024);
  drawEnd = new Int32Array(1024);
  unattributed = new Float64Array(1024);
  recordedCount = 0;
  readonly exportUnits: Float64Array;
  private exporting = false;

  constructor(receiptCount: number) {
    this.exportUnits = new Float64Array(receiptCount);
  }

  begin(withdrawal: WithdrawalRecord): void {
    this.exporting = withdrawal.purpose === 'export';
  }

  draw(receiptSeq: number, quantity: number): void {
    if (this.drawCount === this.drawReceipt.length) {
      this.drawReceipt = grow(this.drawReceipt, new Int32Array(this.drawCount * 2));
      this.drawQuantity = grow(this.drawQuantity, new Float64Array(this.drawCount * 2));
    }
    this.drawReceipt[this.drawCount] = receiptSeq;
    this.drawQuantity[this.drawCount] = quantity;
    this.drawCount += 1;
    if (this.exporting) this.exportUnits[receiptSeq] = this.exportUnits[receiptSeq]! + quantity;
  }

  end(withdrawalPosition: number, unattributed: number): void {
    const at = this.recordedCount;
    if (at === this.recorded.length) {
      this.recorded = grow(this.recorded, new Int32Array(at * 2));
      this.drawEnd = grow(this.drawEnd, new Int32Array(at * 2));
      this.unattributed = grow(this.unattributed, new Float64Array(at * 2));
    }
    this.recorded[at] = withdrawalPosition;
    this.drawEnd[at] = this.drawCount;
    this.unattributed[at] = unattributed;
    this.recordedCount = at + 1;
  }
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
