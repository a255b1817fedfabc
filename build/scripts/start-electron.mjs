// Starts the desktop app: makes sure Electron's binary is there and its sandbox can start, then
// runs it on the repository (package.json's "main" is dist/electron/main.cjs; `npm start` checks
// the Node version and builds first).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath, ROOT } from './electron-binary.mjs';
import { ensureElectron } from './ensure-electron.mjs';
import { electronEnv, readSandboxFacts, sandboxProblem } from './start-checks.mjs';

/**
 * Runs Electron on the repository, or says why its sandbox cannot start here and runs nothing.
 * Electron gets the caller's environment without ELECTRON_RUN_AS_NODE.
 */
export function startElectron({ binary, env, facts, run = spawn, report = console.error }) {
  const problem = env.KOERS_SKIP_SANDBOX_CHECK === '1' ? null : sandboxProblem(facts);
  if (problem) {
    report(problem.join('\n'));
    return null;
  }
  return run(binary, ['.'], { cwd: ROOT, stdio: 'inherit', env: electronEnv(env) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!ensureElectron()) process.exit(1);
  const binary = electronBinaryPath();
  if (binary === null) process.exit(1);
  const child = startElectron({ binary, env: process.env, facts: readSandboxFacts(binary) });
  if (child === null) process.exit(1);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      child.kill(signal);
    });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
