// Starts the desktop app: ensures the Electron binary, then runs it on this folder.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const ensure = spawnSync(process.execPath, ['build/scripts/ensure-electron.mjs'], {
  stdio: 'inherit',
});
if (ensure.status !== 0) process.exit(ensure.status ?? 1);
const electron = createRequire(import.meta.url)('electron');
const child = spawn(electron, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
