import { htsFactInputSchema } from '../../../src-shared/schemas/reference-inputs';
import { findHtsFact, insertHtsFact } from '../../ledger/repos/reference-repo';
import { toSchemaInput } from './field-values';
import { columnsFor } from './import-kinds';
import type { RowRef } from './import-issues';
import { canWrite, firstDifference, firstInFile, reportSchema, type ImportRun, type RowImporter } from './import-run';

const FACT_FIELDS = ['beginsWithOther', 'description'] as const;

/**
 * HTS facts (whether a number's article description begins with "other", 19 CFR 190.2): new numbers
 * are added; a number already known must say the same. A fact is changed one at a time, by a
 * specialist with `hts set-other`, never by a file in passing.
 */
export function htsFactImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('hts-facts', run.format);
  const seen = new Map<string, RowRef>();
  return {
    row(raw, at) {
      const reported = run.issues.count;
      const input = toSchemaInput(columns, raw, run.issues, at);
      // an unreadable flag is reported already: stand in a neutral one so the schema does not report it again
      if (run.issues.count > reported) input.beginsWithOther = typeof input.description === 'string' ? /^other\b/i.test(input.description.trim()) : false;
      const parsed = htsFactInputSchema.safeParse(input);
      if (!parsed.success) return reportSchema(run, at, parsed.error, input);
      const fact = parsed.data;
      if (!firstInFile(run, seen, fact.hts, at, 'hts', `HTS ${fact.hts}`)) return;
      const stored = findHtsFact(run.db, fact.hts);
      // a file that leaves the description out agrees with any stored description
      const difference = stored && firstDifference({ ...stored, description: fact.description === null ? null : stored.description }, fact, FACT_FIELDS);
      if (stored && difference === undefined) {
        run.counts.unchanged++;
      } else if (stored) {
        run.issues.add(
          at,
          'hts',
          `HTS ${fact.hts} is already recorded with different facts (${difference}); an import never changes a fact: correct the file, or change it with "hts set-other"`,
        );
      } else {
        if (canWrite(run)) insertHtsFact(run.db, { ...fact, at: run.now, userId: run.actor.userId }, run.seq);
        run.counts.written++;
      }
    },
    finish() {},
  };
}
