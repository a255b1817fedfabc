// What the start of the desktop app checks before Electron runs, so that a person reads what is
// wrong and what to do instead of a crash or a message that blames the internet connection.
// The decisions are pure functions of the facts (tested in tests/unit/start-checks.test.ts);
// `readSandboxFacts` gathers the facts on Linux. Run directly it checks the Node version only,
// with syntax old Node understands, before `npm start` builds anything.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The oldest Node that can build Koers and download Electron (require of ES modules). */
export const MIN_NODE = '20.19.0';

/** Lines saying the Node version is too old, or null when it is new enough. */
export function nodeProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const [minMajor, minMinor] = MIN_NODE.split('.').map(Number);
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return null;
  return [
    `Node ${version} is te oud voor Koers: nodig is Node ${MIN_NODE} of nieuwer (https://nodejs.org).`,
    'Oudere Node kan Electron niet downloaden en de app niet bouwen.',
    `Node ${version} is too old for Koers: Node ${MIN_NODE} or newer is needed.`,
  ];
}

/** The value of an environment variable in either case (HTTPS_PROXY or https_proxy). */
const envValue = (env, name) => env[name] ?? env[name.toLowerCase()];

/** A proxy address without the password in it, fit to print. */
const withoutPassword = (url) => url.replace(/\/\/[^/@]*@/, '//…@');

/**
 * Why Electron could not be downloaded and what to set, from the environment: the proxy
 * variables Electron's download reads only when ELECTRON_GET_USE_PROXY is set, and the mirror.
 */
export function downloadAdvice(env) {
  const proxy = envValue(env, 'HTTPS_PROXY') ?? envValue(env, 'HTTP_PROXY');
  const useProxy = env.ELECTRON_GET_USE_PROXY;
  const mirror = env.ELECTRON_MIRROR;
  const lines = [
    '',
    'Electron kon niet worden gedownload (eenmalig, ongeveer 100 MB, van github.com).',
  ];
  if (proxy && !useProxy)
    lines.push(
      `Er is een proxy ingesteld (${withoutPassword(proxy)}), maar de download van Electron gebruikt`,
      'die alleen met ELECTRON_GET_USE_PROXY=1. Start opnieuw met:',
      '  ELECTRON_GET_USE_PROXY=1 npm start',
    );
  else if (proxy)
    lines.push(
      `De download ging via de proxy ${withoutPassword(proxy)}; kijk of dat adres klopt en of die`,
      'proxy github.com doorlaat (of een spiegel, zie hieronder).',
    );
  else
    lines.push(
      'Achter een proxy? Geef die op en zet de proxy voor Electron aan:',
      '  HTTPS_PROXY=http://proxy.example:8080 ELECTRON_GET_USE_PROXY=1 npm start',
    );
  if (mirror)
    lines.push(
      `De spiegel in ELECTRON_MIRROR (${mirror}) gaf het bestand niet; kijk of het adres klopt.`,
    );
  else
    lines.push(
      'Mag github.com niet? Een spiegel binnen de organisatie kan ook:',
      '  ELECTRON_MIRROR=https://spiegel.example/electron/ npm start',
    );
  lines.push(
    'Zonder Electron werkt Koers in de browser: `npm run web`.',
    '',
    'Electron could not be downloaded. Behind a proxy set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1;',
    'for a mirror set ELECTRON_MIRROR. Without Electron, Koers runs in a browser: `npm run web`.',
  );
  return lines;
}

/**
 * The environment Electron's download runs with: a proxy the person set (HTTPS_PROXY,
 * HTTP_PROXY) is used, which @electron/get does only when ELECTRON_GET_USE_PROXY is set.
 */
export function downloadEnv(env) {
  const proxy = envValue(env, 'HTTPS_PROXY') ?? envValue(env, 'HTTP_PROXY');
  return proxy && !env.ELECTRON_GET_USE_PROXY ? { ...env, ELECTRON_GET_USE_PROXY: '1' } : env;
}

/**
 * The environment Electron is started with: the caller's, without ELECTRON_RUN_AS_NODE (set by
 * an editor or a tool that ran Electron as Node, it makes Electron run `.` as a script and crash).
 */
