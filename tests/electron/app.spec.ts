import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ProgrammePage } from '../e2e/page-models/programme-page';
import { electronBinary } from './binary';
import { backupsFolderIn, launchOptions } from './launch';

// Decided before anything launches: without the binary the suite is skipped and says why.
const binary = electronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

let app: ElectronApplication;
let home: string;

/** Starts Koers on the test's own home folder (database, settings and backups all inside it). */
const launch = async () => {
  if (!('path' in binary)) throw new Error('geen Electron');
  app = await electron.launch(launchOptions(binary.path, home, path.resolve('.')));
  return app;
};

test.beforeEach(async () => {
  if (!('path' in binary)) return;
  // A fresh home per test: a fresh IndexedDB (first start, demo seeded), its own Documents and
  // its own single-instance lock, so a Koers the developer has open does not interfere.
  home = await mkdtemp(path.join(tmpdir(), 'koers-electron-'));
  await launch();
});

test.afterEach(async () => {
  if (!('path' in binary)) return;
  await app.close();
  await rm(home, { recursive: true, force: true });
});

test('opens one secured window on app://koers with only the host bridge', async () => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle(/Koers/);
  expect(page.url()).toMatch(/^app:\/\/koers\//);
  const globals = await page.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    return {
      host: typeof g.koersHost,
      methods: Object.keys(g.koersHost ?? {}).sort(),
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
    };
  });
  expect(globals).toMatchObject({
    host: 'object',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
  expect(globals.methods).toEqual(expect.arrayContaining(['appVersion', 'openProgrammeFile']));
  // The bridge answers over IPC, through every check of the main process.
  const version = await page.evaluate(() =>
    (
      globalThis as unknown as { koersHost: { appVersion(): Promise<string> } }
    ).koersHost.appVersion(),
  );
  expect(version).toMatch(/^\d+\.\d+\.\d+/);

  // New windows are denied; requests outside the app never leave.
  expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(
    await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'geladen',
        () => 'geweigerd',
      ),
    ),
  ).toBe('geweigerd');

  // Every path Koers writes to lies in the test's home, never in the tester's own.
  const paths = await app.evaluate(({ app: a }) => ({
    userData: a.getPath('userData'),
    documents: a.getPath('documents'),
  }));
  expect(paths.userData.startsWith(home)).toBe(true);
  expect(paths.documents.startsWith(home)).toBe(true);
});

test("writes the first start's daily backup into the home folder's Documents", async () => {
  const page = await app.firstWindow();
  await new ProgrammePage(page).table.waitFor();
  await expect
    .poll(async () => (await readdir(backupsFolderIn(home)).catch(() => [])).join(' '), {
      timeout: 15_000,
    })
    .toMatch(/^koers-\d{4}-\d{2}-\d{2}_\d{6}-dagelijks\.koers\.json$/);
});

test('an edit survives a restart: change a title, close Koers, start it again, see it', async () => {
  let page = await app.firstWindow();
  let p = new ProgrammePage(page);
  await p.table.waitFor();
  // Activity rows hold data cells; the header and group rows hold header cells only.
  const firstRow = p.table
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first();
  const titleButton = firstRow.getByRole('cell').first().getByRole('button');
  const oldTitle = (await titleButton.textContent())?.trim() ?? '';
  expect(oldTitle).not.toBe('');
  const newTitle = `${oldTitle} (bewerkt in de desktop-app)`;

  await titleButton.click();
  await p.editor.waitFor();
  await p.field('Titel').fill(newTitle);
  // Leaving the field stores it; the window only closes once nothing is on its way (else it asks).
  await p.closeEditor();
  await p.saved();
  await expect(p.table.getByRole('button', { name: newTitle, exact: true })).toBeVisible();

  await app.close();
  await launch();
  page = await app.firstWindow();
  p = new ProgrammePage(page);
  await p.table.waitFor();
  await expect(p.table.getByRole('button', { name: newTitle, exact: true })).toBeVisible();
  await expect(p.table.getByRole('button', { name: oldTitle, exact: true })).toHaveCount(0);
});

test('the language switch in the app menu: English and back, the menu following, kept after a restart', async () => {
  let page = await app.firstWindow();
  await new ProgrammePage(page).table.waitFor();
  /** Clicks the app menu's language item with this label (View › Language, Beeld › Taal). */
  const choose = (label: string) =>
    app.evaluate(({ Menu }, wanted) => {
      const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
        for (const item of items) {
          if (item.type === 'radio' && item.label === wanted) return item;
          const inner = item.submenu ? find(item.submenu.items) : undefined;
          if (inner) return inner;
        }
        return undefined;
      };
      const item = find(Menu.getApplicationMenu()?.items ?? []);
      if (!item) throw new Error(`geen menu-item ${wanted}`);
      // Typed as Function in Electron's .d.ts; a menu item's click takes no arguments here.
      (item.click as unknown as () => void).call(item);
    }, label);
  const topLabels = () =>
    app.evaluate(({ Menu }) => (Menu.getApplicationMenu()?.items ?? []).map((i) => i.label));

  await choose('English');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('button', { name: 'Programme', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(topLabels).toContain('View');

  // Remembered: a restart opens in English.
  await app.close();
  await launch();
  page = await app.firstWindow();
  await expect(
    page.getByRole('navigation').getByRole('button', { name: 'Programme', exact: true }),
  ).toBeVisible();
  await expect.poll(topLabels).toContain('View');

  await choose('Nederlands');
  await expect(
    page.getByRole('navigation').getByRole('button', { name: 'Programma', exact: true }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect.poll(topLabels).toContain('Beeld');
});
