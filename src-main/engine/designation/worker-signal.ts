/**
 * The small shared array the designation worker gets when it starts, before the classes are ready:
 * signal[STATE] says whether the class queue has been posted on the worker's port (the worker loads
 * while the caller prepares the classes), and signal[NEXT] is the queue's cursor, which both
 * threads advance atomically (class-queue.ts).
 */
export const STATE = 0;
export const NEXT = 1;
export const SIGNAL_SLOTS = 2;

export const WAITING = 0;
export const POSTED = 1;
/** Nothing for the worker to do: it ends without taking anything. */
export const CANCELLED = 2;
