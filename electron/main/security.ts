import type { Session, WebContents } from 'electron';

/** The origin the renderer is served from (see protocol.ts). */
export const APP_ORIGIN = 'app://koers';

/**
 * The Content-Security-Policy of every page: only the app's own files; WebAssembly may be
 * compiled (the HiGHS solver) but no string is ever evaluated as code ('unsafe-eval' is absent).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True for a URL of the app itself (app://koers/…). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === 'koers';
  } catch {
    return false;
  }
}

/** True for a request the app may make: its own files, inline data, and the devtools. */
export function isAllowedRequest(url: string): boolean {
  return (
    isAppUrl(url) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('devtools://')
  );
}

/**
 * Locks down one page (Electron security checklist): no navigation away from the app, no new
 * windows, no webviews.
 */
export function hardenWebContents(contents: WebContents): void {
  const stayHome = (event: { preventDefault: () => void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Locks down the session: every permission denied, every request outside the app cancelled. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}
