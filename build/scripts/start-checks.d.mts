/** The oldest Node that can build Koers and download Electron. */
export declare const MIN_NODE: string;
/** Lines saying the Node version is too old, or null when it is new enough. */
export declare function nodeProblem(version: string): string[] | null;
/** Why Electron could not be downloaded and what to set (proxy, mirror), from the environment. */
export declare function downloadAdvice(env: NodeJS.ProcessEnv): string[];
/** The environment Electron's download runs with: a proxy that is set is used. */
export declare function downloadEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/** The environment Electron is started with: the caller's without ELECTRON_RUN_AS_NODE. */
export declare function electronEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/** The AppArmor profile that lets this Electron binary use user namespaces. */
export declare function apparmorProfile(binary: string): string;
/** What sandboxProblem decides on. */
export type SandboxFacts = {
  platform: NodeJS.Platform;
  restrictsUserNamespaces: boolean;
  helper: { uid: number; mode: number } | null;
  profiled: boolean;
  binary: string;
};
/** Whether Electron's sandbox cannot start here, and what to do; null when it can. */
export declare function sandboxProblem(facts: SandboxFacts): string[] | null;
/** Reads, on this machine, the facts sandboxProblem decides on. */
export declare function readSandboxFacts(binary: string, platform?: NodeJS.Platform): SandboxFacts;
