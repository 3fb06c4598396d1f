import type { Sqlite } from '../../ledger/db/open-ledger';
import { auditHeadSeal } from '../../ledger/repos/audit-log-repo';

/** Questions kept per connection; the oldest goes first. */
const MOST = 8;
const kept = new WeakMap<Sqlite, Map<string, { head: string; answer: unknown }>>();

/**
 * The same answer while the ledger has not changed. Reports over every entry (variances, deadlines
 * due soon) take seconds on a year of a large importer's traffic, and the queue asks for them on
 * each visit and after each alert. Every ledger write appends an audit record, so while the newest
 * record is the same, so is the answer; any write, by this process or another (the CLI), means the
 * next question is worked out again. Answers are shared: callers must not change them.
 */
export function whileUnchanged<T>(db: Sqlite, question: string, work: () => T): T {
  const newest = auditHeadSeal(db);
  const head = newest ? `${newest.seq}:${newest.hash}` : 'empty';
  let answers = kept.get(db);
  if (!answers) kept.set(db, (answers = new Map()));
  const known = answers.get(question);
  if (known?.head === head) return known.answer as T;
  const answer = work();
  answers.delete(question);
  answers.set(question, { head, answer });
  if (answers.size > MOST) answers.delete(answers.keys().next().value!);
  return answer;
}
