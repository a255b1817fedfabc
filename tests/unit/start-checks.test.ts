import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  apparmorProfile,
  downloadAdvice,
  downloadEnv,
  electronEnv,
  nodeProblem,
  sandboxProblem,
  type SandboxFacts,
} from '../../build/scripts/start-checks.mjs';
import { startElectron } from '../../build/scripts/start-electron.mjs';

// The checks `npm start` (and `npm run dist`) make before Electron runs: each says what is
// wrong and what to do, where Electron would crash or the old message blamed the internet.

describe('the Node version', () => {
  it.each(['18.20.4', '20.18.3', 'v20.11.0', '19.9.0'])('refuses %s and names the minimum', (v) => {
    const lines = nodeProblem(v)!;
    expect(lines.join('\n')).toContain('20.19.0');
    expect(lines.join('\n')).toContain(v);
  });

  it.each(['20.19.0', '20.20.2', '22.12.0', 'v24.1.0'])('accepts %s', (v) => {
    expect(nodeProblem(v)).toBeNull();
  });
});

describe('the download of Electron', () => {
  it('uses the proxy the person set, which @electron/get ignores without ELECTRON_GET_USE_PROXY', () => {
    expect(downloadEnv({ HTTPS_PROXY: 'http://proxy:8080' }).ELECTRON_GET_USE_PROXY).toBe('1');
    expect(downloadEnv({ http_proxy: 'http://proxy:8080' }).ELECTRON_GET_USE_PROXY).toBe('1');
    expect(downloadEnv({}).ELECTRON_GET_USE_PROXY).toBeUndefined();
  });

  it('on failure behind a proxy names it (without its password) and the switch it needs', () => {
    const text = downloadAdvice({ HTTPS_PROXY: 'http://jan:geheim@proxy.rijk:8080' }).join('\n');
    expect(text).toContain('proxy.rijk:8080');
    expect(text).not.toContain('geheim');
    expect(text).toContain('ELECTRON_GET_USE_PROXY=1');
    expect(text).toContain('ELECTRON_MIRROR');
  });

  it('without a proxy says how to set one and a mirror, not only "no internet"', () => {
    const text = downloadAdvice({}).join('\n');
    expect(text).toMatch(/HTTPS_PROXY=\S+ ELECTRON_GET_USE_PROXY=1 npm start/);
    expect(text).toMatch(/ELECTRON_MIRROR=\S+ npm start/);
    expect(text).toContain('npm run web');
  });

  it('names the mirror that failed', () => {
    const text = downloadAdvice({ ELECTRON_MIRROR: 'https://spiegel.rijk/electron/' }).join('\n');
    expect(text).toContain('https://spiegel.rijk/electron/');
  });
});

describe('the environment Electron starts with', () => {
  it('drops an inherited ELECTRON_RUN_AS_NODE (Electron would run `.` as a script and crash)', () => {
    const env = { ELECTRON_RUN_AS_NODE: '1', PATH: '/usr/bin', HOME: '/home/x' };
    expect(electronEnv(env)).toEqual({ PATH: '/usr/bin', HOME: '/home/x' });
    // The caller's own environment is left as it was.
    expect(env.ELECTRON_RUN_AS_NODE).toBe('1');
  });
});

describe("Electron's sandbox on Linux", () => {
  const binary = '/home/x/koers/node_modules/electron/dist/electron';
  const ubuntu: SandboxFacts = {
    platform: 'linux',
    restrictsUserNamespaces: true,
    helper: { uid: 1000, mode: 0o100755 },
    profiled: false,
    binary,
  };

  it('on Ubuntu 24.04 (AppArmor restricts user namespaces, helper not SUID root) explains before Electron aborts', () => {
    const text = sandboxProblem(ubuntu)!.join('\n');
    expect(text).toContain('apparmor_restrict_unprivileged_userns');
    // The recommended fix: the AppArmor profile for exactly this binary, and how to load it.
    expect(text).toContain(`profile koers-electron "${binary}" flags=(unconfined)`);
    expect(text).toContain('sudo apparmor_parser -r /etc/apparmor.d/koers-electron');
    // Electron's own work-around: the helper root-owned with mode 4755.
    expect(text).toContain(
      'sudo chmod 4755 "/home/x/koers/node_modules/electron/dist/chrome-sandbox"',
    );
    // Never the advice to run without a sandbox.
    expect(text).not.toContain('--no-sandbox');
  });

  it('lets Electron start where the sandbox can work', () => {
    expect(sandboxProblem({ ...ubuntu, restrictsUserNamespaces: false })).toBeNull();
    expect(sandboxProblem({ ...ubuntu, profiled: true })).toBeNull();
    expect(sandboxProblem({ ...ubuntu, helper: { uid: 0, mode: 0o104755 } })).toBeNull();
    expect(sandboxProblem({ ...ubuntu, platform: 'darwin' })).toBeNull();
    expect(sandboxProblem({ ...ubuntu, platform: 'win32' })).toBeNull();
  });

  it('does not accept a helper that is SUID but not root-owned, or root-owned without SUID', () => {
    expect(sandboxProblem({ ...ubuntu, helper: { uid: 1000, mode: 0o104755 } })).not.toBeNull();
    expect(sandboxProblem({ ...ubuntu, helper: { uid: 0, mode: 0o100755 } })).not.toBeNull();
    expect(sandboxProblem({ ...ubuntu, helper: null })).not.toBeNull();
  });

  it('writes the profile the .deb installs: user namespaces for this binary, nothing else changed', () => {
    expect(apparmorProfile('/opt/x/electron')).toBe(
      [
        'abi <abi/4.0>,',
        'include <tunables/global>',
        '',
        'profile koers-electron "/opt/x/electron" flags=(unconfined) {',
        '  userns,',
        '',
        '  include if exists <local/koers-electron>',
        '}',
      ].join('\n'),
    );
  });
});

describe('the start script', () => {
  const facts: SandboxFacts = {
    platform: 'linux',
    restrictsUserNamespaces: true,
    helper: null,
    profiled: false,
    binary: '/r/node_modules/electron/dist/electron',
  };
  const fakeRun = () => {
    const calls: { command: string; args: string[]; env: NodeJS.ProcessEnv | undefined }[] = [];
    const run = (command: string, args: string[], options: SpawnOptions) => {
      calls.push({ command, args, env: options.env });
      return Object.create(null) as ChildProcess;
    };
    return { calls, run };
  };

  it('starts Electron on the repository without an inherited ELECTRON_RUN_AS_NODE', () => {
    const { calls, run } = fakeRun();
    const child = startElectron({
      binary: facts.binary,
      env: { ELECTRON_RUN_AS_NODE: '1', PATH: '/usr/bin' },
      facts: { ...facts, restrictsUserNamespaces: false },
      run,
    });
    expect(child).not.toBeNull();
    expect(calls).toEqual([{ command: facts.binary, args: ['.'], env: { PATH: '/usr/bin' } }]);
  });

  it('where the sandbox cannot start, explains and starts nothing (unless told to skip the check)', () => {
    const { calls, run } = fakeRun();
    const said: string[] = [];
    const report = (text: string) => said.push(text);
    expect(startElectron({ binary: facts.binary, env: {}, facts, run, report })).toBeNull();
    expect(calls).toHaveLength(0);
    expect(said.join('\n')).toContain('AppArmor');
    startElectron({
      binary: facts.binary,
      env: { KOERS_SKIP_SANDBOX_CHECK: '1' },
      facts,
      run,
      report,
    });
    expect(calls).toHaveLength(1);
  });
});
