import type { Locator, Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { snapshotOf } from '../../shared/domain/snapshot';
import { applyScenario } from '../../shared/scenario/apply';
import { taskCutChanges } from '../../shared/scenario/edit';
import { plan } from '../../shared/planning/plan';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = snapshotOf(createDemoData())!;
/** The asylum-pact task: statutory, funding-conditional, its money not confirmed. */
const pact = demo.activities.find(
  (a) => /asielpact/i.test(a.title) && a.fundingConditional && !a.fundingConfirmed,
)!;
const aboveOf = (s: typeof demo) =>
  new Set(
    plan(s)
      .planning.line.entries.filter((e) => e.above)
      .map((e) => e.id),
  );
/** Who falls below the line with a 5% taakstelling (computed as the app does). */
const cutFalls = (() => {
  const before = aboveOf(demo);
  const after = aboveOf(
    applyScenario(demo, taskCutChanges(demo, { kind: 'percent', share: 0.05 })),
  );
  return [...before]
    .filter((id) => !after.has(id))
    .map((id) => demo.activities.find((a) => a.id === id)!.title);
})();
/** The migration work below the line: what the pact without money takes its hours from. */
const migration = demo.activities.find((a) =>
  /kwetsbare groepen in de migratieketen/i.test(a.title),
)!;

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name, exact: true });
const lineRow = (page: Page, title: string): Locator =>
  page
    .getByRole('table', { name: 'De lijn: wat past in de ruimte voor keuzes' })
    .getByRole('row')
    .filter({ hasText: title });
const banner = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^Scenario „.*” is open/ });

