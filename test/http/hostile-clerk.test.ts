import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../src-main/doors/http/browser-server';
import { SimulatedZebraPrinter } from '../../src-main/devices/printers/simulated-zebra-printer';
import { BINS, ENTRIES, receipt, SEED_USERS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * Browser mode driven the way an attacker at the desk would (issue 10): a clerk's session, hand-made
 * requests the screens never send. The desk's day is 2024-03-04 (the test clock).
 */
let t: TestDesk;
let server: BrowserServer;
let printer: SimulatedZebraPrinter;
let printerAddress: string;
/** a host the attacker would like labels sent to: it must never see a connection */
let elsewhere: Server;
let elsewhereConnections = 0;
let elsewherePort = 0;
let clerk: Record<string, string>;
let specialist: Record<string, string>;

const invoke = async (channel: string, input: unknown, session: Record<string, string>) => {
  const r = await fetch(`http://127.0.0.1:${server.port}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': server.token, ...session },
    body: typeof input === 'string' ? `{"channel":"${channel}","input":${input}}` : JSON.stringify({ channel, input }),
  });
  return (await r.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string; issues?: { field: string; message: string }[] } };
};
const signIn = async (user: { username: string; password: string }) => {
  const r = await invoke('auth:sign-in', { username: user.username, password: user.password }, {});
  return { authorization: `Bearer ${(r.value as { token: string }).token}` };
};

beforeAll(async () => {
  t = createTestDesk({ seed: true });
  const renderer = join(t.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>screens</title>');
  printer = new SimulatedZebraPrinter();
  printerAddress = await printer.listen();
  t.ok('settings:set', { key: 'gs1.company-prefix', value: '0614141' }, t.actors.supervisor);
  t.ok('settings:set', { key: 'labels.printer', value: printerAddress }, t.actors.supervisor);
  elsewhere = createServer((socket) => {
    elsewhereConnections++;
    socket.destroy();
  });
  await new Promise<void>((ok) => elsewhere.listen(0, '127.0.0.1', ok));
  elsewherePort = (elsewhere.address() as { port: number }).port;
  server = await startBrowserServer(t.desk, { rendererDir: renderer, port: 0 });
  clerk = await signIn(SEED_USERS.clerk);
  specialist = await signIn(SEED_USERS.specialist);
});
afterAll(async () => {
  await server.close();
  await printer.close();
  await new Promise((ok) => elsewhere.close(ok));
  t.dispose();
});

describe('a clerk cannot choose where a label goes (item 1)', () => {
  it('refuses a reprint that names a printer file or host, in words, and writes and sends nothing', async () => {
    // a lot code holding a shell command is just text on a label that goes to the supervisor's printer
    const received = await invoke(
      'pallets:receive',
      { receipt: receipt({ lotCode: '$(touch pwned)', quantity: 5, locationCode: BINS.cage }), label: true },
      clerk,
    );
    expect(received.ok, JSON.stringify(received.error)).toBe(true);
    const sscc = (received.value as { pallet: { sscc: string; jobs: { uid: string }[] } }).pallet.sscc;
    await t.desk.pallets.printQueue.kick();
    const printed = printer.labels().length;
    const jobs = t.count('print_jobs');
    const target = join(t.dir, 'run-me.sh');

    for (const address of [`file:${target}`, `tcp://127.0.0.1:${elsewherePort}`, `serial:${target}`, 'cups:evil']) {
      const refused = await invoke('pallets:reprint', { sscc, reason: 'label torn at wrapping', printer: address }, clerk);
      expect(refused.ok, address).toBe(false);
      expect(refused.error).toMatchObject({ code: 'VALIDATION' });
      expect(refused.error!.issues).toEqual([
        {
          field: 'printer',
          message:
            'unknown field printer: a request cannot name a device, file or host; labels go to the printer a supervisor set in Settings (labels.printer) and tags to the reader set there (rfid.reader)',
        },
      ]);
    }
    const format = await invoke('pallets:reprint', { sscc, reason: 'label torn at wrapping', format: 'pdf' }, clerk);
    expect(format.error?.issues?.map((i) => i.field)).toEqual(['format']);

    await t.desk.pallets.printQueue.kick();
    expect(existsSync(target)).toBe(false);
    expect(elsewhereConnections).toBe(0);
    expect(t.count('print_jobs')).toBe(jobs);
    expect(printer.labels()).toHaveLength(printed);

    // the reprint the screens send still prints, on the supervisor's printer
    const reprint = await invoke('pallets:reprint', { sscc, reason: 'label torn at wrapping' }, clerk);
    expect(reprint).toMatchObject({ ok: true, value: { printer: printerAddress } });
    await t.desk.pallets.printQueue.kick();
    expect(printer.labels()).toHaveLength(printed + 1);
  });

  it("refuses the command line's label channels to every session, even an administrator's, and writes and sends nothing", async () => {
    const admin = await signIn(SEED_USERS.admin);
    const target = join(t.dir, 'label-from-browser.zpl');
    const jobs = t.count('print_jobs');
    const audit = t.count('audit_log');
    for (const session of [clerk, specialist, admin]) {
      const print = await invoke(
        'labels:print',
        { lot: receipt().lotCode, printer: `tcp://127.0.0.1:${elsewherePort}`, reprintReason: 'send it elsewhere' },
        session,
      );
      expect(print).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining("for the desk's own command line only") } });
      const file = await invoke('labels:write-file', { lot: receipt().lotCode, file: target }, session);
      expect(file).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await t.desk.pallets.printQueue.kick();
    expect(existsSync(target)).toBe(false);
    expect(elsewhereConnections).toBe(0);
    expect(t.count('print_jobs')).toBe(jobs);
    expect(t.count('audit_log')).toBe(audit);
  });

  it("refuses the command line's device survey to every session, even an administrator's, and the printer is not asked", async () => {
    const admin = await signIn(SEED_USERS.admin);
    const asked = printer.hostStatusRequests();
    for (const session of [clerk, specialist, admin]) {
      for (const input of [{ timeoutMs: 500 }, { timeoutMs: 500, printer: `tcp://127.0.0.1:${elsewherePort}` }]) {
        const survey = await invoke('devices:survey', input, session);
        expect(survey).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining("for the desk's own command line only") } });
      }
    }
    expect(printer.hostStatusRequests()).toBe(asked);
    expect(elsewhereConnections).toBe(0);
    // the desk's own command line (the system actor) gets it: the printer of the labels.printer setting, asked
    const own = await t.desk.invoke('devices:survey', { timeoutMs: 2_000 }, { actor: t.desk.system });
    expect(own).toMatchObject({ ok: true, value: { printer: { address: printerAddress, status: { ready: true, faults: [] } } } });
    expect(printer.hostStatusRequests()).toBeGreaterThan(asked);
  });

  it("refuses the command line's import channels to every session, even an administrator's, and reads and writes nothing", async () => {
    const admin = await signIn(SEED_USERS.admin);
    // a good file the desk would import if asked by its own command line
    const file = join(t.dir, 'items-from-browser.csv');
    writeFileSync(file, 'sku,description,hts,countryOfOrigin,uom\nFROM-BROWSER-1,One,6109.10.0012,VN,EA\n');
    const items = t.count('items');
    const messages = t.count('status_messages');
    const audit = t.count('audit_log');
    for (const session of [clerk, specialist, admin]) {
      const ledger = await invoke('imports:apply-file', { kind: 'items', file }, session);
      expect(ledger).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining("for the desk's own command line only") } });
      const postEntry = await invoke('post-entry:import-file', { kind: 'status', file }, session);
      expect(postEntry).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(t.count('items')).toBe(items);
    expect(t.count('status_messages')).toBe(messages);
    expect(t.count('audit_log')).toBe(audit);
    // the same file through the desk's own process is imported: the refusal above is the role, not the file
    const asSystem = await t.desk.invoke('imports:apply-file', { kind: 'items', file }, { actor: t.desk.system });
    expect(asSystem).toMatchObject({ ok: true, value: { kind: 'items', written: 1 } });
  });

  it('names a "__proto__" key as an unknown field, never "[object Object]"', async () => {
    const r = await invoke('pallets:reprint', '{"sscc":"000000000000000000","reason":"torn label","__proto__":{"printer":"file:/tmp/x"}}', clerk);
    expect(r.error?.issues).toEqual([{ field: '__proto__', message: 'unknown field __proto__: this request does not take it; remove it' }]);
    expect(JSON.stringify(r)).not.toContain('[object Object]');
  });
});

