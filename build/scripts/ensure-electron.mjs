// Makes sure Electron's binary is there. npm does not run dependencies' install scripts here
// (see allowScripts in package.json), so the first start or `npm run dist` downloads it with
// Electron's own install script. When that fails the message says what to set (Node version,
// proxy, mirror: start-checks.mjs) instead of only blaming the connection.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_DIR, electronBinaryPath } from './electron-binary.mjs';
import { downloadAdvice, downloadEnv, nodeProblem } from './start-checks.mjs';

/** Downloads the binary when missing; true when it is there afterwards. */
export function ensureElectron() {
  if (electronBinaryPath() !== null) return true;
  const tooOld = nodeProblem(process.versions.node);
  if (tooOld) {
    console.error(tooOld.join('\n'));
    return false;
  }
  console.log('Electron wordt eenmalig gedownload … / Downloading Electron (once) …');
  const env = downloadEnv(process.env);
  const run = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    stdio: 'inherit',
    env,
  });
  if (run.status === 0 && electronBinaryPath() !== null) return true;
  console.error(downloadAdvice(env).join('\n'));
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureElectron() ? 0 : 1);