/** Goes to a screen from the keyboard: the nav button, Enter. */
async function go(page: Page, name: string, heading: string): Promise<void> {
  await nav(page, name).press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

test('scenarios: the asylum pact without money and a 5% taakstelling, each with its line, the programme untouched, one taken over and undone (keyboard)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(cutFalls.length).toBeGreaterThan(0);
  const p = new ProgrammePage(page);
  await p.open();

  // The programme's line before any scenario: the migration work's row as it reads now.
  await go(page, 'Capaciteit en de lijn', 'Capaciteit en de lijn');
  const migrationBefore = await lineRow(page, migration.title).innerText();
  expect(migrationBefore).toContain('Onder de lijn');
  for (const title of cutFalls) await expect(lineRow(page, title)).toContainText('Boven de lijn');

  // Nieuw scenario, on the programme now.
  await go(page, "Scenario's", "Scenario's");
  await expect(page.getByText('Er zijn nog geen scenario’s.').first()).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill('Asielpact zonder extra middelen');
  await expect(page.getByLabel('Basis', { exact: true })).toHaveValue('programme');
  await page.getByRole('button', { name: 'Scenario maken' }).press('Enter');
  const list = page.getByRole('table').filter({ hasText: 'Asielpact zonder extra middelen' });
  const pactRow = list.getByRole('row').filter({ hasText: 'Asielpact zonder extra middelen' });
  await expect(pactRow).toContainText('het programma nu');
  await expect(pactRow).toContainText('0 wijzigingen');
  await expectNoAxeViolations(page);

  // Open it: the banner says so, with its base, on every screen.
  await pactRow
    .getByRole('button', { name: 'Scenario „Asielpact zonder extra middelen” openen' })
    .press('Enter');
  await expect(banner(page)).toContainText(
    'Scenario „Asielpact zonder extra middelen” is open (basis: het programma nu)',
  );
  await expect(page.getByRole('button', { name: 'Scenario sluiten' }).first()).toBeFocused();

  // Inside the scenario: the pact's task taken on without its money (no longer onder voorbehoud).
  await go(page, 'Programma', 'Programma');
  await expect(banner(page)).toBeVisible();
  await p.table.getByRole('button', { name: pact.title, exact: true }).press('Enter');
  await p.editor.waitFor();
  const conditional = p.field('Onder voorbehoud van voldoende middelen');
  await expect(conditional).toBeChecked();
  await conditional.press('Space');
  await expect(conditional).not.toBeChecked();
  await p.saved();
  await page.keyboard.press('Escape');
  await p.editor.waitFor({ state: 'detached' });

  // The line inside the scenario: the migration work below the line lacks more hours now.
  await go(page, 'Capaciteit en de lijn', 'Capaciteit en de lijn');
  await expect(banner(page)).toBeVisible();
  await expect(lineRow(page, migration.title)).toContainText('Onder de lijn');
  await expect.poll(() => lineRow(page, migration.title).innerText()).not.toBe(migrationBefore);
  await expectNoAxeViolations(page);
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `test-results/scenario-banner-${String(w)}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // Close it: the programme itself is unchanged.
  await page.getByRole('button', { name: 'Scenario sluiten' }).first().press('Enter');
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => lineRow(page, migration.title).innerText()).toBe(migrationBefore);
  await go(page, 'Programma', 'Programma');
  await p.table.getByRole('button', { name: pact.title, exact: true }).press('Enter');
  await expect(p.field('Onder voorbehoud van voldoende middelen')).toBeChecked();
  await page.keyboard.press('Escape');
  await p.editor.waitFor({ state: 'detached' });

  // "Taakstelling 5%" through the quick scenario of the taakstelling control.
  await go(page, 'Budget', 'Budget');
  const task = page.getByRole('region', { name: 'Taakstelling', exact: true });
  await expect(task.getByLabel('Taakstelling (% van het kader)')).toHaveValue('5');
  await task.getByRole('button', { name: 'Als scenario' }).press('Enter');
  const offer = page
    .getByRole('status')
    .filter({ hasText: 'Scenario „Taakstelling 5%” is gemaakt' });
  await expect(offer).toContainText('het programma blijft zoals het is');
  await offer.getByRole('button', { name: 'Scenario openen' }).press('Enter');
  await expect(banner(page)).toContainText('Scenario „Taakstelling 5%” is open');
  await go(page, 'Capaciteit en de lijn', 'Capaciteit en de lijn');
  for (const title of cutFalls) await expect(lineRow(page, title)).toContainText('Onder de lijn');
  await page.getByRole('button', { name: 'Scenario sluiten' }).first().press('Enter');
  await expect(banner(page)).toHaveCount(0);
  for (const title of cutFalls) await expect(lineRow(page, title)).toContainText('Boven de lijn');

  // Both are listed; take the asylum scenario over, then undo it.
  await go(page, "Scenario's", "Scenario's");
  await expect(list.getByRole('row').filter({ hasText: 'Taakstelling 5%' })).toContainText(
    '1 wijziging',
  );
  await expect(pactRow).toContainText('1 wijziging');
  // Vergelijk scenario's: pick both (the comparison itself is mounted below the picker).
  const compare = page.getByRole('region', { name: "Vergelijk scenario's" });
  await compare
    .getByRole('checkbox', { name: '„Asielpact zonder extra middelen” vergelijken' })
    .press('Space');
  await compare.getByRole('checkbox', { name: '„Taakstelling 5%” vergelijken' }).press('Space');
  await expect(compare).toContainText("2 scenario's gekozen.");
  // Side by side with their common base: who falls below the line in each.
  const differs = compare.getByRole('table', { name: 'Wat verschilt van de basis' });
  await expect(differs.getByRole('columnheader')).toContainText([
    'Wat',
    'Het programma nu (basis)',
    'Asielpact zonder extra middelen',
    'Taakstelling 5%',
  ]);
  const fell = differs.getByRole('row').filter({ hasText: 'Valt onder de lijn' });
  for (const title of cutFalls) await expect(fell).toContainText(title);
  await expectNoAxeViolations(page);
  await pactRow
    .getByRole('button', {
      name: 'Scenario „Asielpact zonder extra middelen” overnemen in het programma',
    })
    .press('Enter');
  const panel = page.getByRole('region', {
    name: '„Asielpact zonder extra middelen” overnemen in het programma',
  });
  await expect(panel).toContainText('Overnemen verandert 1 rij van het programma');
  await expectNoAxeViolations(page);
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({
      path: `test-results/scenarios-screen-${String(w)}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await panel.getByRole('button', { name: 'Overnemen in het programma' }).press('Enter');
  await expect(
    page.getByText('Scenario „Asielpact zonder extra middelen” is overgenomen in het programma.'),
  ).toBeVisible();
  await go(page, 'Programma', 'Programma');
  await p.table.getByRole('button', { name: pact.title, exact: true }).press('Enter');
  await expect(p.field('Onder voorbehoud van voldoende middelen')).not.toBeChecked();
  await page.keyboard.press('Escape');
  await p.editor.waitFor({ state: 'detached' });
  await page.keyboard.press('Control+z');
  await p.table.getByRole('button', { name: pact.title, exact: true }).press('Enter');
  await expect(p.field('Onder voorbehoud van voldoende middelen')).toBeChecked();
});

