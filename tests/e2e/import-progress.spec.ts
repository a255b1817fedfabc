import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { scaledDemo } from '../../shared/demo/scaled';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { expect, expectNoAxeViolations, test, WCAG_TAGS } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const SIZE = 5000;

/**
 * Holds the database as another window's long write would (a read-write transaction kept busy),
 * so the import waits after checking its file and its progress can be looked at without a race.
 */
async function holdDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((started) => {
        const open = indexedDB.open('koers');
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['activities'], 'readwrite');
          const store = tx.objectStore('activities');
          const w = window as unknown as { koersRelease?: boolean };
          const spin = () => {
            if (w.koersRelease === true) return;
            store.count().onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => {
            idb.close();
          };
          started();
        };
      }),
  );
}

test('a large import shows how far it has come, then the programme', async ({ page }) => {
  test.setTimeout(180_000);
  const demo = scaledDemo(SIZE);
  const dir = await mkdtemp(join(tmpdir(), 'koers-import-'));
  const file = join(dir, 'groot.koers.json');
  await writeFile(
    file,
    writeProgrammeFile([demo], {
      kind: 'uitwisseling',
      exportedAt: '2026-03-02T09:00:00.000Z',
      appVersion: 'e2e',
    }),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  await page.getByRole('heading', { name: 'Bestanden en back-ups', level: 1 }).waitFor();
  await holdDatabase(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Programmabestand inlezen' }).click(),
  ]);
  await chooser.setFiles(file);
  // After a second the progress shows, counted in activities, in Dutch figures.
  const bar = page.getByRole('progressbar', {
    name: 'Controleren… 5.000 van 5.000 activiteiten',
  });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveAttribute('aria-valuemax', String(SIZE));
  await expect(bar).toHaveAttribute('aria-valuenow', String(SIZE));
  await expect(page.getByRole('status').filter({ has: bar })).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .include('.import-progress')
    .withTags(WCAG_TAGS)
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(axe.passes.length).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/import-progress-1280x800.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/import-progress-1920x1080.png' });
  await page.evaluate(() => {
    (window as unknown as { koersRelease?: boolean }).koersRelease = true;
  });
  // The import goes on and ends: the bar goes, the step can be undone, the programme shows.
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 120_000 });
  await expect(page.getByRole('button', { name: 'Ongedaan maken' }).first()).toBeEnabled();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  // The list is windowed: the last activity is found through the search, as a person would.
  const last = demo.activities.at(-1)?.title ?? '';
  const p = new ProgrammePage(page);
  await p.filter('Zoeken').fill(last);
  await expect(p.row(last)).toBeVisible({ timeout: 120_000 });
});