describe('what a clerk types is checked at the door (item 10)', () => {
  const refusedField = async (input: unknown, session = clerk, channel = 'receiving:create-receipt') => {
    const before = t.count('movements');
    const r = await invoke(channel, input, session);
    expect(r.ok).toBe(false);
    expect(t.count('movements')).toBe(before);
    return r.error!.issues!;
  };

  it.each([
    ['NUL', 'LOT\u0000X', 'NUL, U+0000'],
    ['a line break', 'LOT\nX', 'line feed, U+000A'],
    ['a right-to-left override', 'LOT-\u202EX', 'right-to-left override, U+202E'],
  ])('refuses a lot code with %s', async (_what, lotCode, named) => {
    const [issue] = await refusedField(receipt({ lotCode }));
    expect(issue!.field).toBe('lotCode');
    expect(issue!.message).toContain(`(${named})`);
  });

  it.each(['0x1', '1e0', ' +1'])('refuses line number %j', async (lineNumber) => {
    expect(await refusedField({ ...receipt(), lineNumber })).toEqual([
      { field: 'lineNumber', message: 'line number is a whole number written in digits, e.g. 1' },
    ]);
  });

  it('refuses a receipt dated 2099', async () => {
    expect(await refusedField(receipt({ receivedAt: '2099-01-01T00:00:00Z' }))).toEqual([
      {
        field: 'receivedAt',
        message: 'received time 2099-01-01 is after 2024-03-05 (today is 2024-03-04): a receipt is recorded once the goods are in; check the year',
      },
    ]);
  });
});

