import type { Table } from 'drizzle-orm';

/**
 * A table's row as raw SQL returns it: keyed by the SQL column names (`lot_code`, `duty_4dp`), each
 * typed from the drizzle schema (`$inferSelect`), so a repo's row types follow the schema instead of
 * being written by hand. Queries that alias a column or compute one add those fields themselves.
 */
export type SqlRow<T extends Table> = {
  [K in keyof T['_']['columns'] & string as T['_']['columns'][K]['_']['name']]: T['$inferSelect'][K];
};
