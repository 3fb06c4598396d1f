import type { Command } from 'commander';
import { createDesk } from '../../../composition-root';
import { DEMO_USERS, loadDemoData } from '../../demo-data';
import { startBrowserServer } from '../../http/browser-server';
import { wholeOption } from '../cli-io';
import { ensureFirstAdmin } from '../../shared/first-admin';
import { defaultLedgerPath, findRendererDir } from '../../shared/paths';

interface ServeOptions {
  db?: string;
  port: string;
  demo?: boolean;
  json?: boolean;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('browser mode: serve the desk on 127.0.0.1 with a per-run token and print its URL')
    .option('--db <file>', 'ledger file (default: your data folder, or DRAWBACK_DESK_DB)')
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', '0')
    .option('--demo', 'when the ledger does not exist yet, fill it with demo data')
    .option('--json', 'print the URL and token as one JSON line')
    .action(async (o: ServeOptions) => {
      const port = wholeOption(o.port, '--port', 0, 65535);
      const dbPath = o.db ?? defaultLedgerPath(o.demo);
      // The first start creates the ledger where no file exists; an existing file that is not a ledger is refused.
      const desk = createDesk(dbPath, { create: true });
      const isNew = desk.ledger.created;
      if (o.demo && isNew) loadDemoData(desk);
      void desk.startDevices().catch((error: unknown) => console.error('starting the scanners failed', error));
      const firstAdmin = ensureFirstAdmin(desk);
      const server = await startBrowserServer(desk, { rendererDir: findRendererDir(), port });
      if (o.json) process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, token: server.token, db: desk.ledger.path })}\n`);
      else {
        process.stdout.write(`Drawback Desk (browser mode) on ${desk.ledger.path}\nopen ${server.url}\n`);
        if (firstAdmin) process.stdout.write(`first sign-in: ${firstAdmin.username} / ${firstAdmin.password} (shown once; add people with "users add")\n`);
        if (o.demo && isNew) process.stdout.write(`demo sign-ins: ${DEMO_USERS.map((u) => `${u.username} / ${u.password}`).join(', ')}\n`);
        process.stdout.write('press Ctrl+C to stop\n');
      }
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(() => (desk.close(), resolve()));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
