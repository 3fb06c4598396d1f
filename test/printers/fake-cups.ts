import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * CUPS is not installed on these machines, so the CUPS transport is tested against stand-in `lp`
 * and `lpstat` scripts in a temp dir that is the whole PATH (a real lp is never picked up). `lp`
 * records its arguments and stdin and answers like lp; both take their exit code, output and
 * stderr from FAKE_* variables.
 */
const LP = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_CUPS_LOG/lp.args"
/bin/cat > "$FAKE_CUPS_LOG/lp.stdin"
if [ "\${FAKE_LP_EXIT:-0}" != 0 ]; then printf '%s\\n' "$FAKE_LP_STDERR" >&2; exit "$FAKE_LP_EXIT"; fi
echo "request id is $2-1 (0 file(s))"
`;
const LPSTAT = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_CUPS_LOG/lpstat.args"
printf '%s' "$FAKE_LPSTAT_OUTPUT"
if [ -n "$FAKE_LPSTAT_STDERR" ]; then printf '%s\\n' "$FAKE_LPSTAT_STDERR" >&2; fi
exit "\${FAKE_LPSTAT_EXIT:-0}"
`;

export interface FakeCups {
  /** environment for CupsPrinter: the fake commands as the only PATH, plus `vars` */
  env(vars?: Record<string, string>): NodeJS.ProcessEnv;
  lpArgs(): string[];
  lpStdin(): Buffer;
  lpstatArgs(): string[];
  remove(): void;
}

export function installFakeCups(commands: Array<'lp' | 'lpstat'> = ['lp', 'lpstat']): FakeCups {
  const bin = mkdtempSync(join(tmpdir(), 'fake-cups-bin-'));
  const log = mkdtempSync(join(tmpdir(), 'fake-cups-log-'));
  for (const name of commands) {
    writeFileSync(join(bin, name), name === 'lp' ? LP : LPSTAT);
    chmodSync(join(bin, name), 0o755);
  }
  const lines = (file: string) => readFileSync(join(log, file), 'utf8').split('\n').slice(0, -1);
  return {
    env: (vars = {}) => ({ PATH: bin, FAKE_CUPS_LOG: log, ...vars }),
    lpArgs: () => lines('lp.args'),
    lpStdin: () => readFileSync(join(log, 'lp.stdin')),
    lpstatArgs: () => lines('lpstat.args'),
    remove: () => {
      rmSync(bin, { recursive: true, force: true });
      rmSync(log, { recursive: true, force: true });
    },
  };
}
