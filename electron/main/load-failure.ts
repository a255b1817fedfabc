import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { isAppUrl } from './security';

/** Chromium's net error for a load that was cancelled by a newer one: not a failure. */
const ERR_ABORTED = -3;

/** Text made safe to place in HTML. */
const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/**
 * The Dutch page shown when the app cannot be shown: a title, what happened, what to do. It
 * runs nothing (its policy allows no script and no request), so it cannot fail in turn.
 */
export function errorPageHtml(what: string): string {
  const title = escapeHtml(translate('loadFailed.title'));
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1.5rem;color:#1b1f24;background:#f6f7f9}h1{font-size:1.5rem}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>${title}</h1>`,
    `<p>${escapeHtml(what)}</p>`,
    `<p>${escapeHtml(translate('loadFailed.what'))}</p>`,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Shows the window with the Dutch error page when the app's page does not load or its renderer
 * stops: the window is created hidden and shown on ready-to-show, which a failed load never
 * sends, so without this the person sees nothing at all.
 */
export function showOnLoadFailure(win: BrowserWindow): void {
  let showingError = false;
  const fail = (what: string) => {
    if (win.isDestroyed() || showingError) return;
    showingError = true;
    win.show();
    void win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(errorPageHtml(what))}`);
  };
  win.webContents.on(
    'did-fail-load',
    (_event, errorCode: number, errorDescription: string, url: string, isMainFrame: boolean) => {
      if (!isMainFrame || errorCode === ERR_ABORTED || !isAppUrl(url)) return;
      fail(translate('loadFailed.body', { reason: `${errorDescription} ${String(errorCode)}` }));
    },
  );
  win.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    fail(translate('loadFailed.crashed', { reason: details.reason }));
  });
}
