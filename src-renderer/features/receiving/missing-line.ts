import type { AppErrorShape } from '../../../src-shared/errors';
import { entryNumberSchema } from '../../../src-shared/schemas/primitives';
import type { EntryLookup } from './use-entry-lookup';

/**
 * Why the receipt cannot be sent yet when no entry line is chosen: said about the entry when the
 * entry is the problem (main would only say "line number starts at 1"). Same schema as main.
 */
export function missingLineError(entryNumber: string, lookup: EntryLookup): AppErrorShape {
  const issue = (field: string, message: string): AppErrorShape => ({ code: 'VALIDATION', message, issues: [{ field, message }] });
  switch (lookup.status) {
    case 'found':
      return issue('lineNumber', `choose the line of entry ${lookup.entry.entryNumber} this pallet comes under`);
    case 'missing':
      return issue('entryNumber', `${lookup.error.message}: check the number on the paperwork, or ask a specialist to import the entry`);
    case 'loading':
      return issue('entryNumber', 'still looking this entry up; press Enter again in a moment');
    case 'idle': {
      if (!entryNumber.trim()) return issue('entryNumber', 'type or scan the entry number');
      const parsed = entryNumberSchema.safeParse(entryNumber);
      return issue('entryNumber', parsed.success ? 'entry not looked up yet' : (parsed.error.issues[0]?.message ?? 'not an entry number'));
    }
  }
}
