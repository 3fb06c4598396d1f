import { ReceiptHeap } from './receipt-heap';
import { sortPrefix } from './small-sort';
import { splitShare } from './proportional-share';
import type { AccountingMethod, DrawSink, ReceiptBook, WithdrawalRecord } from './types';

/**
 * Average (19 CFR 191.14(c), average method): every withdrawal, domestic or export, takes from every
 * receipt still in the inventory in proportion to that receipt's remaining quantity (q_i / Q of the
 * withdrawal).
 *
 * Whole units, largest-remainder rounding: each receipt first gets floor(w*q_i/Q); the units still
 * missing (w minus the sum of floors, fewer than the receipts in stock) go one each to the receipts
 * with the largest remainders (w*q_i mod Q), ties to the oldest receipt. The parts add up to w exactly,
 * and no receipt gives more than it holds (when w < Q every floor is below q_i).
 *
 * Output-sensitive: receipts are kept in a heap by remaining quantity (largest first, then oldest).
 * Only receipts with q_i >= Q/w get a whole unit from the floor step — at most w of them, all at the
 * top of the heap — and the rest have remainder w*q_i, which the heap already orders; so a withdrawal
 * pops exactly the receipts it draws on. Cost O((1 + draws) log n) per withdrawal, O((n + m + D) log n)
 * in all with D the draws listed in the output, which any representation of the result must list.
 */
export const average: AccountingMethod = {
  name: 'average',
  recordsDomestic: true,
  create(book: ReceiptBook) {
    const n = Math.max(book.receipts.length, 1);
    const remaining = book.remaining;
    const priority = new Float64Array(n);
    const heap = new ReceiptHeap(n, priority);
    const take = new Float64Array(n);
    const remainder = new Float64Array(n);
    const share = new Float64Array(2);
    // Scratch lists, each at most one entry per receipt: floor-step receipts, and every receipt drawn.
    const big = new Int32Array(n);
    const drawn = new Int32Array(n);
    let bigCount = 0;
    let drawnCount = 0;
    let total = 0;
    const byRemainder = (a: number, b: number): boolean => remainder[a]! > remainder[b]! || (remainder[a] === remainder[b] && a < b);

    const keep = (seq: number): void => {
      if (remaining[seq]! > 0) {
        priority[seq] = -remaining[seq]!;
        heap.push(seq);
      }
    };
    const pick = (seq: number, units: number): void => {
      take[seq] = units;
      drawn[drawnCount] = seq;
      drawnCount += 1;
    };
    const settle = (sink: DrawSink): void => {
      sortPrefix(drawn, drawnCount);
      for (let i = 0; i < drawnCount; i += 1) {
        const seq = drawn[i]!;
        remaining[seq] = remaining[seq]! - take[seq]!;
        sink.draw(seq, take[seq]!);
        keep(seq);
      }
    };

    return {
      receive(seq: number) {
        total += remaining[seq]!;
        keep(seq);
      },
      withdraw(withdrawal: WithdrawalRecord, sink: DrawSink) {
        const want = withdrawal.quantity;
        drawnCount = 0;
        if (want >= total) {
          // The whole inventory goes: every receipt gives all it holds.
          while (heap.size > 0) {
            const seq = heap.pop();
            pick(seq, remaining[seq]!);
          }
          settle(sink);
          const shortfall = want - total;
          total = 0;
          return shortfall;
        }
        bigCount = 0;
        let missing = want;
        // Floor step: only receipts with q*w >= Q get a whole unit, and they sit at the top of the heap.
        while (heap.size > 0) {
          const seq = heap.peek();
          splitShare(remaining[seq]!, want, total, share);
          if (share[0] === 0) break;
          heap.pop();
          big[bigCount] = seq;
          bigCount += 1;
          remainder[seq] = share[1]!;
          pick(seq, share[0]!);
          missing -= share[0]!;
        }
        // Remainder step: the `missing` largest remainders, ties to the oldest receipt. Below the floor
        // step a receipt's remainder is w*q, in heap order already; merge the two ordered lists.
        sortPrefix(big, bigCount, byRemainder);
        let next = 0;
        for (; missing > 0; missing -= 1) {
          const top = heap.peek();
          const topRemainder = top >= 0 ? remaining[top]! * want : -1;
          const candidate = next < bigCount ? big[next]! : -1;
          if (candidate >= 0 && (remainder[candidate]! > topRemainder || (remainder[candidate] === topRemainder && candidate < top))) {
            take[candidate] = take[candidate]! + 1;
            next += 1;
          } else if (top >= 0) {
            heap.pop();
            pick(top, 1);
          } else {
            throw new Error(`average: ${missing} unit(s) of ${withdrawal.id} could not be placed`);
          }
        }
        settle(sink);
        total -= want;
        return 0;
      },
    };
  },
};
