import type { AccountingMethod, DrawSink, ReceiptBook, WithdrawalRecord } from './types';

/**
 * Last-in, first-out (19 CFR 191.14(c), LIFO method): the last merchandise received into the inventory
 * is the first withdrawn. Every withdrawal, domestic or export, is recorded.
 *
 * Receipts with stock left form a stack (newest on top): O(1) per receipt, O(1 + draws) per withdrawal.
 */
export const lifo: AccountingMethod = {
  name: 'lifo',
  recordsDomestic: true,
  create(book: ReceiptBook) {
    const remaining = book.remaining;
    const stack = new Int32Array(Math.max(book.receipts.length, 1));
    let top = 0;
    return {
      receive(seq: number) {
        stack[top] = seq;
        top += 1;
      },
      withdraw(withdrawal: WithdrawalRecord, sink: DrawSink) {
        let need = withdrawal.quantity;
        while (need > 0 && top > 0) {
          const seq = stack[top - 1]!;
          const take = Math.min(need, remaining[seq]!);
          if (take > 0) {
            remaining[seq] = remaining[seq]! - take;
            sink.draw(seq, take);
            need -= take;
          }
          if (remaining[seq] === 0) top -= 1;
        }
        return need;
      },
    };
  },
};
