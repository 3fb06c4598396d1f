import { ratePriorities } from './rate-priority';
import { ReceiptHeap } from './receipt-heap';
import type { DrawSink, MethodEngine, ReceiptBook, WithdrawalRecord } from './types';

/**
 * The draw order shared by the three low-to-high variants (19 CFR 191.14(c), low-to-high method): the
 * receipt with the lowest drawback per unit first (zero counts lowest), and among equal amounts the
 * oldest receipt.
 *
 * `lastEligibleDay`, when given, closes each receipt's window: a withdrawal dated after a receipt's
 * last eligible day cannot draw on it. Withdrawals reach the engine in date order, so a receipt found
 * expired at the top of the heap stays expired and is dropped for good (lazy deletion) — it remains
 * unused stock in the inventory, it is only no longer available to later exports.
 *
 * Cost: O(log n) per receipt; O((1 + draws + expired) log n) per withdrawal; each receipt leaves the
 * heap once, so the whole run is O((n + m + draws) log n).
 */
export function lowToHighEngine(book: ReceiptBook, lastEligibleDay?: Float64Array): MethodEngine {
  const remaining = book.remaining;
  const heap = new ReceiptHeap(book.receipts.length, ratePriorities(book.receipts));
  return {
    receive(seq: number) {
      heap.push(seq);
    },
    withdraw(withdrawal: WithdrawalRecord, sink: DrawSink) {
      let need = withdrawal.quantity;
      while (need > 0 && heap.size > 0) {
        const seq = heap.peek();
        if (lastEligibleDay && lastEligibleDay[seq]! < withdrawal.day) {
          heap.pop();
          continue;
        }
        const take = Math.min(need, remaining[seq]!);
        remaining[seq] = remaining[seq]! - take;
        sink.draw(seq, take);
        need -= take;
        if (remaining[seq] === 0) heap.pop();
      }
      return need;
    },
  };
}
