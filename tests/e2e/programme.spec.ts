import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { activityHours, themesInTreeOrder } from '../../shared/domain/programme';
import { formatNumber } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const first = activities[0]!;
const statutory = activities.find((a) => a.commitment === 'wettelijk')!;
const otherMjpTheme = demo.themes.find((t) => t.mjpId !== programme.mjpId);

test('lists every activity of the 2026 programme, grouped by MJP focus and theme', async ({
  page,
  requests,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await expect(page.getByRole('heading', { name: 'Werkprogramma 2026' })).toBeVisible();
  await expect(p.activityButtons).toHaveCount(activities.length);
  const themesUsed = themesInTreeOrder(
    demo.themes.filter((t) => t.mjpId === programme.mjpId),
  ).filter((t) => activities.some((a) => a.primaryThemeId === t.id));
  await expect(p.groupHeaders).toHaveCount(themesUsed.length);
  // Groups follow the MJP tree, as chapter 1 of the work programme does.
  for (const [i, theme] of themesUsed.entries())
    await expect(p.groupHeaders.nth(i)).toContainText(theme.name);
  // The statutory flag and the source reference are shown on the row.
  await expect(p.row(statutory.title)).toContainText('Wettelijke taak');
  await expect(p.row(statutory.title)).toContainText(statutory.sourceRef);
  await expect(page.getByText('Demogegevens')).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('filters by domain, theme, kind, status and free text', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  const domain = demo.domains.find((d) => d.id === first.domainId)!;
  await p.filter('Domein').selectOption({ label: domain.name });
  await expect(p.activityButtons).toHaveCount(
    activities.filter((a) => a.domainId === domain.id).length,
  );
  await p.page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(p.activityButtons).toHaveCount(activities.length);

  await p.filter('Soort').selectOption('verkenning');
  await expect(p.activityButtons).toHaveCount(
    activities.filter((a) => a.kind === 'verkenning').length,
  );
  await p.page.getByRole('button', { name: 'Filters wissen' }).click();

  const word = first.title.split(' ').find((w) => w.length > 6)!;
  await p.filter('Zoeken').fill(word);
  const expected = activities.filter((a) =>
    `${a.title} ${a.description} ${a.sourceRef} ${a.partners.join(' ')}`
      .toLowerCase()
      .includes(word.toLowerCase()),
  );
  await expect(p.activityButtons).toHaveCount(expected.length);
  await expect(p.row(first.title)).toBeVisible();
});

test('sorts by hours from the column header', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.table.getByRole('button', { name: /^Uren/ }).click();
  await p.table.getByRole('button', { name: /^Uren/ }).click();
  await expect(p.table.getByRole('columnheader', { name: /Uren/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // Within the first group the hours now run from high to low.
  const cells = await p.table
    .locator('tbody')
    .first()
    .locator('tr:not(.group) td:nth-child(7)')
    .allInnerTexts();
  const values = cells.map((c) => Number(c.replace(/\./g, '').replace(',', '.')));
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('edits title and hours; the change survives a reload', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(first.title);
  await p.field('Titel').fill('Verkenning samenwerking jeugdstrafrechtketen (herzien)');
  await p.field('Titel').press('Tab');
  const team = demo.teams.find((t) => t.id === first.allocations[0]!.teamId)!;
  await p.field(`Uren ${team.name}`).fill('1.234');
  await p.field(`Uren ${team.name}`).press('Tab');
  await p.saved();
  await p.closeEditor();
  await page.reload();
  await p.table.waitFor();
  const row = p.row('Verkenning samenwerking jeugdstrafrechtketen (herzien)');
  await expect(row).toBeVisible();
  const otherHours = first.allocations
    .filter((a) => a.teamId !== team.id)
    .reduce((s, a) => s + a.hours, 0);
  await expect(row.locator('td').nth(6)).toHaveText(formatNumber(1234 + otherHours));
});

test('refuses invalid input with a Dutch message next to the field, and saves nothing', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(first.title);
  await p.field('Titel').fill('');
  await expect(p.editor.getByText('Vul dit veld in; het mag niet leeg zijn.')).toBeVisible();
  const team = demo.teams.find((t) => t.id === first.allocations[0]!.teamId)!;
  const hoursField = p.field(`Uren ${team.name}`);
  await hoursField.fill('veel');
  await expect(p.editor.getByText('„veel” is geen getal.', { exact: false })).toBeVisible();
  await expect(hoursField).toHaveAttribute('aria-invalid', 'true');
  await hoursField.fill('-40');
  await expect(p.editor.getByText('Een negatief aantal kan niet', { exact: false })).toBeVisible();
  await p.field('Eindmaand').selectOption({ label: 'januari 2025' });
  await expect(p.editor.getByText('De eindmaand ligt vóór de startmaand.')).toBeVisible();
  if (otherMjpTheme) {
    await p.field('MJP-thema').selectOption(otherMjpTheme.id);
    await expect(
      p.editor.getByText(`Het thema „${otherMjpTheme.name}” hoort bij`, { exact: false }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);
  // Nothing invalid was stored; the header says what is still unsaved, and a reload drops it.
  await expect(page.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await page.reload();
  await p.table.waitFor();
  await expect(p.row(first.title)).toBeVisible();
  await expect(p.row(first.title).locator('td').nth(6)).toHaveText(
    formatNumber(activityHours(first)),
  );
  await p.openActivity(first.title);
  await expect(p.field('Eindmaand')).toHaveValue(first.endMonth);
  await expect(p.field('MJP-thema')).toHaveValue(first.primaryThemeId);
});

test('adds an activity, deletes it after asking, and undo brings it back', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await p.editor.waitFor();
  await p.field('Titel').fill('Toezicht op de nieuwe taak X');
  await p.field('Titel').press('Tab');
  await p.saved();
  await p.closeEditor();
  await expect(p.activityButtons).toHaveCount(activities.length + 1);

  await p.openActivity(first.title);
  await p.editor.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(p.editor.getByText(`Activiteit „${first.title}” verwijderen?`)).toBeVisible();
  await p.editor.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(p.row(first.title)).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(p.row(first.title)).toHaveCount(1);
  await p.saved();
  await page.reload();
  await p.table.waitFor();
  await expect(p.activityButtons).toHaveCount(activities.length + 1);
});

test('works from the keyboard alone: open, edit, close, undo', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  // Skip link first, then into the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  const button = p.table.getByRole('button', { name: first.title, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await p.editor.waitFor();
  await expect(p.field('Titel')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' via toetsenbord');
  // Escape closes the editor and keeps what was typed.
  await page.keyboard.press('Escape');
  await p.editor.waitFor({ state: 'detached' });
  await p.saved();
  await expect(
    p.table.getByRole('button', { name: `${first.title} via toetsenbord` }),
  ).toBeFocused();
  await expect(p.row(`${first.title} via toetsenbord`)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(p.row(first.title)).toBeVisible();
});
