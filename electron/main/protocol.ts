import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CSP } from './security';

/** The scheme the renderer is served under: app://koers/index.html. */
export const APP_SCHEME = 'app';

/** The only host of the scheme. */
const APP_HOST = 'koers';

/** Content types of the files Vite writes into dist/renderer; anything else is a download. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a file by its extension. */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Registers app:// as a standard, secure scheme with fetch (so the page is a secure context and
 * can fetch its own WebAssembly); must run before the app is ready (Electron protocol docs).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps a request URL to a file under the renderer's folder, or null when it names another host
 * or would leave that folder: `..`, encoded `%2e%2e`, backslashes (plain or `%5c`), encoded
 * slashes, absolute or drive paths, NUL bytes. Pure, so every form is tested without Electron.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  // Refuse on the raw text first: the URL parser quietly folds `..` and `%2e%2e` away, and a
  // request that tries them is hostile whatever it folds to. Vite's file names never hold these.
  if (/\.\.|%2e|%2f|%5c|%00|\\|\0/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\') || rel.split('/').includes('..')) return null;
  rel = rel.replace(/^\//, '');
  // What is left must be relative on every platform: no `//etc`, `/x`, `C:` or `C:\`.
  if (
    rel.startsWith('/') ||
    /^[a-z]:/i.test(rel) ||
    path.posix.isAbsolute(rel) ||
    path.win32.isAbsolute(rel)
  )
    return null;
  if (rel === '') rel = 'index.html';
  const root = path.resolve(rootDir);
  const full = path.resolve(root, rel);
  return full.startsWith(root + path.sep) ? full : null;
}

/** Headers on every answer: the CSP (Electron security checklist, item 7) and no sniffing. */
const SECURITY_HEADERS = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };

/** 404 for anything not found or refused; the page learns nothing more. */
const notFound = () =>
  new Response('Niet gevonden', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** Answers one app:// request from the files under rootDir (the protocol.handle callback). */
export function appProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppPath(rootDir, request.url);
    if (file === null) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) },
      });
    } catch {
      return notFound();
    }
  };
}

/** Serves the renderer's files over app://, each with the CSP header; 404 for anything else. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rootDir));
}
