import { Argument, type Command } from 'commander';
import type { ImportSummary } from '../../../../src-shared/domain/ledger';
import type { ImportProgress } from '../../../services/importing/import-file';
import { IMPORT_KINDS, type ImportKind } from '../../../services/importing/import-kinds';
import { CLI_DOOR, withDesk, type CommonOptions, ledgerCommand, unwrap } from '../cli-io';
import { POST_ENTRY_IMPORT_KINDS, type PostEntryImportKind } from '../../../../src-shared/domain/post-entry';
import { importPostEntryCommand } from './post-entry-import';

interface ImportOptions extends CommonOptions {
  progress?: boolean;
}

export function registerImportCommand(program: Command): void {
  ledgerCommand(
    program,
    'import',
    'import a CSV or JSON file of items, entries, receipts, locations, export shipments or HTS facts, or post-entry data (pre-entries, entry summaries, status messages, statements, liquidations): all rows or none, under one audit record',
  )
    .addArgument(new Argument('<kind>', 'what the file holds').choices([...IMPORT_KINDS, ...POST_ENTRY_IMPORT_KINDS]))
    .argument('<file>', 'a .csv file (header on line 1) or a .json array; status messages: an X12 350 (.edi, .x12, .350) or a .csv status list')
    .option('--progress', 'report progress on stderr even when it is not a terminal')
    .action(async (kind: ImportKind | PostEntryImportKind, file: string, o: ImportOptions) => {
      if ((POST_ENTRY_IMPORT_KINDS as readonly string[]).includes(kind)) return importPostEntryCommand(kind as PostEntryImportKind, file, o);
      const progress = o.progress || process.stderr.isTTY ? progressPrinter(file, process.stderr.isTTY === true) : undefined;
      let summary: ImportSummary;
      try {
        // Through the dispatcher as every command (a `system` channel); the progress listener rides on the
        // call, which only a caller in this process can hand in. The answer comes once matching for any
        // imported export shipments has finished.
        summary = await withDesk(o, async (desk) =>
          unwrap(await desk.invoke('imports:apply-file', { kind, file }, { actor: desk.system, door: CLI_DOOR, onProgress: progress?.report })),
        );
      } finally {
        progress?.end();
      }
      process.stdout.write(o.json ? `${JSON.stringify(summary)}\n` : `${describe(summary)}\n`);
    });
}

const PHASE_WORDS: Record<ImportProgress['phase'], string> = { reading: '', writing: '; writing them into the ledger', sealing: '; sealing the audit record' };

/** Progress goes to stderr only (stdout stays clean for --json): a rewritten line on a terminal. */
function progressPrinter(file: string, tty: boolean) {
  let last = 0;
  let open = false;
  return {
    report({ phase, rowsRead }: ImportProgress) {
      const now = Date.now();
      if (phase === 'reading' && now - last < 250) return;
      last = now;
      const text = `${file}: ${rowsRead.toLocaleString('en-US')} rows read${PHASE_WORDS[phase]}`;
      process.stderr.write(tty ? `\r${text}` : `progress: ${text}\n`);
      open = tty;
    },
    end: () => open && process.stderr.write('\n'),
  };
}

function describe(s: ImportSummary): string {
  if (s.alreadyImported) return `${s.file} was already imported as ${s.kind} (${s.rowsRead} rows); nothing written`;
  const parts = [`${s.rowsRead} rows read`, `${s.written} written`, `${s.unchanged} already in the ledger`];
  if (s.exceptions > 0) parts.push(`${s.exceptions} exceptions for review`);
  return `imported ${s.kind} from ${s.file}: ${parts.join(', ')}`;
}
