// Bundles the Electron main process and the preload, each to one CommonJS file.
// A sandboxed preload cannot require local files, so it must be a single file.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist/electron/main.cjs',
});
await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist/electron/preload.cjs',
});
console.log('dist/electron/main.cjs en dist/electron/preload.cjs gebouwd');
