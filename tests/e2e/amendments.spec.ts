import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Issue 10, amendments: after adoption every change asks why, is stored with its amendment in
 * one step (Ctrl+Z takes both back), cancelling leaves the field as stored, and the amendment
 * log shows and exports the change in Dutch.
 */

// The demo through its life cycle: 2026 adopted on 9 October 2025, with a short amendment log.
test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const programme = demo.programmes.find((p) => p.year === 2026)!;
// The 2026 log (the demo's 2025 programme has its own amendments, shown with 2025).
const amendments = demo.amendments.filter((a) => a.programmeId === programme.id);
const activity = demo.activities.find((a) => a.id === 'act-2026-jeugdstrafrechtketen')!;
const team = demo.teams.find((x) => x.id === 'team-jeugd')!;
const HOURS = `Uren ${team.name}`;
const QUESTION = 'Dit werkprogramma is vastgesteld. Waarom wijzigt u het?';

/** Opens the app on the demo: the 2026 programme adopted on 9 October 2025, with its log. */
async function openAdopted(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await expect(page.getByText('Vastgesteld 9 oktober 2025')).toBeVisible();
}

/** Opens the activity in the editor. */
async function openActivity(page: Page): Promise<void> {
  await page
    .getByRole('table', { name: 'Activiteiten' })
    .getByRole('button', { name: activity.title, exact: true })
    .click();
  await page.getByRole('dialog', { name: activity.title }).waitFor();
}

const hoursField = (page: Page) =>
  page.getByRole('dialog', { name: activity.title }).getByLabel(HOURS, { exact: true });

