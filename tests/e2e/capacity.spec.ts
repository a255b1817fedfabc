import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan as planOf } from '../../shared/planning/plan';
import { rankedFill } from '../../shared/planning/ranking';
import { formatHours } from '../../shared/format/nl';
import { activityMonthHours } from '../../shared/planning/allocation';
import type { MonthKey } from '../../shared/domain/units';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
// The same function the screens use: the line per team per quarter.
const snapshot = snapshotOf(demo)!;
const plan = planOf(snapshot).planning;
const { bridge, candidates, line } = plan;
const title = (id: string) => activities.find((a) => a.id === id)!.title;
const above = line.entries.filter((e) => e.above);
const firstMiss = line.firstMiss!;
/** What forcing an activity in pushes below the line (per team: only work that needs its teams). */
const dropsIf = (id: string) => {
  const forced = candidates.map((c) => (c.id === id ? { ...c, force: 'in' as const } : c));
  const after = rankedFill(forced, line.space);
  return above.filter((e) => !after.entries.find((x) => x.id === e.id)!.above);
};
/** The highest-ranked activity below the line whose forcing in displaces something. */
const displacer = line.entries.find(
  (e) => !e.above && e.reason === 'does-not-fit' && dropsIf(e.id).length > 0,
)!.id;

/** Opens the capacity screen. */
async function openCapacity(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await page.getByRole('heading', { name: 'De lijn: wat past in de ruimte voor keuzes' }).waitFor();
}

/** The rows of the line table above the red line marker. */
const lineTable = (page: Page) =>
  page.getByRole('table', { name: 'De lijn: wat past in de ruimte voor keuzes' });

test('shows the bridge, the heat map, the line with its first miss, the risk matrix and coverage', async ({
  page,
}) => {
  await openCapacity(page);
  const discretionary = bridge.steps.at(-1)!.hours;
  await expect(page.getByRole('img', { name: /Watervaldiagram/ })).toBeVisible();
  await expect(page.getByText(formatHours(discretionary)).first()).toBeVisible();
  const table = lineTable(page);
  // The line per team: the first miss is below and says which team lacks hours; no single
  // cut-off marker outside the strict setting.
  const missRow = table.getByRole('row').filter({ hasText: title(firstMiss) });
  await expect(missRow).toContainText('Onder de lijn');
  await expect(missRow).toContainText(/tekort in/);
  await expect(table.getByText('De lijn', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Bezetting per team en kwartaal' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Risicomatrix met/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'MJP-dekking' })).toContainText(
    demo.themes[0]!.name,
  );
  // The best selection is computed by HiGHS in the page.
  await expect(page.getByText(/De beste selectie (haalt|is gelijk)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('raising an activity’s hours moves the line and shows in the heat map', async ({ page }) => {
  await openCapacity(page);
  const last = above.at(-1)!;
  const lastActivity = activities.find((a) => a.id === last.id)!;
  const table = lineTable(page);
  await expect(table.getByRole('row').filter({ hasText: lastActivity.title })).toContainText(
    'Boven de lijn',
  );
  const heat = page.getByRole('table', { name: 'Bezetting per team en kwartaal' });
  const team = demo.teams.find((t) => t.id === lastActivity.allocations[0]!.teamId)!;
  const before = await heat.getByRole('row').filter({ hasText: team.name }).innerText();

  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  const p = new ProgrammePage(page);
  await p.openActivity(lastActivity.title);
  await p.field(`Uren ${team.name}`).fill('20000');
  await p.field(`Uren ${team.name}`).press('Tab');
  await p.saved();
  await p.closeEditor();
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await expect(
    lineTable(page).getByRole('row').filter({ hasText: lastActivity.title }),
  ).toContainText(/Past (als eerste )?niet/);
  await expect(heat.getByRole('row').filter({ hasText: team.name })).not.toHaveText(before);
});

test('forcing an activity in needs a reason, and shows who drops below the line', async ({
  page,
}) => {
  await openCapacity(page);
  const table = lineTable(page);
  const missTitle = title(displacer);
  const placeBefore = 'Past niet';
  await table.getByRole('button', { name: `Erin zetten: ${missTitle}` }).click();
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(page.getByText('Geef een reden; directeuren leggen vast waarom.')).toBeVisible();
  await page.getByLabel(/^Reden om/).fill('Kamerbrief toegezegd');
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(table.getByRole('row').filter({ hasText: missTitle })).toContainText(
    'Erin gezet: Kamerbrief toegezegd',
  );
  // Forcing it in takes its hours first: work of the same teams that no longer fits drops.
  const dropped = dropsIf(displacer);
  expect(dropped.length).toBeGreaterThan(0);
  for (const d of dropped)
    await expect(table.getByRole('row').filter({ hasText: title(d.id) })).not.toContainText(
      'Boven de lijn',
    );
  // Undo takes the force back.
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(table.getByRole('row').filter({ hasText: missTitle })).toContainText(placeBefore);
});

test('the displacement view says what a proposal pushes below the line', async ({ page }) => {
  await openCapacity(page);
  await page.getByLabel('Voorstel', { exact: true }).selectOption({ label: title(displacer) });
  await expect(page.getByText(new RegExp(`Als „${title(displacer).slice(0, 20)}`))).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Uren van wat wegvalt, per team en kwartaal' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('hours set for one month show in that month of the heat map', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  const activity = activities.find(
    (a) => a.allocations.length === 1 && a.startMonth === '2026-01' && a.endMonth === '2026-12',
  )!;
  const team = demo.teams.find((x) => x.id === activity.allocations[0]!.teamId)!;
  await p.openActivity(activity.title);
  const march = p.field(`Uren ${team.name} in maart 2026`);
  await expect(march).toHaveValue(/\d/);
  await march.fill('3000');
  await march.press('Tab');
  await p.saved();
  // The total follows: the other months keep their share, March holds 3.000.
  const marchBefore = activityMonthHours(activity)
    .get(team.id)!
    .get('2026-03' as MonthKey)!;
  const total = activity.allocations[0]!.hours - marchBefore + 3000;
  await expect(p.editor.getByText(`Totaal ${formatHours(total)}`, { exact: false })).toBeVisible();
  await p.closeEditor();
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  // The months are the detail beneath the quarters.
  await page.getByText('Per maand', { exact: true }).click();
  const cell = page
    .getByRole('table', { name: 'Bezetting per team per maand (detail)' })
    .getByRole('row')
    .filter({ hasText: team.name })
    .getByRole('cell')
    .nth(2);
  const feb = page
    .getByRole('table', { name: 'Bezetting per team per maand (detail)' })
    .getByRole('row')
    .filter({ hasText: team.name })
    .getByRole('cell')
    .nth(1);
  await expect(cell).not.toHaveText(await feb.innerText());
});
