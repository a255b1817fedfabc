import type { Locator, Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { scaledDemo } from '../../shared/demo/scaled';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { formatNumber } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

/** Large enough that every long table is windowed; small enough to import in seconds. */
const SIZE = 2000;
const large = scaledDemo(SIZE);
const demo = createDemoData();
/** The file merges into the demo: its own activities plus the scaled ones. */
const activities = [...demo.activities, ...large.activities];
const themeGroups = new Set(activities.map((a) => a.primaryThemeId)).size;
/** Issue 11's ceiling for every screen. */
const MAX_NODES = 5000;

/** Every element on the page. */
const nodeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/**
 * Scrolls a table's scroll box to its end, as a person keeps scrolling: rows are measured as they
 * are drawn, so the end moves until the last row, `last`, is in the DOM.
 */
async function scrollToEnd(box: Locator, last?: Locator) {
  await expect(async () => {
    await box.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    if (last) await expect(last).toBeVisible({ timeout: 200 });
  }).toPass({ timeout: 10_000 });
}

test('a programme of 2.000 activities keeps every screen small and every row reachable', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Programmabestand inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: 'groot.koers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      writeProgrammeFile([large], {
        kind: 'uitwisseling',
        exportedAt: '2026-03-01',
        appVersion: 'test',
      }),
    ),
  });
  await expect(page.getByText('groot.koers.json is samengevoegd met wat er is')).toBeVisible({
    timeout: 60_000,
  });

  // The programme list: the real count for screen readers, only a window of rows in the DOM.
  const p = new ProgrammePage(page);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(p.table).toHaveAttribute(
    'aria-rowcount',
    String(1 + themeGroups + activities.length),
    { timeout: 30_000 },
  );
  expect(await p.activityButtons.count()).toBeLessThan(100);
  expect(await nodeCount(page)).toBeLessThan(MAX_NODES);
  await expectNoAxeViolations(page);
  // Counts in the thousands are written the Dutch way: "2.041 van 2.041 activiteiten".
  const count = formatNumber(activities.length);
  await expect(page.getByRole('status').filter({ hasText: 'activiteiten ·' })).toContainText(
    `${count} van ${count} activiteiten`,
  );

  // A focused row stays drawn while it scrolls out of view, so focus is never lost to the page.
  const firstButton = p.activityButtons.first();
  const firstTitle = await firstButton.innerText();
  await firstButton.focus();
  const box = page.locator('.window-scroll').filter({ has: p.table });
  // The last row is reachable by scrolling, carries the last row index, and opens the editor.
  const lastRow = p.table.locator(
    `tr[aria-rowindex="${String(1 + themeGroups + activities.length)}"]`,
  );
  await scrollToEnd(box, lastRow);
  await expect(page.locator(':focus')).toHaveText(firstTitle);
  const lastTitle = await lastRow.getByRole('button').innerText();
  await lastRow.getByRole('button').click();
  await expect(p.editor).toBeVisible();
  await expect(p.field('Titel')).toHaveValue(lastTitle);
  await p.closeEditor();

  // The filter searches the whole list, not the rows drawn: an activity far down is found.
  const far = large.activities[SIZE - 1]!;
  await p.filter('Zoeken').fill(`(${String(SIZE)})`);
  await expect(p.activityButtons).toHaveCount(1);
  await expect(p.row(far.title)).toBeVisible();
  await p.filter('Zoeken').fill('');

  // The line table: windowed, the real count, the last entry reachable with its force button.
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  const line = page.getByRole('table', { name: 'De lijn: wat past in de ruimte voor keuzes' });
  await expect(line).toBeVisible({ timeout: 30_000 });
  const summary = await page.locator('p').filter({ hasText: 'Boven de lijn:' }).first().innerText();
  const entries = Number(
    /Boven de lijn:\s*[\d.]+ van ([\d.]+)/.exec(summary)?.[1]?.replace(/\./g, ''),
  );
  // Only discretionary work is ranked; enough of it that the table is windowed.
  expect(entries).toBeGreaterThan(500);
  // Every count in the summary is written the Dutch way: never four digits in a row.
  expect(summary).not.toMatch(/\d{4}/);
  await expect(line).toHaveAttribute('aria-rowcount', String(entries + 1));
  expect(await line.locator('tbody tr[data-index]').count()).toBeLessThan(100);
  expect(await nodeCount(page)).toBeLessThan(MAX_NODES);
  const lastEntry = line.locator(`tr[aria-rowindex="${String(entries + 1)}"]`);
  await scrollToEnd(
    page
      .getByRole('region', { name: 'De lijn: wat past in de ruimte voor keuzes' })
      .filter({ has: line })
      .last(),
    lastEntry,
  );
  await lastEntry.getByRole('button').first().click();
  await expect(lastEntry.getByRole('textbox')).toBeVisible();
  await expectNoAxeViolations(page);

  // Every other screen stays under the ceiling too.
  for (const [nav, heading] of [
    ['Budget', 'Budget'],
    ['Organisatie en kaders', 'Organisatie en kaders'],
    ['Bestanden en back-ups', 'Bestanden en back-ups'],
    ['Versies en wijzigingen', 'Versies, vaststelling en wijzigingen'],
  ] as const) {
    await page.getByRole('button', { name: nav, exact: true }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).first().waitFor();
    expect(await nodeCount(page), nav).toBeLessThan(MAX_NODES);
  }
});
