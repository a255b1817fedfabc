import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const first = demo.activities[0]!;

/** Opens the files-and-backups screen. */
async function openData(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  await page.getByRole('heading', { name: 'Bestanden en back-ups', level: 1 }).waitFor();
}

/** Clicks a button that downloads, and returns the download's name and text. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a full session stays offline: edit, plan, export the programme file, CSV and XLSX', async ({
  page,
  requests,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(first.title);
  await p.field('Titel').fill('=HYPERLINK("http://example.org")');
  await p.saved();
  await p.closeEditor();
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await page.getByRole('heading', { name: 'De lijn: wat past in de ruimte voor keuzes' }).waitFor();
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();

  const programmeFile = await download(page, 'Programmabestand opslaan');
  expect(programmeFile.name).toBe('Werkprogramma 2026.koers.json');
  const parsed = JSON.parse(programmeFile.text) as {
    format: string;
    data: { activities: unknown[] };
  };
  expect(parsed.format).toBe('koers-programmabestand');
  expect(parsed.data.activities).toHaveLength(demo.activities.length);

  const csv = await download(page, 'CSV voor Nederlandse Excel');
  expect(csv.name).toBe('Werkprogramma 2026.csv');
  expect(csv.text.startsWith('\ufeff')).toBe(true);
  // The formula-like title is neutralised in the export.
  expect(csv.text).toContain(`"'=HYPERLINK(""http://example.org"")"`);

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel-werkmap (XLSX)' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('Werkprogramma 2026.xlsx');

  // Nothing left the app's own origin (the fixture checks every request after the test too).
  expect(
    requests.every(
      (u) => u.startsWith('http://127.0.0.1') || u.startsWith('data:') || u.startsWith('blob:'),
    ),
  ).toBe(true);
  await expectNoAxeViolations(page);
});

test('importing a broken file says what and where in Dutch, and changes nothing', async ({
  page,
}) => {
  await openData(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Programmabestand inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: 'kapot.koers.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"koers-programmabestand","formatVersion":2,"data":{'),
  });
  await expect(
    page.getByText(/kapot\.koers\.json: geen geldige JSON \(regel 1, kolom \d+\)/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(new ProgrammePage(page).activityButtons).toHaveCount(demo.activities.length);
});

test('a programme file read back in restores an edit, as one step that can be undone', async ({
  page,
}) => {
  await openData(page);
  const saved = await download(page, 'Programmabestand opslaan');
  const p = new ProgrammePage(page);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.openActivity(first.title);
  await p.field('Titel').fill('Tijdelijk andere titel');
  await p.saved();
  await p.closeEditor();
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Programmabestand inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: saved.name,
    mimeType: 'application/json',
    buffer: Buffer.from(saved.text),
  });
  await expect(page.getByText(`${saved.name} ingelezen`)).toBeVisible();
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(p.row(first.title)).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(p.row('Tijdelijk andere titel')).toBeVisible();
});

test('in the browser a backup is a download of the whole organisation', async ({ page }) => {
  await openData(page);
  await expect(page.getByText('In de browser is een back-up een download')).toBeVisible();
  const backup = await download(page, 'Nu een back-up maken');
  expect(backup.name).toMatch(/^koers-\d{4}-\d{2}-\d{2}-handmatig\.koers\.json$/);
  expect((JSON.parse(backup.text) as { kind: string }).kind).toBe('back-up');
  await expectNoAxeViolations(page);
});
