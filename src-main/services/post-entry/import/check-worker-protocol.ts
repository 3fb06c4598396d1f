import type { PostEntryImportKind, PostEntryImportSummary } from '../../../../src-shared/domain/post-entry';
import type { CheckedFile } from './check-file';

/** What the importing thread and the checker worker send each other: a file to check, its result. */
export interface CheckRequest {
  id: number;
  kind: PostEntryImportKind;
  format: PostEntryImportSummary['format'];
  file: string;
  bytes: Uint8Array;
}

export type CheckReply = { id: number; checked: CheckedFile; error?: undefined } | { id: number; error: string; checked?: undefined };
