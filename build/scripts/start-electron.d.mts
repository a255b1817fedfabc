import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { SandboxFacts } from './start-checks.mjs';

/** Runs Electron on the repository, or says why its sandbox cannot start here (then null). */
export declare function startElectron(options: {
  binary: string;
  env: NodeJS.ProcessEnv;
  facts: SandboxFacts;
  run?: (command: string, args: string[], options: SpawnOptions) => ChildProcess;
  report?: (text: string) => void;
}): ChildProcess | null;
