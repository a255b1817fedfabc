// Starts the desktop app: makes sure Electron's binary is there, then runs it on the repository
// (package.json's "main" is dist/electron/main.cjs; `npm start` builds first).
import { spawn } from 'node:child_process';
import { electronBinaryPath, ROOT } from './electron-binary.mjs';
import { ensureElectron } from './ensure-electron.mjs';

if (!ensureElectron()) process.exit(1);
const binary = electronBinaryPath();
if (binary === null) process.exit(1);
const child = spawn(binary, ['.'], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    child.kill(signal);
  });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
