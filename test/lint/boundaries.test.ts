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
    expect(await ruleIdsFor('src-shared/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src-shared/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src-shared/bad.ts', 'export const w = window.innerWidth;\n')).toContain('no-restricted-globals');
  });

  it('keeps src-shared from importing main or the renderer', async () => {
    expect(await ruleIdsFor('src-shared/bad.ts', "import { createDesk } from '../src-main/composition-root';\nexport const x = createDesk;\n")).toContain('no-restricted-imports');
  });

  it('keeps the renderer from importing main', async () => {
    expect(await ruleIdsFor('src-renderer/bad.ts', "import { createDesk } from '../src-main/composition-root';\nexport const x = createDesk;\n")).toContain('no-restricted-imports');
  });

  it('keeps renderer features from importing each other', async () => {
    const other = readdirSync('src-renderer/features/inventory').find((f) => /\.tsx?$/.test(f))!.replace(/\.tsx?$/, '');
    const code = `import * as other from '../inventory/${other}';\nexport const y = other;\n`;
    expect(await ruleIdsFor('src-renderer/features/receiving/bad.ts', code)).toContain('no-restricted-imports');
  });

  it('lets only the shell import electron in main', async () => {
    expect(await ruleIdsFor('src-main/ledger/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
  });

  it('accepts the allowed direction: main and renderer importing src-shared', async () => {
    expect(await ruleIdsFor('src-renderer/ok.ts', "import { ROLES } from '../src-shared/roles';\nexport const r = ROLES;\n")).toEqual([]);
    expect(await ruleIdsFor('src-main/ok.ts', "import { ROLES } from '../src-shared/roles';\nexport const r = ROLES;\n")).toEqual([]);
  });
});
