import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { formationFte } from '../../shared/domain/programme';
import { formatFte, formatMoney } from '../../shared/format/nl';
import { fte } from '../../shared/domain/units';
import { expect, expectNoAxeViolations, test } from './fixtures';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const team = demo.teams[0]!;
const teamCap = programme.capacity.teams.find((c) => c.teamId === team.id)!;

test('shows the frames: formation from the teams, staffing, budget frame', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  await expect(page.getByRole('heading', { name: 'Organisatie en kaders' })).toBeVisible();
  const kpis = page.getByRole('definition');
  await expect(kpis.filter({ hasText: formatFte(formationFte(programme)) }).first()).toBeVisible();
  await expect(kpis.filter({ hasText: formatMoney(programme.budget.frameCents) })).toBeVisible();
  // The real figures of the seed: 149,55 fte and € 16.228.000.
  await expect(page.getByText('149,55 fte').first()).toBeVisible();
  await expect(page.getByText('€ 16.228.000')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('edits a team’s formation: the total follows and survives a reload; bad input is refused', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  const field = page.getByLabel(`Formatie (fte) ${team.name}`, { exact: true });
  await field.fill('abc');
  await expect(page.getByText('„abc” is geen getal.', { exact: false })).toBeVisible();
  await field.fill(String(teamCap.formationFte + 2).replace('.', ','));
  await field.press('Enter');
  const total = formatFte(fte(formationFte(programme) + 2));
  await expect(page.getByRole('row', { name: /Totaal/ })).toContainText(total);
  await page.getByText('Alles opgeslagen').waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  await expect(page.getByRole('row', { name: /Totaal/ })).toContainText(total);
  // Undo from the header returns to the seed's formation, and that too is kept.
  await page.getByLabel(`Bezetting (fte) ${team.name}`, { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByLabel(`Bezetting (fte) ${team.name}`, { exact: true })).toHaveValue(
    String(teamCap.staffedFte).replace('.', ','),
  );
});

test('themes are data: add a theme under a focus and rename it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  const focus = demo.themes.find((t) => t.mjpId === programme.mjpId && t.parentId === null)!;
  await page.getByRole('button', { name: `Thema toevoegen onder ${focus.name}` }).click();
  await expect(page.locator('input[value="Nieuw thema"]')).toHaveCount(1);
  await page.locator('input[value="Nieuw thema"]').fill('Toezicht op AI');
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await page
    .getByRole('search')
    .getByLabel('Thema', { exact: true })
    .selectOption({ label: '\u2003Toezicht op AI' });
  await expect(page.getByText('Geen activiteiten die aan de filters voldoen.')).toBeVisible();
});