test('a force as a scenario leaves the programme as it is and offers to open it; deleting a scenario is undone', async ({
  page,
}) => {
  await page.goto('./');
  await go(page, 'Capaciteit en de lijn', 'Capaciteit en de lijn');
  const row = lineRow(page, migration.title);
  await row.getByRole('button', { name: `Erin zetten: ${migration.title}` }).click();
  await page.getByLabel(/^Reden om/).fill('Signaal uit de keten');
  await page.getByRole('button', { name: 'Als scenario' }).click();
  const offer = page
    .getByRole('status')
    .filter({ hasText: `Scenario „Erin gezet: ${migration.title}” is gemaakt` });
  await expect(offer).toBeVisible();
  await expectNoAxeViolations(page);
  // The programme: still below the line, not forced.
  await expect(row).toContainText('Onder de lijn');
  await offer.getByRole('button', { name: 'Scenario openen' }).click();
  await expect(row).toContainText('Erin gezet');
  await page.getByRole('button', { name: 'Scenario sluiten' }).first().click();
  await expect(row).toContainText('Onder de lijn');
  // Delete it on the Scenario's screen; the notice's undo brings it back.
  await go(page, "Scenario's", "Scenario's");
  const name = `Erin gezet: ${migration.title}`;
  await page.getByRole('button', { name: `Scenario „${name}” verwijderen` }).click();
  await expect(page.getByRole('button', { name: `Scenario „${name}” openen` })).toHaveCount(0);
  // Focus stays on the screen (the list's heading), not lost with the row.
  await expect(
    page.getByRole('heading', { name: "De scenario's van Werkprogramma 2026" }),
  ).toBeFocused();
  await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('button', { name: `Scenario „${name}” openen` })).toBeVisible();
});

test('a force made inside a scenario is the scenario’s: the log marks it and it does not hold on the programme', async ({
  page,
}) => {
  await page.goto('./');
  await go(page, "Scenario's", "Scenario's");
  await page.getByLabel('Naam', { exact: true }).fill('Wat als');
  await page.getByRole('button', { name: 'Scenario maken' }).click();
  await page.getByRole('button', { name: 'Scenario „Wat als” openen' }).click();
  await expect(banner(page)).toContainText('Scenario „Wat als” is open');
  await go(page, 'Capaciteit en de lijn', 'Capaciteit en de lijn');
  const row = lineRow(page, migration.title);
  await row.getByRole('button', { name: `Erin zetten: ${migration.title}` }).click();
  await page.getByLabel(/^Reden om/).fill('Alleen even proberen');
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(row).toContainText('Erin gezet');
  await page.getByRole('button', { name: 'Scenario sluiten' }).first().click();
  await expect(banner(page)).toHaveCount(0);
  // The programme: not forced, and no decision of its own on the activity.
  await expect(row).toContainText('Onder de lijn');
  await go(page, 'Besluiten', 'Besluiten');
  const log = page.getByRole('table', { name: /^Besluiten over/ });
  const line = log.getByRole('row').filter({ hasText: migration.title });
  await expect(line).toContainText('erin zetten (in een scenario, niet in het programma)');
  await expect(line).not.toContainText(/\bja\b/);
  await expectNoAxeViolations(page);
});
