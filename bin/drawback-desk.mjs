#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx drawback-desk` works right after
// `npm ci` with no build step and never runs stale code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/doors/cli/main.ts');
process.exitCode = await main(process.argv);
