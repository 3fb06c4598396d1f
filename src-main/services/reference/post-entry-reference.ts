import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AppError } from '../../../src-shared/errors';
import {
  dispositionCodesSchema,
  holidayCalendarSchema,
  pmsCalendarSchema,
  type DispositionCodesData,
  type HolidayCalendarData,
  type PmsCalendarData,
} from '../../../src-shared/post-entry/reference-data';
import { validationError } from '../../../src-shared/validation-error';

/**
 * Reads the post-entry reference data the desk ships as editable JSON under
 * resources/reference/post-entry/ (or a file the user names instead) and checks it, so the pure rules
 * get data that is known to be whole. Lives in main because it reads files; the engine never does.
 */
export const REFERENCE_FILES = {
  holidays: 'us-federal-holidays.json',
  pmsDates: 'cbp-pms-dates.json',
  dispositionCodes: 'cbp-disposition-codes.json',
} as const;

/** Walks up from this file to the package's resources/reference/post-entry (works from src and from out/). */
export function findReferenceFolder(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'reference', 'post-entry');
    if (existsSync(join(candidate, REFERENCE_FILES.holidays))) return candidate;
    if (dirname(dir) === dir)
      throw new AppError('NOT_FOUND', `cannot find resources/reference/post-entry above ${start}; reinstall the desk or pass the reference file explicitly`);
  }
}

function readReference<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('NOT_FOUND', `cannot read the ${what} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError('VALIDATION', `the ${what} ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(`the ${what} ${file}`, parsed.error);
  return parsed.data;
}

const pathOf = (override: string | undefined, name: string) => override ?? join(findReferenceFolder(), name);

export function loadHolidays(file?: string): HolidayCalendarData {
  return readReference(pathOf(file, REFERENCE_FILES.holidays), holidayCalendarSchema, 'holiday list');
}

export function loadPmsDates(file?: string): PmsCalendarData {
  return readReference(pathOf(file, REFERENCE_FILES.pmsDates), pmsCalendarSchema, 'monthly statement calendar');
}

export function loadDispositionCodes(file?: string): DispositionCodesData {
  return readReference(pathOf(file, REFERENCE_FILES.dispositionCodes), dispositionCodesSchema, 'disposition code list');
}
