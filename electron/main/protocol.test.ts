import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => fake);

import { appProtocolHandler, registerAppScheme, resolveAppPath } from './protocol';
import { CSP } from './security';

describe('resolveAppPath: the app:// path-traversal guard', () => {
  const root = path.resolve('/opt/koers/dist/renderer');
  const inRoot = (...parts: string[]) => path.join(root, ...parts);

  it('serves files inside the renderer folder, index.html for the root', () => {
    expect(resolveAppPath(root, 'app://koers/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://koers')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://koers/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://koers/assets/index-Bc1x_9.js')).toBe(
      inRoot('assets', 'index-Bc1x_9.js'),
    );
    expect(resolveAppPath(root, 'app://koers/assets/highs.wasm?v=1#x')).toBe(
      inRoot('assets', 'highs.wasm'),
    );
    expect(resolveAppPath(root, 'app://koers/assets/Koers%20logo.svg')).toBe(
      inRoot('assets', 'Koers logo.svg'),
    );
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['an empty host', 'app:///index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['an https URL', 'https://koers/index.html'],
    ['no URL at all', 'not a url'],
    ['a parent segment', 'app://koers/../secret.txt'],
    ['a parent segment deeper down', 'app://koers/assets/../../secret.txt'],
    ['an encoded parent segment', 'app://koers/%2e%2e/secret.txt'],
    ['an upper-case encoded parent segment', 'app://koers/assets/%2E%2E/%2E%2E/etc/passwd'],
    ['a half-encoded parent segment', 'app://koers/.%2e/secret.txt'],
    ['encoded slashes', 'app://koers/..%2f..%2fetc%2fpasswd'],
    ['backslashes', 'app://koers/assets\\..\\..\\secret'],
    ['encoded backslashes', 'app://koers/%5c..%5csecret'],
    ['a NUL byte', 'app://koers/index.html%00.js'],
    ['a raw NUL byte', 'app://koers/index.html\0.js'],
    ['an absolute path', 'app://koers//etc/passwd'],
    ['a Windows drive path', 'app://koers/C:/Windows/win.ini'],
    ['malformed percent-encoding', 'app://koers/%E0%A4%A'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the app:// handler', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'koers-renderer-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Koers</title>');
    await writeFile(path.join(root, 'assets', 'index.js'), 'console.log(1)');
    await writeFile(path.join(root, 'assets', 'index.css'), 'body{}');
    await writeFile(path.join(root, 'assets', 'highs.wasm'), new Uint8Array([0, 97, 115, 109]));
    await writeFile(path.join(root, 'assets', 'solver.worker-CqVumgMF.js'), 'self.onmessage=null');
    await writeFile(path.join(path.dirname(root), 'koers-secret.txt'), 'geheim');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(path.join(path.dirname(root), 'koers-secret.txt'), { force: true });
  });
  const get = (url: string) => appProtocolHandler(root)(new Request(url));

  it('registers app:// as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it.each([
    ['app://koers/', 'text/html; charset=utf-8', '<!doctype html><title>Koers</title>'],
    ['app://koers/assets/index.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://koers/assets/index.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s as %s with the CSP header', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('serves WebAssembly as application/wasm (streaming compilation requires it)', async () => {
    const response = await get('app://koers/assets/highs.wasm');
    expect(response.headers.get('Content-Type')).toBe('application/wasm');
  });

  it('serves the solver worker as JavaScript with a CSP that lets it compile HiGHS', async () => {
    // A module worker refuses a script of another MIME type, and its own policy is the CSP header
    // of its script's response (not the page's): that header must allow WebAssembly compilation.
    const response = await get('app://koers/assets/solver.worker-CqVumgMF.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/worker-src|https?:/);
  });

  it.each([
    'app://koers/missing.js',
    'app://koers/assets',
    'app://koers/%2e%2e/koers-secret.txt',
    'app://other/index.html',
  ])('answers 404 for %s and never the file outside', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('geheim');
    expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
  });
});
