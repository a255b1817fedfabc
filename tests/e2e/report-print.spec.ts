import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { bundleReportHarness } from './harness/report-harness';
import { printReportPdf } from './helpers/pdf';

/**
 * The report's print machinery (issue 13, Out) in Chromium: a report document in the print
 * view, mounted alone in the app's frame (the harness; the year-end pack itself is mounted by
 * the integrator on its screen), printed with the desktop app's PDF options.
 */
let html = '';
test.beforeAll(async () => {
  html = await bundleReportHarness();
});

const HARNESS = 'rapport-testopstelling.html';

async function openHarness(page: Page, baseURL: string | undefined): Promise<void> {
  await page.route(`${baseURL ?? ''}${HARNESS}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(HARNESS);
  await expect(page.getByRole('heading', { name: 'Jaarbericht 2025' })).toBeVisible();
}

test('the print view shows the report in Dutch, with totals and a chart described in words, axe clean', async ({
  page,
  baseURL,
}) => {
  await openHarness(page, baseURL);
  const table = page.getByRole('table', { name: 'Uren en kosten per activiteit' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Activiteit',
    'Plan (vastgesteld)',
    'Realisatie',
    'Kosten',
    'Verschil %',
    'Publicaties',
  ]);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Activiteit 1: toezicht op de keten',
    '1.000',
    '900',
    '€ 100.000',
    '-10,0%',
    '0',
  ]);
  await expect(table.getByRole('row').last().getByRole('cell')).toHaveText([
    'Totaal',
    '77.700',
    '71.700',
    '€ 6.177.000',
    '',
    '60',
  ]);
  await expect(
    page.getByRole('img', { name: /Uren per focus: plan en realisatie/ }),
  ).toHaveAccessibleDescription(
    /Focus op de context: Plan \(vastgesteld\) 12\.000, Realisatie 10\.800/,
  );
  await expect(page.getByRole('table', { name: 'Gepubliceerd in 2025' })).toContainText(
    '9 oktober 2025',
  );
  await expectNoAxeViolations(page);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/report-view-${size.width}.png`, fullPage: true });
  }
});

test('the PDF: A4 pages with only the report, headers repeated, the totals, the programme and "pagina X van Y"', async ({
  page,
  baseURL,
}) => {
  await openHarness(page, baseURL);
  const printed = await printReportPdf(page, 'Werkprogramma 2025', {
    folder: test.info().outputDir,
  });
  expect(printed.pages).toBeGreaterThanOrEqual(2);
  const pages = printed.text.split('\f').filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(printed.pages);
  expect(pages[0]).toContain('Jaarbericht 2025');
  expect(pages[0]).toContain('Plan en realisatie per focus');
  // Nothing of the screen around the report: no navigation, banner or button.
  for (const screenOnly of ['Hoofdmenu', 'Jaareinde', 'Alleen op het scherm', 'PDF maken'])
    expect(printed.text).not.toContain(screenOnly);
  for (const [i, p] of pages.entries()) {
    expect(p).toContain('Werkprogramma 2025');
    expect(p).toContain(`pagina ${i + 1} van ${printed.pages}`);
  }
  // The table's header is repeated on the page it continues on; the totals come once, at its end.
  const continued = pages.find((p, i) => i > 0 && p.includes('Activiteit 60'));
  expect(continued).toMatch(/Activiteit\s+Plan \(vastgesteld\)\s+Realisatie/);
  expect(printed.text.match(/Totaal\s+77\.700\s+71\.700\s+€ 6\.177\.000\s+60/g)).toHaveLength(1);
  // Every page is an A4 portrait page (210 × 297 mm at 60 dpi: about 496 × 702 px).
  for (const file of printed.pngs) {
    const png = await readFile(file);
    expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(1);
  }
});
