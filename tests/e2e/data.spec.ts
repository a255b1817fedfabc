import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { parseCsv } from '../../shared/import/csv-read';
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
  await p.field('Titel').press('Tab');
  await p.saved();
  await p.closeEditor();
  // The programme's order as the list shows it, to compare with the export's (issue 13, Out).
  const listed = (await p.activityButtons.allTextContents()).slice(0, 8);
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await page.getByRole('heading', { name: 'De lijn: wat past in de ruimte voor keuzes' }).waitFor();
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();

  const programmeFile = await download(page, 'Programmabestand opslaan');
  expect(programmeFile.name).toBe('Werkprogramma 2026.koers.json');
  const parsed = JSON.parse(programmeFile.text) as {
    format: string;
    organisations: { activities: unknown[] }[];
  };
  expect(parsed.format).toBe('koers-programmabestand');
  // An exchange file holds the organisation being worked on.
  expect(parsed.organisations).toHaveLength(1);
  expect(parsed.organisations[0]!.activities).toHaveLength(demo.activities.length);

  const csv = await download(page, 'CSV voor Nederlandse Excel');
  expect(csv.name).toBe('Werkprogramma 2026.csv');
  expect(csv.text.startsWith('\ufeff')).toBe(true);
  // The formula-like title is neutralised in the export.
  expect(csv.text).toContain(`"'=HYPERLINK(""http://example.org"")"`);
  // In the programme's order, with the line, forces, the pyramid and hours per team; months as
  // the first of the month (a date Dutch Excel reads as one), never `2026-03`.
  const read = parseCsv(csv.text.replace(/^\ufeff/, ''), { delimiter: ';' });
  if (!read.ok) throw new Error('the CSV does not read back');
  const [head, ...body] = read.value.rows.map((r) => r.cells);
  for (const h of ['Plaats ten opzichte van de lijn', 'Rang', 'Reden', 'Niveau toezichtpiramide'])
    expect(head).toContain(h);
  expect(head!.filter((h) => h.startsWith('Uren ')).length).toBe(demo.teams.length);
  // Titles as the list shows them (the export neutralises a formula-like one with an apostrophe).
  expect(body.slice(0, listed.length).map((r) => r[0]!.replace(/^'(?=[=+\-@])/, ''))).toEqual(
    listed,
  );
  const start = head!.indexOf('Startmaand');
  expect(body.every((r) => /^01-\d{2}-\d{4}$/.test(r[start]!))).toBe(true);
  expect(csv.text).not.toMatch(/;\d{4}-\d{2};/);

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
  await p.field('Titel').press('Tab');
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
  await expect(page.getByText(`${saved.name} is samengevoegd met wat er is`)).toBeVisible();
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

/** Picks a file in the chooser that a button opens. */
async function chooseFile(page: Page, button: string, name: string, text: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('restoring a backup removes an activity added since, after showing the counts; undo brings it back', async ({
  page,
}) => {
  await openData(page);
  const backup = await download(page, 'Nu een back-up maken');
  const p = new ProgrammePage(page);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await p.field('Titel').fill('Toegevoegd na de back-up');
  await p.field('Titel').press('Tab');
  await p.saved();
  await p.closeEditor();
  await expect(p.activityButtons).toHaveCount(demo.activities.length + 1);

  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  await chooseFile(page, 'Back-up uit een bestand terugzetten', backup.name, backup.text);
  const dialog = page.getByRole('alertdialog', { name: `Back-up ${backup.name} terugzetten?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('wat sindsdien is toegevoegd, wordt verwijderd')).toBeVisible();
  // Activities: 0 replaced, 0 added, 1 removed.
  await expect(dialog.getByRole('row', { name: 'Activiteiten' })).toHaveText(
    /Activiteiten\s*0\s*0\s*1/,
  );
  await expectNoAxeViolations(page);
  await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Ja, terugzetten' }).click(),
  ]);
  await expect(page.getByText(`Back-up ${backup.name} teruggezet.`)).toBeVisible();

  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(p.activityButtons).toHaveCount(demo.activities.length);
  await expect(p.row('Toegevoegd na de back-up')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(p.row('Toegevoegd na de back-up')).toBeVisible();
  await expect(p.activityButtons).toHaveCount(demo.activities.length + 1);
});

test('a file of another organisation is refused unless added as a separate one, and the view stays', async ({
  page,
}) => {
  await openData(page);
  const own = await download(page, 'Programmabestand opslaan');
  // Another organisation's file: the same ids (as a copy of the demo would have), another
  // organisation, a newer programme that would be shown if the view followed the newest.
  const foreign = own.text
    .replaceAll('"org-inspectie-jenv"', '"org-andere-inspectie"')
    .replace('"Inspectie Justitie en Veiligheid"', '"Andere Inspectie"')
    .replace('"name": "Werkprogramma 2026"', '"name": "Werkprogramma Andere Inspectie"')
    .replace('"year": 2026', '"year": 2030');
  expect(foreign).toContain('Werkprogramma Andere Inspectie');

  await chooseFile(page, 'Programmabestand inlezen', 'andere.koers.json', foreign);
  await expect(
    page.getByText(/andere\.koers\.json hoort bij een andere organisatie \(Andere Inspectie\)/),
  ).toBeVisible();
  const dialog = page.getByRole('alertdialog', { name: 'Bestand van een andere organisatie' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);

  // Not adding it changes nothing.
  await dialog.getByRole('button', { name: 'Niet inlezen' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  const p = new ProgrammePage(page);
  await expect(p.activityButtons).toHaveCount(demo.activities.length);

  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  await chooseFile(page, 'Programmabestand inlezen', 'andere.koers.json', foreign);
  await page
    .getByRole('alertdialog', { name: 'Bestand van een andere organisatie' })
    .getByRole('button', { name: 'Als aparte organisatie toevoegen' })
    .click();
  await expect(
    page.getByText(/andere\.koers\.json is als aparte organisatie toegevoegd \(Andere Inspectie\)/),
  ).toBeVisible();
  // The view stays on the programme the person was looking at, with its own activities.
  await expect(page.locator('.app__programme-name')).toHaveText('Werkprogramma 2026');
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(p.activityButtons).toHaveCount(demo.activities.length);
  // A backup now holds both organisations.
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  const backup = await download(page, 'Nu een back-up maken');
  const parsed = JSON.parse(backup.text) as { organisations: { organisation: { name: string } }[] };
  expect(parsed.organisations.map((o) => o.organisation.name).sort()).toEqual([
    'Andere Inspectie',
    'Inspectie Justitie en Veiligheid',
  ]);
});
