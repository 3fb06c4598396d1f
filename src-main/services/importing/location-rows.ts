import { locationInputSchema } from '../../../src-shared/schemas/ledger-inputs';
import { findLocation, insertLocation, toLocation } from '../../ledger/repos/locations-repo';
import { toSchemaInput } from './field-values';
import { columnsFor } from './import-kinds';
import type { RowRef } from './import-issues';
import { canWrite, firstDifference, firstInFile, reportSchema, type ImportRun, type RowImporter } from './import-run';

const LOCATION_FIELDS = ['description', 'drawbackSegregated'] as const;

/** Bins: new codes are added; a code already there must say exactly the same. */
export function locationImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('locations', run.format);
  const seen = new Map<string, RowRef>();
  return {
    row(raw, at) {
      const input = toSchemaInput(columns, raw, run.issues, at);
      const parsed = locationInputSchema.safeParse(input);
      if (!parsed.success) return reportSchema(run, at, parsed.error, input);
      const location = parsed.data;
      if (!firstInFile(run, seen, location.code, at, 'code', `location ${location.code}`)) return;
      const stored = findLocation(run.db, location.code);
      const difference = stored && firstDifference({ ...toLocation(stored) }, location, LOCATION_FIELDS);
      if (stored && difference === undefined) {
        run.counts.unchanged++;
      } else if (stored) {
        run.issues.add(at, 'code', `location ${location.code} already exists with different content (${difference}); an import never changes a location`);
      } else {
        if (canWrite(run)) insertLocation(run.db, location, run.seq);
        run.counts.written++;
      }
    },
    finish() {},
  };
}
