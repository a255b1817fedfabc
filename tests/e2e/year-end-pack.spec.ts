import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { printReportPdf } from './helpers/pdf';

/**
 * Issue 13, the year end of the demo's 2025 (reconstructed from the Jaarbericht 2025): the
 * budget reads the jaarbericht's own figures, and the annual-report author writes the year-end
 * pack from Verantwoording as XLSX (read back: its numbers are the screen's), as CSV for Dutch
 * Excel and as PDF (pages, headings, totals and footer read back with poppler).
 */
test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const p2025 = demo.programmes.find((p) => p.year === 2025)!;
const SHOTS = '/tmp/shots-pack';

/** Switches the window to Werkprogramma 2025. */
async function open2025(page: Page) {
  await page.goto('./');
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  const switcher = page.getByRole('banner').getByRole('button', { name: /^Werkprogramma \d{4}, / });
  await switcher.click();
  await page.getByRole('menuitemradio', { name: /Werkprogramma 2025/ }).click();
  await expect(switcher).toHaveAccessibleName(/^Werkprogramma 2025, Vastgesteld/);
}

/** Clicks a button that downloads, and returns the download's name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the demo’s 2025 reads as the jaarbericht: overschrijding 10,0%, externe inhuur 5,1% (binnen de Roemernorm)', async ({
  page,
}) => {
  await open2025(page);
  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  const card = page.getByRole('region', { name: 'Realisatie' });
  await expect(card.getByText(/overschrijding 10,0%/).first()).toBeVisible();
  await expect(card.getByText('externe inhuur 5,1% (binnen de Roemernorm)')).toBeVisible();
  await expect(card.getByText(/€ 16\.696\.000/).first()).toBeVisible();
});

test('the year-end pack: shown as the print view, written as XLSX with the screen’s numbers, as CSV and as PDF', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open2025(page);
  await page.getByRole('button', { name: 'Verantwoording', exact: true }).click();
  await page.getByRole('heading', { name: 'Verantwoording 2025', level: 1 }).waitFor();
  // The screen's totals in the theme view: plan and realisation of all of 2025.
  await page.getByRole('radio', { name: 'Per thema' }).check();
  const totals = page
    .getByRole('region', { name: 'Tabel plan en realisatie' })
    .getByRole('row')
    .last();
  const screenPlan = Number((await totals.getByRole('cell').nth(0).innerText()).replace(/\D/g, ''));
  const screenActual = Number(
    (await totals.getByRole('cell').nth(1).innerText()).replace(/\D/g, ''),
  );
  expect(screenActual).toBeGreaterThan(0);

  const pack = page.getByRole('region', { name: 'Jaarpakket' });
  await pack.getByRole('button', { name: 'Jaarpakket tonen' }).click();
  const report = pack.getByRole('article', { name: 'Jaarverantwoording 2025' });
  await expect(report.getByRole('heading', { name: 'Budget en Roemernorm' })).toBeVisible();
  await expect(report.getByText(/overschrijding 10,0%/)).toBeVisible();
  await expect(report.getByText('Externe inhuur 5,1% (binnen de Roemernorm).')).toBeVisible();
  await expectNoAxeViolations(page);
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await report
      .getByRole('heading', { name: 'Plan en realisatie per MJP-focus' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/pack-${w}.png` });
  }

  // XLSX: one sheet per table, read back; the focus sheet's totals are the screen's.
  const xlsx = await download(page, () =>
    pack.getByRole('button', { name: 'Excel (XLSX)' }).click(),
  );
  expect(xlsx.name).toBe('Jaarverantwoording 2025.xlsx');
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const names = book.worksheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining(['Uren per focus', 'Publicaties', 'Handhaving', 'Kader', 'Uitstel']),
  );
  const focus = book.getWorksheet('Uren per focus')!;
  const last = focus.getRow(focus.rowCount);
  expect(last.getCell(1).value).toBe('Totaal');
  expect(Math.round(Number(last.getCell(2).value))).toBe(screenPlan);
  expect(Math.round(Number(last.getCell(3).value))).toBe(screenActual);
  expect(focus.getColumn(2).numFmt ?? last.getCell(2).numFmt).toBeTruthy();
  const frame = book.getWorksheet('Kader')!;
  expect(frame.getRow(2).getCell(1).value).toBe(16_696_000);
  expect(Number(frame.getRow(2).getCell(5).value)).toBeCloseTo(0.051, 3);

  // CSV for Dutch Excel: one table, semicolons and decimal commas.
  await pack.getByText('CSV per tabel', { exact: true }).click();
  const csv = await download(page, () =>
    pack.getByRole('button', { name: 'Handhaving (CSV)' }).click(),
  );
  expect(csv.name).toBe('Jaarverantwoording 2025 - Handhaving.csv');
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Last onder dwangsom;8');
  expect(text).toContain('Totaal;9');

  // PDF from the print view: the same options the desktop app gives printToPDF.
  const printed = await printReportPdf(page, p2025.name, { folder: `${SHOTS}/pdf` });
  expect(printed.pages).toBeGreaterThan(2);
  for (const heading of [
    'Jaarverantwoording 2025',
    'Plan en realisatie per MJP-focus',
    'Publicaties',
    'Handhaving',
    'Budget en Roemernorm',
    'Wijzigingen na vaststelling',
    'Incidentreserve en uitstel',
  ])
    expect(printed.text).toContain(heading);
  expect(printed.text).toContain('Externe inhuur 5,1% (binnen de Roemernorm)');
  expect(printed.text).toContain(`pagina 1 van ${printed.pages}`);
  expect(printed.text).not.toContain('Jaarpakket verbergen');
  expect(printed.text).not.toContain('Bestanden en back-ups');
});
