import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The post-entry engine is pure (no I/O, no clock, no database): only libraries, src-shared and the
// engine's own files may be imported; reference data comes in as arguments.
const root = join(__dirname, '../../..');
const folders = [join(root, 'src-main/engine/post-entry'), join(root, 'src-shared/post-entry')];
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

describe('post-entry engine purity', () => {
  for (const file of folders.flatMap(files)) {
    it(`${relative(root, file)} reads no files, clock or database`, () => {
      const source = readFileSync(file, 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const target of imports)
        expect(target, `${file} imports ${target}`).toMatch(/^(zod|date-fns|node-x12|csv-parse\/sync)$|^\.\.?\/|^(\.\.\/)+src-shared\//);
      for (const target of imports.filter((t) => t.startsWith('.'))) expect(target).not.toMatch(/(db|ledger|audit|services|reference)\//);
      expect(source).not.toMatch(/\b(process|require|Date\.now|Math\.random)\b|new Date\(\)/);
    });
  }
});
