import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/** Builds the three parts of the Electron app into out/: main (ESM), the sandboxed preload (CJS), the screens. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The receipt reader, the matching run, the designation's second thread and the post-entry file checker each run in a worker thread and must be their own files next to index.js.
      rollupOptions: {
        input: {
          index: resolve('src-main/doors/electron/index.ts'),
          'receipt-parse-worker': resolve('src-main/services/importing/receipt-parse-worker.ts'),
          'matching-worker': resolve('src-main/services/matching/matching-worker.ts'),
          'designation-worker': resolve('src-main/engine/designation/designation-worker.ts'),
          'post-entry-check-worker': resolve('src-main/services/post-entry/import/post-entry-check-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('src-main/doors/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the screens unminified by default; minified they load and parse faster.
      minify: true,
      // Separate .map files, linked: DevTools (Electron's, or the browser's in browser mode) fetches them only
      // when opened, so a desk pays disk only, and a stack trace from a support session stays readable.
      sourcemap: true,
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
