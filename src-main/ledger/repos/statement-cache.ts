import type { Sqlite } from '../db/open-ledger';

/**
 * The same connection, but `prepare` returns one statement per SQL text. The ledger repositories
 * prepare their statement on every call, which is fine for one receipt at the desk and far too slow
 * for a million rows in a file; through this view an import reuses them and shares the write path
 * (plan-receipt, apply-receipt, the repos) with the receiving screen instead of copying it.
 * Safe because the repos run each statement to completion (get/run/all), never hold an iterator.
 */
export function withStatementCache(db: Sqlite): Sqlite {
  const statements = new Map<string, ReturnType<Sqlite['prepare']>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
