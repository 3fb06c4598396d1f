import type { AccountingMethod, DrawSink, ReceiptBook, WithdrawalRecord } from './types';

/**
 * First-in, first-out (19 CFR 191.14(c), FIFO method): the first merchandise received into the
 * inventory is the first withdrawn. Every withdrawal, domestic or export, is recorded.
 *
 * Receipts arrive in date order, so the oldest receipt with stock left is a moving head pointer: O(1)
 * per receipt and O(1 + draws) per withdrawal.
 */
export const fifo: AccountingMethod = {
  name: 'fifo',
  recordsDomestic: true,
  create(book: ReceiptBook) {
    const remaining = book.remaining;
    let head = 0;
    let received = 0;
    return {
      receive(seq: number) {
        received = seq + 1;
      },
      withdraw(withdrawal: WithdrawalRecord, sink: DrawSink) {
        let need = withdrawal.quantity;
        while (need > 0 && head < received) {
          const take = Math.min(need, remaining[head]!);
          if (take > 0) {
            remaining[head] = remaining[head]! - take;
            sink.draw(head, take);
            need -= take;
          }
          if (remaining[head] === 0) head += 1;
        }
        return need;
      },
    };
  },
};
