import type { PostEntryImportKind, PostEntryImportSummary } from '../../../../src-shared/domain/post-entry';
import { CLI_DOOR, unwrap, withDesk, type CommonOptions } from '../cli-io';

/** `import pre-entries|entry-summaries|status|statements|liquidations FILE`: one file, all or nothing. */
export async function importPostEntryCommand(kind: PostEntryImportKind, file: string, o: CommonOptions): Promise<void> {
  const summary = await withDesk(o, async (desk) =>
    unwrap(await desk.invoke('post-entry:import-file', { kind, file }, { actor: desk.system, door: CLI_DOOR })),
  );
  process.stdout.write(o.json ? `${JSON.stringify(summary)}\n` : `${describe(summary)}\n`);
}

function describe(s: PostEntryImportSummary): string {
  if (s.alreadyImported) return `${s.file} was already imported as ${s.kind} (${s.rowsRead} rows); nothing written`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    s.kind === 'status' ? count(s.rowsRead, 'message read', 'messages read') : count(s.rowsRead, 'row read', 'rows read'),
    `${s.written} new`,
    count(s.versions, 'new version of a record already in the ledger', 'new versions of records already in the ledger'),
    `${s.unchanged} already in the ledger as they are`,
  ];
  const lines = [`imported ${s.kind} from ${s.file} (${s.format === 'x12' ? 'X12 350' : s.format.toUpperCase()}): ${parts.join(', ')}`];
  if (s.unknownCodes > 0)
    lines.push(
      `${s.unknownCodes} message${s.unknownCodes === 1 ? ' has a disposition code' : 's have disposition codes'} not in the code list: kept and flagged for review`,
    );
  for (const warning of s.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}
