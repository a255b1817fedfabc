import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

/** Builds the renderer into dist/renderer; relative paths so app:// and the web preview both work. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  // The solver worker (renderer/state/solver/solver.worker.ts) is a module worker: ES output, so
  // it loads HiGHS in its own chunk, as `new Worker(…, { type: 'module' })` expects.
  worker: { format: 'es' },
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
