import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The architecture's boundaries are lint rules; these tests prove the rules bite, by linting small
 * snippets as if they lived at a given path (nothing is written to disk).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries', () => {
  it('keeps src-shared free of node, electron and database imports', async () => {
    expect(await ruleIdsFor('src-shared/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIdsFor('src-shared/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src-shared/bad.ts', 'export const w = window.innerWidth;\n')).toContain('no-restricted-globals');
  });

  it('keeps src-shared from importing main or the renderer', async () => {
    expect(await ruleIdsFor('src-shared/bad.ts', "import { createDesk } from '../src-main/composition-root';\nexport const x = createDesk;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('keeps the renderer from importing main', async () => {
    expect(await ruleIdsFor('src-renderer/bad.ts', "import { createDesk } from '../src-main/composition-root';\nexport const x = createDesk;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('keeps renderer features from importing each other', async () => {
    const other = readdirSync('src-renderer/features/inventory')
      .find((f) => /\.tsx?$/.test(f))!
      .replace(/\.tsx?$/, '');
    const code = `import * as other from '../inventory/${other}';\nexport const y = other;\n`;
    expect(await ruleIdsFor('src-renderer/features/receiving/bad.ts', code)).toContain('no-restricted-imports');
  });

  it('lets only the shell import electron in main', async () => {
    expect(await ruleIdsFor('src-main/ledger/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
  });

  it('keeps the layers of main in order: doors → services → ledger, engine, devices; the engine imports only src-shared', async () => {
    const refused = async (at: string, spec: string) =>
      expect(await ruleIdsFor(at, `import * as m from '${spec}';\nexport const x = m;\n`)).toContain('no-restricted-imports');
    await refused('src-main/services/claims/bad.ts', '../../doors/ipc/dispatcher');
    await refused('src-main/services/claims/bad.ts', '../../composition-root');
    await refused('src-main/ledger/repos/bad.ts', '../../services/claims/claim-read');
    await refused('src-main/ledger/repos/bad.ts', '../../devices/printers/tcp-printer');
    await refused('src-main/engine/claims/bad.ts', '../../ledger/repos/claims-repo');
    await refused('src-main/engine/claims/bad.ts', '../../services/claims/claim-read');
    await refused('src-main/devices/labels/bad.ts', '../../ledger/db/open-ledger');
    await refused('src-main/devices/labels/bad.ts', '../../services/printing/print-queue');
  });

  it('lets a layer use the layers below it', async () => {
    const allowed = async (at: string, spec: string) => expect(await ruleIdsFor(at, `import * as m from '${spec}';\nexport const x = m;\n`)).toEqual([]);
    await allowed('src-main/doors/ipc/ok.ts', '../../services/claims/claim-read');
    await allowed('src-main/services/claims/ok.ts', '../../ledger/repos/claims-repo');
    await allowed('src-main/services/claims/ok.ts', '../../engine/claims/claim-amounts');
    await allowed('src-main/services/printing/ok.ts', '../../devices/printers/tcp-printer');
    await allowed('src-main/engine/claims/ok.ts', '../../../src-shared/money');
  });

  it('keeps SQL in the repos: .prepare( outside src-main/ledger/repos is refused', async () => {
    const prepare = "import type { Sqlite } from '../../ledger/db/open-ledger';\nexport const n = (db: Sqlite) => db.prepare('SELECT 1').get();\n";
    expect(await ruleIdsFor('src-main/services/claims/bad.ts', prepare)).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('src-main/doors/cli/bad.ts', prepare.replace('../../ledger', '../../../ledger'))).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('src-main/ledger/audit/bad.ts', prepare.replace('../../ledger/', '../'))).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('src-main/ledger/audit/audit-log.ts', prepare.replace('../../ledger/', '../'))).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('src-main/ledger/db/bad.ts', prepare.replace('../../ledger/db/', './'))).toContain('no-restricted-syntax');
    expect(
      await ruleIdsFor('src-main/devices/printers/bad.ts', "export const n = (db: { prepare(sql: string): unknown }) => db.prepare('SELECT 1');\n"),
    ).toContain('no-restricted-syntax');
    expect(
      await ruleIdsFor(
        'src-main/ledger/repos/ok.ts',
        "import type { Sqlite } from '../db/open-ledger';\nexport const n = (db: Sqlite) => db.prepare('SELECT 1').get();\n",
      ),
    ).toEqual([]);
  });

  it('lets only withAudit make an AuditSeq', async () => {
    const forged = "import type { AuditSeq } from '../../ledger/audit/audit-seq';\nexport const seq = 7 as AuditSeq;\n";
    expect(await ruleIdsFor('src-main/services/claims/bad.ts', forged)).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('src-main/ledger/repos/bad.ts', forged.replace('../../ledger/audit', '../audit'))).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('test/bad.test.ts', forged.replace('../../ledger', '../src-main/ledger'))).toContain('no-restricted-syntax');
  });

  it('accepts the allowed direction: main and renderer importing src-shared', async () => {
    expect(await ruleIdsFor('src-renderer/ok.ts', "import { ROLES } from '../src-shared/roles';\nexport const r = ROLES;\n")).toEqual([]);
    expect(await ruleIdsFor('src-main/ok.ts', "import { ROLES } from '../src-shared/roles';\nexport const r = ROLES;\n")).toEqual([]);
  });
});
