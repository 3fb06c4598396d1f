/**
 * How a worker thread of main is started: from the TypeScript sources (tsx: the CLI, the bench; vitest)
 * through ts-worker-bootstrap.mjs, which registers tsx in the new thread and loads the .ts module; from a
 * bundled build (electron-vite), the .js file emitted next to the chunk that starts it.
 * `from` is the caller's import.meta.url; `name` the worker module's file name without extension.
 */
export function workerEntry(from: string, name: string, loadFirst: string[] = []): { url: URL; argv: string[] } {
  if (!from.endsWith('.ts')) return { url: new URL(`./${name}.js`, from), argv: [] };
  return { url: new URL('./ts-worker-bootstrap.mjs', import.meta.url), argv: [new URL(`./${name}.ts`, from).href, ...loadFirst] };
}

/** What the bootstrap posts when a worker could not start from the sources. */
export interface WorkerStartFailure {
  type: 'error';
  message: string;
}