export function electronEnv(env) {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}

/** The AppArmor profile that lets this Electron binary use user namespaces (as the .deb installs). */
export function apparmorProfile(binary) {
  return [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    '',
    `profile koers-electron "${binary}" flags=(unconfined) {`,
    '  userns,',
    '',
    '  include if exists <local/koers-electron>',
    '}',
  ].join('\n');
}

/**
 * Whether Electron's sandbox cannot start here, and what to do, or null when it can. On Linux
 * where AppArmor restricts unprivileged user namespaces (Ubuntu 23.10 and newer), Chromium falls
 * back to its SUID helper `chrome-sandbox`, which npm installs without root; Electron then
 * aborts (electron#42510). An AppArmor profile for the binary, or a root-owned SUID helper,
 * lets the sandbox start; Koers never turns the sandbox off.
 *
 * facts: { platform, restrictsUserNamespaces, helper: { uid, mode } | null, profiled, binary }
 */
export function sandboxProblem(facts) {
  if (facts.platform !== 'linux' || !facts.restrictsUserNamespaces || facts.profiled) return null;
  const helper = path.join(path.dirname(facts.binary), 'chrome-sandbox');
  const suidRoot =
    facts.helper !== null && facts.helper.uid === 0 && (facts.helper.mode & 0o4000) !== 0;
  if (suidRoot) return null;
  return [
    'Electron kan hier zijn sandbox niet starten: AppArmor beperkt user namespaces',
    '(kernel.apparmor_restrict_unprivileged_userns = 1, standaard sinds Ubuntu 23.10), en de',
    `hulp chrome-sandbox is niet van root met mode 4755. Electron zou afbreken met "The SUID sandbox`,
    'helper binary was found, but is not configured correctly". Koers zet de sandbox niet uit.',
    '',
    'Aanbevolen: een AppArmor-profiel voor deze Electron (wat het .deb-pakket ook installeert):',
    '',
    "sudo tee /etc/apparmor.d/koers-electron > /dev/null <<'EOF'",
    ...apparmorProfile(facts.binary).split('\n'),
    'EOF',
    'sudo apparmor_parser -r /etc/apparmor.d/koers-electron',
    '',
    'Of (zoals Electron zelf voorstelt) de hulp van root maken:',
    `sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"`,
    '',
    'Daarna opnieuw: npm start. (Wie zeker weet dat het anders geregeld is: KOERS_SKIP_SANDBOX_CHECK=1.)',
    '',
    "Electron's sandbox cannot start here (AppArmor restricts unprivileged user namespaces and",
    'chrome-sandbox is not root-owned with mode 4755). Install the AppArmor profile above, or make',
    'chrome-sandbox root-owned with mode 4755, then run npm start again.',
  ];
}

/** Reads, on this machine, the facts `sandboxProblem` decides on. */
export function readSandboxFacts(binary, platform = process.platform) {
  if (platform !== 'linux')
    return { platform, restrictsUserNamespaces: false, helper: null, profiled: false, binary };
  // AppArmor attaches a profile to the executable's real path, not to a symlink.
  const real = realpathSync(binary);
  let restricts = false;
  try {
    restricts =
      readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() === '1';
  } catch {
    restricts = false;
  }
  let helper = null;
  try {
    const info = statSync(path.join(path.dirname(real), 'chrome-sandbox'));
    helper = { uid: info.uid, mode: info.mode };
  } catch {
    helper = null;
  }
  let profiled = false;
  if (restricts)
    try {
      for (const entry of readdirSync('/etc/apparmor.d', { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        try {
          if (readFileSync(path.join('/etc/apparmor.d', entry.name), 'utf8').includes(real)) {
            profiled = true;
            break;
          }
        } catch {
          // A profile this user may not read says nothing about ours.
        }
      }
    } catch {
      profiled = false;
    }
  return { platform, restrictsUserNamespaces: restricts, helper, profiled, binary: real };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeProblem(process.versions.node);
  if (problem) {
    console.error(problem.join('\n'));
    process.exit(1);
  }
}
