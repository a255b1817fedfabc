import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
// An activity whose title no other activity has (the import matches on it).
const activity = demo.activities.find(
  (a) => demo.activities.filter((b) => b.title === a.title).length === 1,
)!;
const team = demo.teams[0]!;

/** A time registration as Dutch Excel saves it: UTF-8 with a byte-order mark, `;`, CRLF. */
const csv = (lines: readonly string[]): Buffer =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`)]);

/** Opens the files-and-backups screen. */
async function openData(page: Page) {
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  await page.getByRole('heading', { name: 'Bestanden en back-ups', level: 1 }).waitFor();
}

/** Chooses a file through "Realisatie inlezen". */
async function choose(page: Page, name: string, buffer: Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Realisatie inlezen' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
}

test('realisation read through the mapping step shows on the activity, and undo takes it back', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await openData(page);
  await choose(
    page,
    'uren-2026.csv',
    csv([
      'Code;Omschrijving;Team;Maand;Geschreven uren',
      `KP-4711;${activity.title};${team.name};03-2026;100`,
      '',
      `KP-4711;"${activity.title}";${team.name};april 2026;30`,
    ]),
  );
  const mapping = page.getByRole('group', { name: 'Kolommen van uren-2026.csv' });
  await expect(mapping).toBeVisible();
  // The guess took the "Code" column for the activity; the preview shows what that reads.
  const activityColumn = mapping.getByLabel('Activiteit (code of titel)');
  await expect(activityColumn.locator('option:checked')).toHaveText('Code');
  await expect(mapping.getByLabel('Team')).toHaveValue('2');
  await expect(mapping.getByRole('table')).toContainText('KP-4711');
  await expectNoAxeViolations(page);
  // The person corrects it.
  await activityColumn.selectOption({ label: 'Omschrijving' });
  await expect(mapping.getByRole('table')).toContainText(activity.title);
  await mapping.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByText('2 regels ingelezen uit uren-2026.csv.')).toBeVisible();
  // The mapping step is gone; focus returns to the button that starts an import.
  await expect(page.getByRole('button', { name: 'Realisatie inlezen' })).toBeFocused();

  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.openActivity(activity.title);
  const figures = p.editor.locator('.realisation-section__figures');
  await expect(figures).toContainText('Gerealiseerd130 uur');
  await expect(p.editor.getByText(/^Grote afwijking \(meer dan 10% en 40 uur/)).toBeVisible();
  await expectNoAxeViolations(page);
  await p.closeEditor();

  // The threshold is the programme's: raised, the note follows.
  await openData(page);
  const percent = page.getByLabel('Grote afwijking vanaf (% van het plan)');
  await percent.fill('15');
  await percent.press('Enter');
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.openActivity(activity.title);
  await expect(p.editor.getByText(/^Grote afwijking \(meer dan 15% en 40 uur/)).toBeVisible();
  await p.closeEditor();
  await page.keyboard.press('Control+z');

  await page.keyboard.press('Control+z');
  await p.openActivity(activity.title);
  await expect(figures).toContainText('Gerealiseerdnog niets ingelezen');
  await p.closeEditor();
});

test('a file with a bad row says which row, which column and why, and reads nothing', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await openData(page);
  const header = 'Code;Omschrijving;Team;Maand;Geschreven uren';
  await choose(page, 'eerst.csv', csv([header, `KP-1;${activity.title};${team.name};2026-02;8`]));
  const first = page.getByRole('group', { name: 'Kolommen van eerst.csv' });
  await first.getByLabel('Activiteit (code of titel)').selectOption({ label: 'Omschrijving' });
  await first.getByRole('button', { name: 'Annuleren' }).click();

  await choose(
    page,
    'fout.csv',
    csv([
      header,
      `KP-1;${activity.title};${team.name};2026-02;8`,
      `KP-2;Bestaat niet;${team.name};2026-02;8`,
      `KP-3;${activity.title};${team.name};2026-02;acht`,
    ]),
  );
  const mapping = page.getByRole('group', { name: 'Kolommen van fout.csv' });
  // Not remembered: the first file was cancelled, so the guess stands.
  await expect(
    mapping.getByLabel('Activiteit (code of titel)').locator('option:checked'),
  ).toHaveText('Code');
  await mapping.getByLabel('Activiteit (code of titel)').selectOption({ label: 'Omschrijving' });
  await mapping.getByRole('button', { name: 'Inlezen' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Niets ingelezen' });
  // Focus moves to the list of rows that could not be read.
  await expect(page.locator('.realisation-import__focus')).toBeFocused();
  await expect(problems.getByRole('heading')).toHaveText(
    'Niets ingelezen: 2 regels van fout.csv kunnen niet worden gelezen',
  );
  const rows = problems.getByRole('row');
  await expect(rows.nth(1)).toHaveText(
    '3Omschrijving„Bestaat niet” is geen activiteit van dit programma (code of titel)',
  );
  await expect(rows.nth(2)).toHaveText(
    '4Geschreven uren„acht” is geen getal (bijvoorbeeld 1.234,5)',
  );
  await expectNoAxeViolations(page);

  // The mapping was remembered for files with these headers: the next one starts corrected.
  await choose(page, 'fout.csv', csv([header, `KP-9;${activity.title};${team.name};2026-02;1`]));
  await expect(
    page
      .getByRole('group', { name: 'Kolommen van fout.csv' })
      .getByLabel('Activiteit (code of titel)')
      .locator('option:checked'),
  ).toHaveText('Omschrijving');

  // Nothing was read.
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.openActivity(activity.title);
  await expect(p.editor.locator('.realisation-section__figures')).toContainText(
    'Gerealiseerdnog niets ingelezen',
  );
});

test('an unclosed quote is refused with its row number', async ({ page }) => {
  await page.goto('./');
  await openData(page);
  await choose(page, 'kapot.csv', csv(['Omschrijving;Maand;Uren', 'A;2026-01;1', '"B;2026-01;2']));
  await expect(page.getByRole('alert')).toContainText(
    'kapot.csv: Rij 3: een aanhalingsteken (") wordt niet gesloten.',
  );
});

test('an XLSX workbook is read in the page: numbers and dates as Excel holds them', async ({
  page,
}) => {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Uren 2026');
  sheet.addRow(['Activiteit', 'Team', 'Datum', 'Uren', 'Kosten']);
  sheet.addRow([activity.title, team.name, new Date(Date.UTC(2026, 4, 31)), 12.5, 1250.5]);
  sheet.addRow([
    activity.title,
    team.name,
    new Date(Date.UTC(2026, 5, 1)),
    { formula: 'D2*2', result: 25 },
    0,
  ]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  const p = new ProgrammePage(page);
  await p.open();
  await openData(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Realisatie inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: 'uren-2026.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  const mapping = page.getByRole('group', { name: 'Kolommen van uren-2026.xlsx' });
  await expect(mapping.getByRole('table')).toContainText('2026-05-31');
  await expect(mapping.getByRole('table')).toContainText('1250,5');
  await mapping.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByText('2 regels ingelezen uit uren-2026.xlsx.')).toBeVisible();
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.openActivity(activity.title);
  const figures = p.editor.locator('.realisation-section__figures');
  await expect(figures).toContainText('Gerealiseerd38 uur');
  await expect(figures).toContainText('Gerealiseerde kosten€ 1.251');
});
