import type { Page } from '@playwright/test';
import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Issue 12, scenarios on an adopted programme: editing inside a scenario asks no reason and
 * changes no amendment; taking it over after the programme moved on lists the field changed on
 * both sides for a person to choose, and asks the reason like every change of the programme.
 */

test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const activity = demo.activities.find((a) => a.id === 'act-2026-jeugdstrafrechtketen')!;
const QUESTION = 'Dit werkprogramma is vastgesteld. Waarom wijzigt u het?';

const list = (page: Page) => page.getByRole('table', { name: 'Activiteiten' });

/** Opens the activity, types a new title, leaves the field, and closes the editor. */
async function retitle(page: Page, from: string, to: string, reason: string | null) {
  await list(page).getByRole('button', { name: from, exact: true }).click();
  const field = page.getByRole('dialog', { name: from }).getByLabel('Titel', { exact: true });
  await field.fill(to);
  await field.press('Tab');
  if (reason !== null) {
    const question = page.getByRole('dialog', { name: QUESTION });
    await question.getByRole('radio', { name: 'Overig' }).check();
    await question.getByLabel('Toelichting').fill(reason);
    await question.getByRole('button', { name: 'Wijziging vastleggen' }).click();
    await expect(question).toBeHidden();
  }
  await page.getByText('Alles opgeslagen').waitFor();
  await page.getByRole('dialog', { name: to }).getByRole('button', { name: 'Sluiten' }).click();
}

test('a scenario of the adopted programme: no reason inside it; Overnemen lists the conflict, asks the reason, and undoes', async ({
  page,
}) => {
  await page.goto('./');
  await list(page).waitFor();
  await expect(page.getByText('Vastgesteld 9 oktober 2025')).toBeVisible();

  await page.getByRole('button', { name: "Scenario's", exact: true }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Jeugd anders');
  await page.getByRole('button', { name: 'Scenario maken' }).click();
  await page.getByRole('button', { name: 'Scenario „Jeugd anders” openen' }).click();
  await expect(
    page.getByText('Scenario „Jeugd anders” is open (basis: het programma nu)'),
  ).toBeVisible();
  // The amendment bar is not shown: nothing inside the scenario changes the adopted programme.
  await expect(
    page.getByText(/Na vaststelling vraagt Koers bij elke wijziging de reden/),
  ).toHaveCount(0);

  // Inside the scenario: no question.
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await retitle(page, activity.title, 'Jeugd: titel uit het scenario', null);
  await expect(page.getByRole('dialog', { name: QUESTION })).toHaveCount(0);
  await page.getByRole('button', { name: 'Scenario sluiten' }).click();
  await expect(list(page).getByRole('button', { name: activity.title, exact: true })).toBeVisible();

  // Meanwhile the programme changes the same field (with its reason).
  await retitle(page, activity.title, 'Jeugd: titel uit het programma', 'Nieuwe naam in het MT');

  // Overnemen: the conflict, the programme's value now and the scenario's, a choice.
  await page.getByRole('button', { name: "Scenario's", exact: true }).click();
  // The reason just given would hold for the same activity: forget it, so Overnemen asks.
  await page.getByRole('button', { name: 'Andere reden' }).click();
  await page
    .getByRole('button', { name: 'Scenario „Jeugd anders” overnemen in het programma' })
    .click();
  const panel = page.getByRole('region', { name: '„Jeugd anders” overnemen in het programma' });
  await expect(panel).toContainText('1 veld is aan beide kanten gewijzigd');
  const conflicts = panel.getByRole('table', {
    name: 'Velden die aan beide kanten zijn gewijzigd',
  });
  const row = conflicts.getByRole('row').filter({ hasText: 'Jeugd: titel uit het programma' });
  await expect(row).toContainText('titel');
  await expect(row).toContainText('Jeugd: titel uit het scenario');
  await expect(row.getByRole('radio', { name: 'Programma houden' })).toBeChecked();
  await expectNoAxeViolations(page);
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/scenario-conflicts-${String(w)}.png` });
  }
  await expect(panel).toContainText('Met de keuzes hieronder verandert Overnemen niets');
  await expect(panel.getByRole('button', { name: 'Overnemen in het programma' })).toHaveCount(0);
  await row.getByRole('radio', { name: 'Scenario nemen' }).check();
  await expect(panel).toContainText('Overnemen verandert 1 rij van het programma');
  await panel.getByRole('button', { name: 'Overnemen in het programma' }).click();
  const question = page.getByRole('dialog', { name: QUESTION });
  await question.getByRole('radio', { name: 'Overig' }).check();
  await question.getByLabel('Toelichting').fill('Scenario Jeugd anders overgenomen');
  await question.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  await expect(
    page.getByText('Scenario „Jeugd anders” is overgenomen in het programma.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(
    list(page).getByRole('button', { name: 'Jeugd: titel uit het scenario', exact: true }),
  ).toBeVisible();
  // One undo takes the promotion (and its amendment) back.
  await page.keyboard.press('Control+z');
  await expect(
    list(page).getByRole('button', { name: 'Jeugd: titel uit het programma', exact: true }),
  ).toBeVisible();
});
