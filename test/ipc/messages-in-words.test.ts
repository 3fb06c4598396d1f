import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { printerFromAddress } from '../../src-main/devices/printers/printer-from-address';
import { LlrpReader } from '../../src-main/devices/rfid/llrp-reader';
import { validationError } from '../../src-shared/validation-error';
import type { AppErrorShape } from '../../src-shared/errors';
import { BINS, receipt, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * What a person reads when main refuses: words saying what was wrong and where, never a field path
 * ("periodStart: …", "lines.1.hts"), a raw system code (ECONNREFUSED) or "at most 0". Field issues
 * keep their `field` key so a screen can put the message beside the right input.
 */
let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

/** a dotted or camelCase field path, or zod's own wording, in a sentence meant for a person */
const PATH_OR_JARGON =
  /\b[a-z]+[A-Z]\w*\b|\b[a-zA-Z]+\.\d+\.[a-zA-Z]+|\b[a-zA-Z]+\.[a-zA-Z]+:|Too small|Too big|Invalid input|expected \w+ to|>=|<=|at most 0\b/;
const readsAsWords = (error: AppErrorShape) => {
  expect(error.message).not.toMatch(PATH_OR_JARGON);
  for (const issue of error.issues ?? []) expect(issue.message, issue.field).not.toMatch(PATH_OR_JARGON);
};
const refusal = async (channel: string, input: unknown, actor = t.actors.specialist) => {
  const r = await t.desk.dispatch(channel, input, { actor });
  if (r.ok) throw new Error(`${channel} was not refused`);
  return r.error;
};

describe('a refused request, in words', () => {
  it('names the field by what a person calls it, not by its key, and keeps the key for the screen', async () => {
    const e = await refusal('claims:draft', {
      provision: 'unused-direct-identification',
      claimant: 'Northwind',
      periodStart: '2024-13-01',
      periodEnd: '2024-01-31',
    });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('period start');
    expect(e.issues?.map((i) => i.field)).toContain('periodStart');
    readsAsWords(e);
  });

  it("says zod's own complaints in words: a short id, a negative number, a word for a yes/no", async () => {
    const e = await refusal('exceptions:tick', { exceptionId: 'x', itemIndex: -1, done: 'yes' });
    expect(e.issues?.map((i) => i.field).sort()).toEqual(['done', 'exceptionId', 'itemIndex']);
    const byField = Object.fromEntries(e.issues!.map((i) => [i.field, i.message]));
    expect(byField.exceptionId).toBe('Exception ID has at least 10 characters');
    expect(byField.itemIndex).toBe('Item index is 0 or more');
    expect(byField.done).toBe('Done is yes or no (true or false)');
    readsAsWords(e);
  });

  it('says which line of a list is wrong, in words', async () => {
    const entry = {
      entryNumber: '2024-000001',
      entryType: '01',
      entryDate: '2024-01-02',
      importDate: '2024-01-01',
      portCode: '2704',
      importer: 'X',
      lines: [
        { lineNumber: 1, hts: '6109.10.0012', quantity: 1, uom: 'EA', enteredValue: '1', duty: '1' },
        { lineNumber: 2, hts: 'bad', quantity: 1, uom: 'EA', enteredValue: '1', duty: '1' },
      ],
    };
    const e = await refusal('entries:add', entry);
    expect(e.issues).toEqual([{ field: 'lines.1.hts', message: 'an HTS number has 10 digits, e.g. 6109.10.0012 (the 2nd line listed)' }]);
    readsAsWords(e);
  });

  it('never says "at most 0": an empty bin says it holds none', async () => {
    t.ok('receiving:create-receipt', receipt({ lotCode: 'W-1', quantity: 5 }), t.actors.clerk);
    const e = await refusal('inventory:move', { sku: SKUS.tee, lotCode: 'W-1', fromLocation: BINS.dock, toLocation: BINS.cage, quantity: 1 }, t.actors.clerk);
    expect(e.issues?.[0]?.field).toBe('quantity');
    expect(e.issues?.[0]?.message).toMatch(/none/);
    readsAsWords(e);
  });
});

describe('a file that is not valid, in words', () => {
  it('says where in the file, not a dotted path', () => {
    const schema = z.object({ transactions: z.array(z.object({ quantity: z.number().int('a quantity is a whole number of units') })) });
    const parsed = schema.safeParse({ transactions: [{ quantity: 1 }, { quantity: 1.5 }] });
    const error = validationError('inventory.json', parsed.error!);
    expect(error.message).toBe('inventory.json is not valid: transaction 2, field quantity: a quantity is a whole number of units');
    expect(error.issues).toEqual([{ field: 'transactions.1.quantity', message: 'a quantity is a whole number of units' }]);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

describe('a device that cannot be reached, in words', () => {
  it('a printer nobody listens for: "refused the connection", not ECONNREFUSED', async () => {
    const port = await closedPort();
    const transport = printerFromAddress(`tcp://127.0.0.1:${port}`);
    const status = await transport.status();
    expect(status.faults.join(' ')).toMatch(new RegExp(`the printer at 127\\.0\\.0\\.1:${port} refused the connection`));
    const error = await transport.send(new TextEncoder().encode('^XA^XZ')).then(
      () => undefined,
      (e: Error & { systemCode?: string }) => e,
    );
    expect(error?.message).toMatch(/refused the connection/);
    expect(error?.message).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(error?.systemCode).toBe('ECONNREFUSED'); // kept for the queue's decisions, never shown
    await transport.close();
  });

  it('a device file the desk may not open: "may not open", not EACCES', async () => {
    const transport = printerFromAddress(`file:/proc/1/mem`);
    const error = await transport.send(new TextEncoder().encode('^XA^XZ')).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).not.toMatch(/\bE[A-Z]{3,}\b/);
    await transport.close();
  });

  it('an RFID reader nobody listens for: words, not ECONNREFUSED', async () => {
    const port = await closedPort();
    const error = await LlrpReader.connect('127.0.0.1', port, { connectMs: 2_000, responseMs: 2_000 }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/refused the connection/);
    expect(error?.message).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