describe('amounts are exact, bounded and signed (items 4 and 5)', () => {
  const entry = (duty: unknown) => ({
    entryNumber: '2024-000555',
    entryType: '01',
    entryDate: '2024-02-01',
    importDate: '2024-01-31',
    portCode: '2704',
    importer: 'Northwind Apparel Inc.',
    lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 10, uom: 'EA', enteredValue: '300.00', duty }],
  });

  it.each([
    [
      '999999999999999.9999',
      'duty 999999999999999.9999 is more than 500,000,000.00, the most for one entry line; check the amount (it is refused rather than stored inexactly)',
    ],
    ['-4.95', 'duty cannot be negative'],
    [4.95, 'write duty with decimals as text, e.g. "4.95": a number with decimals is a float and may not be exact'],
  ])('refuses a duty of %j naming the field', async (duty, message) => {
    const before = t.count('entry_lines');
    const r = await invoke('entries:add', entry(duty), specialist);
    // the list item is named in words after the schema's message; the path stays the field key
    expect(r.error?.issues).toEqual([{ field: 'lines.0.duty', message: `${message} (the 1st line listed)` }]);
    expect(t.count('entry_lines')).toBe(before);
  });

  it('keeps a duty at its bound exact', async () => {
    const r = await invoke('entries:add', { ...entry('500000000.0000'), entryNumber: '2024-000556' }, specialist);
    expect(r).toMatchObject({ ok: true, value: { lines: [{ duty: '500000000.00' }] } });
    expect(
      t.desk.ledger.sqlite
        .prepare("SELECT el.duty_4dp FROM entry_lines el JOIN import_entries e ON e.id = el.entry_id WHERE e.entry_number = '2024-000556'")
        .safeIntegers(true)
        .get(),
    ).toEqual({ duty_4dp: 5_000_000_000_000n });
    expect(ENTRIES.a).toBe('2023-000123'); // the seeded entries are untouched
  });
});
