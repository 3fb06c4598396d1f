import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../src-main/workers/ts-worker';

function firstMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('the shared worker bootstrap', () => {
  it('runs the TypeScript worker module it is given, with the named packages loaded first', async () => {
    const entry = workerEntry(import.meta.url, 'fixtures/answering-worker', ['zod']);
    expect(entry.url.pathname).toMatch(/src-main\/workers\/ts-worker-bootstrap\.mjs$/);
    const worker = new Worker(entry.url, { argv: entry.argv, workerData: { question: 'started' } });
    try {
      expect(await firstMessage(worker)).toEqual({ answer: 'started: yes', zodLoaded: true });
    } finally {
      await worker.terminate();
    }
  }, 30_000);

  it('names a built worker by its .js file next to the caller', () => {
    expect(workerEntry('file:///app/out/main/index.js', 'matching-worker')).toEqual({ url: new URL('file:///app/out/main/matching-worker.js'), argv: [] });
  });

  it('says which worker did not start, to the parent and on the worker’s own port (a blocked parent polls that)', async () => {
    const entry = workerEntry(import.meta.url, 'fixtures/broken-worker');
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(entry.url, { argv: entry.argv, workerData: { port: port2 }, transferList: [port2] });
    try {
      const told = await firstMessage(worker);
      expect(told).toMatchObject({ type: 'error', message: expect.stringMatching(/^the worker broken-worker\.ts did not start: Error: broken on purpose/) });
      await new Promise((resolve) => worker.once('exit', resolve));
      expect(receiveMessageOnPort(port1)?.message).toEqual(told);
    } finally {
      port1.close();
      await worker.terminate();
    }
  }, 30_000);
});
