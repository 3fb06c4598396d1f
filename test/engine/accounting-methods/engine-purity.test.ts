import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine is pure (no I/O, no node imports, no database): only zod and src-shared may be imported.
describe('engine purity', () => {
  for (const folder of ['.', 'accounting-methods', 'fees', 'matching', 'claims', 'eligibility']) {
    const dir = join(__dirname, '../../../src-main/engine', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      it(`${folder}/${file} imports nothing but zod, src-shared and the engine`, () => {
        const source = readFileSync(join(dir, file), 'utf8');
        const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
        for (const target of imports)
          expect(target, `${file} imports ${target}`).toMatch(
            /^(zod$|\.\/|\.\.\/accounting-methods\/|\.\.\/eligibility\/|\.\.\/validation-error$|\.\.\/five-years$|\.\.\/\.\.\/\.\.\/src-shared\/|\.\.\/\.\.\/src-shared\/)/,
          );
        expect(source).not.toMatch(/\b(process|require|Date\.now|Math\.random)\b/);
      });
    }
  }
});
