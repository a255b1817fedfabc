import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { bundleScenarioHarness } from './harness/harness';

/**
 * *Vergelijk scenario's* (issue 12, CMP) in Chromium, mounted alone in the app's frame (the
 * harness: the integrator mounts it on the Scenario's screen). The demo against four scenarios:
 * a 5% frame cut, the asylum-pact task without its money, the largest team losing 5 fte, a
 * fifth of the choices removed.
 */
let html = '';
test.beforeAll(async () => {
  html = await bundleScenarioHarness();
});

const HARNESS = 'scenario-vergelijken-testopstelling.html';

/** Opens the harness on the app's own origin (no request leaves it). */
async function openHarness(page: Page, baseURL: string | undefined): Promise<void> {
  await page.route(`${baseURL ?? ''}${HARNESS}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(HARNESS);
  await expect(page.getByRole('heading', { name: "De scenario's naast de basis" })).toBeVisible();
}

const COLUMNS = [
  'Werkprogramma 2026 (basis)',
  'Taakstelling 5%',
  'Asielpact zonder extra middelen',
  'Team verliest 5 fte',
  'Een vijfde van de keuzes geschrapt',
];

test.describe("Vergelijk scenario's", () => {
  test('four scenarios beside the base: who falls below or comes above, the money, axe clean', async ({
    page,
    baseURL,
  }) => {
    await openHarness(page, baseURL);
    const figures = page.getByRole('table', { name: 'Kerncijfers' });
    const heads = figures.getByRole('columnheader');
    await expect(heads).toHaveText(['Kerncijfer', ...COLUMNS]);
    const row = (name: string) => figures.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row('Budgetresultaat').getByRole('cell')).toHaveText([
      '€ 440.725 ruimte',
      '€ 370.675 overschrijding',
      '€ 415.725 ruimte',
      /ruimte$/,
      /ruimte$/,
    ]);
    await expect(row('Ruimte voor keuzes').getByRole('cell').nth(2)).toHaveText('38.684 uur');
    await expect(row('Externe inhuur').getByRole('cell').first()).toHaveText('2,3%');

    const differs = page.getByRole('table', { name: 'Wat verschilt van de basis' });
    const fell = differs.getByRole('row', { name: /^Valt onder de lijn/ }).getByRole('cell');
    await expect(fell.nth(3)).toContainText('datagedreven werken');
    await expect(fell.nth(1)).toHaveText('geen');
    const came = differs.getByRole('row', { name: /^Komt boven de lijn/ }).getByRole('cell');
    await expect(came.nth(2)).toContainText('Europees Migratie- en asielpact');

    const grid = page.getByRole('img', { name: /^Grootste verschuivingen per scenario/ });
    await expect(grid).toHaveAccessibleName(/Team Migratie K3 \+ 1\.286 uur/);
    await expect(
      page.getByRole('img', { name: /^Budgetresultaat per kolom/ }),
    ).toHaveAccessibleName(/Taakstelling 5%: € 370\.675 overschrijding/);
    await page.getByText('Toon als tabel').click();
    await expect(
      page.getByRole('table', { name: 'Verschuiving tegen de basis per team en kwartaal (uren)' }),
    ).toContainText('+ 1.286');
    await expectNoAxeViolations(page);
  });

  test('Afdrukken from the keyboard prints the comparison alone on one A4 landscape page', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openHarness(page, baseURL);
    const print = page.getByRole('button', { name: 'Afdrukken' });
    await print.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(print).toBeHidden();
    await expect(page.locator('.app__nav')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync('.tmp/screenshots', { recursive: true });
    writeFileSync('.tmp/screenshots/scenario-compare.pdf', pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    // After printing the page is the app again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('html')).not.toHaveClass(/scmp-printing/);
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const)
    test(`at ${String(width)}×${String(height)} four columns fit without text cut off`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height });
      await openHarness(page, baseURL);
      mkdirSync('.tmp/screenshots', { recursive: true });
      await page.screenshot({
        path: `.tmp/screenshots/scenario-compare-${String(width)}.png`,
        fullPage: true,
      });
      // No table wider than its card, no cell whose text runs out of it.
      const cut = await page.evaluate(() => {
        const out: string[] = [];
        for (const table of document.querySelectorAll<HTMLElement>('.scmp > * table, .scmp table'))
          if (table.closest('details')) continue;
          else if (table.scrollWidth > (table.parentElement?.clientWidth ?? 0) + 1)
            out.push(`tabel ${table.getAttribute('aria-labelledby') ?? ''} te breed`);
        for (const cell of document.querySelectorAll<HTMLElement>('.scmp th, .scmp td'))
          if (!cell.closest('details') && cell.scrollWidth > cell.clientWidth + 1)
            out.push(`afgesneden: ${cell.textContent}`);
        const card = document.querySelector('.scmp')?.getBoundingClientRect();
        if (card && card.right > window.innerWidth) out.push('kaart buiten het venster');
        return out;
      });
      expect(cut).toEqual([]);
    });
});
