// Bundles the Electron main process and the preload, each into one CommonJS file. A sandboxed
// preload cannot require local files (Electron docs, "Process Sandboxing"), so it must be one
// file; `electron` stays external because Electron itself provides it.
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './electron-binary.mjs';

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
  }),
]);
console.log(
  `${path.join('dist', 'electron', 'main.cjs')} en ${path.join('dist', 'electron', 'preload.cjs')} gebouwd`,
);
