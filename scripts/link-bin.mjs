#!/usr/bin/env node
// npm links the bins of dependencies into node_modules/.bin, never the project's own. Linking ours
// there lets `npx drawback-desk ...` run this checkout's CLI right after `npm ci`, with no global install.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'drawback-desk.mjs');
mkdirSync(binDir, { recursive: true });
rmSync(join(binDir, 'drawback-desk'), { force: true });
symlinkSync(relative(binDir, target), join(binDir, 'drawback-desk'));
chmodSync(target, 0o755);