test('a change after adoption asks why, is logged with its reason, exported, and undone with its amendment', async ({
  page,
  requests,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAdopted(page);
  await expect(
    page.getByText(
      'Vastgesteld op 9 oktober 2025. Na vaststelling vraagt Koers bij elke wijziging de reden.',
    ),
  ).toBeVisible();
  await openActivity(page);
  const field = hoursField(page);
  await expect(field).toHaveValue('800');

  // Cancelling: nothing is written, the field shows the stored value, focus is back in the editor.
  await field.fill('600');
  await field.press('Tab');
  const question = page.getByRole('dialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await expect(question).toContainText(`Wijziging: ${HOURS} gewijzigd`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/amendments-question-1280.png' });
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(field).toHaveValue('800');
  await expect(
    page.getByText(
      'Niet gewijzigd: zonder reden blijft het vastgestelde werkprogramma zoals het is.',
    ),
  ).toBeVisible();
  const back = await page.evaluate(() => document.activeElement?.closest('dialog') !== null);
  expect(back, 'focus is back in the editor').toBe(true);

  // Now with a reason: the explanation is required, then the change is stored.
  await field.fill('600');
  await field.press('Enter');
  await expect(question).toBeVisible();
  // Focus stays inside the question (the page behind it is inert).
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.activeElement?.closest('dialog')?.className),
    'focus stays in the question',
  ).toBe('amendment-dialog');
  await question.getByRole('radio', { name: 'Capaciteitstekort' }).check();
  await question.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  await expect(
    question.getByText('Vul een toelichting in: waarom wijzigt u het vastgestelde werkprogramma?'),
  ).toBeVisible();
  await expect(question.getByLabel('Toelichting')).toBeFocused();
  await question.getByLabel('Toelichting').fill('Minder mensen in team Jeugd.');
  await question.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  await expect(question).toBeHidden();
  await expect(field).toHaveValue('600');
  await expect(field).toBeFocused();
  await page.getByText('Alles opgeslagen').waitFor();
  await expect(
    page.getByText(
      'Vastgesteld op 9 oktober 2025: wijzigingen van hetzelfde onderwerp worden vastgelegd met reden „Capaciteitstekort — Minder mensen in team Jeugd.”; bij een ander onderwerp vraagt Koers de reden opnieuw.',
    ),
  ).toBeVisible();
  await page
    .getByRole('dialog', { name: activity.title })
    .getByRole('button', { name: 'Sluiten' })
    .click();

  // The log: the change in Dutch, under its theme, with reason, explanation and date.
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  const log = page.getByRole('table', {
    name: `Wijzigingen na vaststelling van ${programme.name}`,
  });
  const row = log.getByRole('row').filter({ hasText: activity.title });
  await expect(row).toContainText(`${HOURS}: 800 → 600`);
  await expect(row).toContainText('Capaciteitstekort');
  await expect(row).toContainText('Minder mensen in team Jeugd.');
  // Dated the day it was made, in Dutch (the fixture's clock: 2 March 2026).
  const today = '2 maart 2026';
  await expect(row).toContainText(today);
  await expectNoAxeViolations(page);
  await page.getByRole('heading', { name: 'Wijzigingen na vaststelling' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/amendments-log-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/amendments-log-1920.png' });

  // The export: CSV for Dutch Excel, the same row in words.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Wijzigingen als CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`${programme.name} wijzigingen na vaststelling.csv`);
  const csv = await readFile(await file.path(), 'utf8');
  const lines = csv.replace('\ufeff', '').trim().split('\r\n');
  expect(lines[0]).toBe(
    'Datum;MJP-thema;Activiteit of onderwerp;Wat is gewijzigd;Reden;Toelichting;Auteur',
  );
  // The demo's own amendments and this one, one line each.
  expect(lines).toHaveLength(amendments.length + 2);
  const mine = lines.filter((l) => l.includes(`;${activity.title};`));
  expect(mine).toHaveLength(1);
  expect(mine[0]!.startsWith(`${today};`)).toBe(true);
  expect(mine[0]).toContain(
    `;${activity.title};${HOURS}: 800 → 600;Capaciteitstekort;Minder mensen in team Jeugd.;`,
  );

  // Ctrl+Z takes the change and its amendment back together; the demo's log stays.
  await expect(log.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(
    amendments.length + 1,
  );
  await page.keyboard.press('Control+z');
  await expect(row).toHaveCount(0);
  await expect(log.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(
    amendments.length,
  );
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await openActivity(page);
  await expect(hoursField(page)).toHaveValue('800');
  // All of it without a request outside the app (the fixture checks; the page did load).
  expect(requests.length).toBeGreaterThan(0);
});

test('the question and the bar at 1920x1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAdopted(page);
  await openActivity(page);
  await hoursField(page).fill('700');
  await hoursField(page).press('Tab');
  const question = page.getByRole('dialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await page.screenshot({ path: 'test-results/amendments-question-1920.png' });
  await question.getByRole('radio', { name: 'Nieuw signaal' }).check();
  await question.getByLabel('Toelichting').fill('Signaal uit de jeugdketen.');
  await question.getByRole('button', { name: 'Wijziging vastleggen' }).click();
  await expect(hoursField(page)).toHaveValue('700');
  // Andere reden: the next change asks again.
  await page
    .getByRole('dialog', { name: activity.title })
    .getByRole('button', { name: 'Sluiten' })
    .click();
  await page.getByRole('button', { name: 'Andere reden' }).click();
  await expect(
    page.getByText(
      'Vastgesteld op 9 oktober 2025. Na vaststelling vraagt Koers bij elke wijziging de reden.',
    ),
  ).toBeFocused();
  await expectNoAxeViolations(page);
  await openActivity(page);
  await hoursField(page).fill('650');
  await hoursField(page).press('Tab');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Annuleren' }).click();
  await expect(hoursField(page)).toHaveValue('700');
});

test('a reload while the question is open starts again: the change is kept and its amendment says no reason was given', async ({
  page,
}) => {
  page.on('dialog', (d) => {
    void d.accept();
  });
  await openAdopted(page);
  await openActivity(page);
  const field = hoursField(page);
  await field.fill('700');
  await field.press('Tab');
  await expect(page.getByRole('dialog', { name: QUESTION })).toBeVisible();
  await page.reload();
  // The window starts (it hung on every start before): the typed hours are there.
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await openActivity(page);
  await expect(hoursField(page)).toHaveValue('700');
  await page
    .getByRole('dialog', { name: activity.title })
    .getByRole('button', { name: 'Sluiten' })
    .click();
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  const row = page
    .getByRole('table', { name: `Wijzigingen na vaststelling van ${programme.name}` })
    .getByRole('row')
    .filter({ hasText: activity.title });
  await expect(row).toContainText(`${HOURS}: 800 → 700`);
  await expect(row).toContainText('Overig');
  await expect(row).toContainText(
    'Bewaard bij het opnieuw starten van Koers; de reden was nog niet opgegeven.',
  );
});
