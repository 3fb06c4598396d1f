#!/usr/bin/env node
// `npm start`: the Electron app when an Electron runtime is installed; otherwise it says so and falls
// back to browser mode (the same desk served on 127.0.0.1). `npm start -- --demo` opens a demo ledger.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function electronBinary() {
  // Reading path.txt (not require('electron')) so a missing binary is not fetched from the network.
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function ensureBuilt() {
  if (existsSync(join(root, 'out', 'renderer', 'index.html')) && existsSync(join(root, 'out', 'main', 'index.js'))) return;
  console.log('building the app (first start)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureBuilt();
const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit' })
  : (console.log(
      'No Electron runtime is installed on this machine (its binary could not be downloaded).\n' +
        'Falling back to browser mode: the same desk, served on 127.0.0.1 — open the URL below in a browser.',
    ),
    spawn(process.execPath, [join(root, 'bin', 'drawback-desk.mjs'), 'serve', ...args], { cwd: root, stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
