import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Issue 13, plan against actual: the annual-report author reads a realisation export in, opens
 * Verantwoording and sees plan against actual change for the activity and its theme; records a
 * publication date in the outputs table; switches views by keyboard. The life-cycle demo: 2026
 * adopted on 9 October 2025.
 */
test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const activity = demo.activities.find((a) => a.id === 'act-2026-jeugdstrafrechtketen')!;
const team = demo.teams.find((x) => x.id === 'team-jeugd')!;
const theme = demo.themes.find((x) => x.id === activity.primaryThemeId)!;
// An output of the adopted 2026 programme not yet published, with a title of its own.
const withOutput = demo.activities.find(
  (a) =>
    a.programmeId === 'wp-2026' &&
    a.outputs.some(
      (o) =>
        o.publishedOn === null &&
        o.title !== '' &&
        demo.activities.filter((b) => b.outputs.some((x) => x.title === o.title)).length === 1,
    ),
)!;
const output = withOutput.outputs.find((o) => o.publishedOn === null && o.title !== '')!;
const SHOTS = '/tmp/shots-year-end';

/** Opens Verantwoording. */
async function openYearEnd(page: Page) {
  await page.getByRole('button', { name: 'Verantwoording' }).click();
  await page.getByRole('heading', { name: 'Verantwoording 2026', level: 1 }).waitFor();
}

/** The plan-against-actual table. */
const table = (page: Page): Locator =>
  page.getByRole('region', { name: 'Tabel plan en realisatie' }).getByRole('table');

/** The row of a name in the plan-against-actual table. */
const rowOf = (page: Page, name: string): Locator =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: false }) })
    .first();

test('a realisation read through the mapping step changes plan against actual for the activity and its theme', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await openYearEnd(page);
  await expect(
    page.getByText(/Plan: het vastgestelde werkprogramma \(vastgesteld op 9 oktober 2025\)/),
  ).toBeVisible();
  const before = rowOf(page, activity.title);
  await expect(before.getByRole('cell').nth(1)).toHaveText('0 uur');
  await expect(before.getByRole('cell').nth(5)).toHaveText('Geen realisatie');
  const plan = (await before.getByRole('cell').nth(0).innerText()).trim();
  const planned = Number(plan.replace(/\D/g, ''));
  expect(planned).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Realisatie inlezen' }).click(),
  ]);
  const realised = planned + 300;
  await chooser.setFiles({
    name: 'uren-2026.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        `Activiteit;Team;Maand;Uren;Kosten\r\n${activity.title};${team.name};2026-05;${String(realised - 100)};"12.500,00"\r\n\r\n${activity.title};${team.name};2026-06;100;"2.500,00"\r\n`,
      ),
    ]),
  });
  const mapping = page.getByRole('group', { name: 'Kolommen van uren-2026.csv' });
  await expect(mapping).toBeVisible();
  await mapping.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByText('2 regels ingelezen uit uren-2026.csv.')).toBeVisible();

  await openYearEnd(page);
  const row = rowOf(page, activity.title);
  const dutch = new Intl.NumberFormat('nl-NL').format(realised);
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${dutch} uur`);
  await expect(row.getByRole('cell').nth(2)).toHaveText('+300 uur');
  await expect(row.getByRole('cell').nth(5)).toHaveText('Nog geen eindstand');
  // 300 hours over the plan is a large deviation without explanation: flagged and listed.
  await expect(row.getByRole('cell').nth(6)).toHaveText('Toelichting ontbreekt');
  const lacking = page.getByRole('region', { name: 'Grote afwijkingen zonder toelichting' });
  await expect(lacking.getByRole('button', { name: activity.title })).toBeVisible();

  // Costs: the realised cost of the rows.
  await page.getByRole('radio', { name: 'Kosten' }).check();
  await expect(rowOf(page, activity.title).getByRole('cell').nth(1)).toHaveText('€ 15.000');

  // Per theme: the theme holds the realised hours (the only activity realised).
  await page.getByRole('radio', { name: 'Uren' }).check();
  await page.getByRole('radio', { name: 'Per thema' }).check();
  await expect(table(page).getByRole('columnheader').first()).toHaveText('MJP-thema');
  await expect(rowOf(page, theme.name).getByRole('cell').nth(1)).toHaveText(`${dutch} uur`);
  await expect(table(page).locator('tfoot')).toContainText(`${dutch} uur`);
  await expectNoAxeViolations(page);

  // The list opens the activity in the programme.
  await page.getByRole('radio', { name: 'Per activiteit' }).check();
  await lacking.getByRole('button', { name: activity.title }).click();
  await expect(page.getByRole('heading', { name: 'Programma', level: 1 })).toBeVisible();
});

test('a publication date recorded in the outputs table shows the output as published', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await openYearEnd(page);
  const outputs = page.getByRole('region', { name: 'Tabel producten' });
  const row = outputs.getByRole('row').filter({ hasText: output.title }).first();
  await expect(row.getByRole('cell').last()).toHaveText('Nog niet gepubliceerd');
  const field = row.getByLabel(`Gepubliceerd op: ${output.title}`);
  await field.fill('15-3-2026');
  await field.press('Tab');
  await expect(row.getByRole('cell').last()).toHaveText(/^Gepubliceerd/);
  await expect(field).toHaveValue('15-3-2026');
  await expectNoAxeViolations(page);
  // One undoable step.
  await page.keyboard.press('Control+z');
  await expect(row.getByRole('cell').last()).toHaveText('Nog niet gepubliceerd');
});

test('views switch by keyboard; screenshots at two sizes', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await openYearEnd(page);
  const perActivity = page.getByRole('radio', { name: 'Per activiteit' });
  await perActivity.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Per thema' })).toBeChecked();
  await expect(table(page).getByRole('columnheader').first()).toHaveText('MJP-thema');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Per domein' })).toBeChecked();
  await expect(table(page).getByRole('columnheader').first()).toHaveText('Domein');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Per soort' })).toBeChecked();
  await expect(table(page).getByRole('columnheader').first()).toHaveText('Soort');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Uren' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Kosten' })).toBeChecked();
  await expect(table(page).locator('tfoot')).toContainText('€');
  // Last year is the demo's 2025 (as the Jaarbericht 2025 reports it): compared with it.
  await expect(page.getByText('Realisatie vorig jaar: het werkprogramma 2025.')).toBeVisible();
  // The life-cycle demo has the 2025 programme (issue 13): its carry-overs are listed.
  const carried = demo.activities.filter(
    (a) => a.programmeId === 'wp-2026' && a.carriedFromId !== null,
  ).length;
  await expect(
    page.getByRole('heading', { name: `Doorgeschoven uit 2025 (${String(carried)})` }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /MJP-dekking 2025–2028/ })).toBeVisible();
  await expectNoAxeViolations(page);

  mkdirSync(SHOTS, { recursive: true });
  await page.keyboard.press('ShiftLeft+Tab');
  await page.getByRole('radio', { name: 'Per activiteit' }).check();
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({
      path: `${SHOTS}/year-end-${String(w)}x${String(h)}.png`,
      fullPage: true,
    });
    await page.screenshot({ path: `${SHOTS}/year-end-top-${String(w)}x${String(h)}.png` });
    for (const [name, heading] of [
      ['charts', 'Plan en realisatie per thema'],
      ['outputs', 'Producten: gepland en gepubliceerd'],
      ['year-over-year', 'Vergeleken met vorig jaar'],
    ] as const) {
      const card = page.getByRole('heading', { name: heading, level: 2 }).locator('xpath=..');
      await card.screenshot({ path: `${SHOTS}/year-end-${name}-${String(w)}x${String(h)}.png` });
    }
  }
});
