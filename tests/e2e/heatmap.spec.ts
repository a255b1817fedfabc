import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import type { MonthKey } from '../../shared/domain/units';
import { heatCellText } from '../../shared/format/heat-cell';
import { formatMonth, formatNumberInput, formatPeriod } from '../../shared/format/nl';
import { activityMonthHours, scaleProfile } from '../../shared/planning/allocation';
import { cellShares, monthsOfPeriod } from '../../shared/planning/heat-map';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan as planOf } from '../../shared/planning/plan';
import { monthsOfYear } from '../../shared/time/months';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
// The same function the line uses: the heat map's cells are its load cells.
const snapshot = snapshotOf(demo)!;
const plan = planOf(snapshot).planning;
const teamName = (id: string) => demo.teams.find((t) => t.id === id)!.name;
const overCells = plan.load.filter((c) => c.over > 0);
const overloaded = overCells[0]!;

/** Opens the capacity screen and waits for the heat map. */
async function openCapacity(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await heatMap(page).waitFor();
}

const heatMap = (page: Page) => page.getByRole('table', { name: 'Bezetting per team en kwartaal' });

/** The button of one team-period cell, by the name a screen reader hears. */
const cellButton = (page: Page, teamId: string, period: string) =>
  heatMap(page).getByRole('button', {
    name: new RegExp(`${teamName(teamId)}, ${formatPeriod(period)}$`),
  });

test('the heat map shows the line’s team-quarters: overloaded cells are exactly the line’s, with hours over', async ({
  page,
}) => {
  expect(overCells.length).toBeGreaterThan(0);
  await openCapacity(page);
  // Every team-quarter the line judges reads the same figures; ⚠ exactly where the line is over.
  for (const cell of plan.load) {
    if (cell.capacity === 0 && cell.allocated === 0) continue;
    const text = heatCellText(cell);
    const button = cellButton(page, cell.teamId, cell.period);
    await expect(button).toContainText(text.percent);
    await expect(button).toContainText(text.hours);
  }
  await expect(heatMap(page).locator('[data-over="true"]')).toHaveCount(overCells.length);
  await expect(heatMap(page).getByText('⚠')).toHaveCount(overCells.length);
  // The overloaded cell says how many hours are over, not only a percentage.
  await expect(cellButton(page, overloaded.teamId, overloaded.period)).toContainText(
    `+ ${Math.ceil(overloaded.over)} uur`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Overbelast:' })).toHaveText(
    `Overbelast: ${overCells.length} ${overCells.length === 1 ? 'teamkwartaal' : 'teamkwartalen'}, dezelfde als in de lijn.`,
  );
});

test('a team without capacity is marked as such, not as 0%', async ({ page }) => {
  const idle = plan.load.filter((c) => c.capacity === 0).map((c) => c.teamId);
  expect(idle.length).toBeGreaterThan(0);
  await openCapacity(page);
  const row = heatMap(page)
    .getByRole('row')
    .filter({ hasText: teamName(idle[0]!) });
  await expect(row).toContainText('Geen capaciteit voor gepland toezicht');
  await expect(row).not.toContainText('%');
});

test('a cell opens the activities that fill it from the keyboard alone, and Escape returns to it', async ({
  page,
}) => {
  await openCapacity(page);
  const target = cellButton(page, overloaded.teamId, overloaded.period);
  // Tab through the screen until the overloaded cell has focus (no mouse).
  let found = false;
  for (let i = 0; i < 300 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await target.evaluate((el) => el === document.activeElement);
  }
  expect(found, 'the cell is reachable with Tab').toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', {
    name: `${teamName(overloaded.teamId)}, ${formatPeriod(overloaded.period)}`,
  });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog.
  await expect(dialog.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  const months = monthsOfPeriod(monthsOfYear(programme.year), 'quarter', overloaded.period);
  const shares = cellShares(activities, plan.planned, overloaded.teamId, months);
  expect(shares.length).toBeGreaterThan(0);
  const rows = dialog.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(shares.length);
  for (const [i, s] of shares.entries()) {
    const title = activities.find((a) => a.id === s.activityId)!.title;
    await expect(rows.nth(i)).toContainText(title);
    await expect(rows.nth(i).locator('td').last()).toHaveText(formatNumberInput(s.hours));
  }
  await expect(dialog).toContainText(heatCellText(overloaded).hours);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(target).toBeFocused();
});

test('the capacity screen with the months beneath passes axe', async ({ page }) => {
  await openCapacity(page);
  await page.getByText('Per maand', { exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Bezetting per team per maand (detail)' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the month grid shows the team’s load, and a new total keeps a hand-made month profile’s shape', async ({
  page,
}) => {
  // A planned activity of the overloaded team, spread evenly over its run.
  const share = cellShares(
    activities,
    plan.planned,
    overloaded.teamId,
    monthsOfPeriod(monthsOfYear(programme.year), 'quarter', overloaded.period),
  )[0]!;
  const activity = activities.find((a) => a.id === share.activityId)!;
  const team = teamName(overloaded.teamId);
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(activity.title);
  const load = p.editor.getByRole('row', { name: `Bezetting ${team}` });
  await expect(load).toContainText('⚠');
  // No profile yet: no warning beside the total.
  const hint = p.editor.getByText('Heeft een eigen maandverdeling');
  await expect(hint).toHaveCount(0);
  // Make a profile by hand: January gets 900 hours.
  const jan = p.field(`Uren ${team} in januari 2026`);
  await jan.fill('900');
  await jan.press('Tab');
  await p.saved();
  await expect(hint).toBeVisible();
  // Doubling the total doubles every month: the shape is kept, the hours add up.
  const row = new Map(activityMonthHours(activity).get(overloaded.teamId));
  row.set('2026-01' as MonthKey, 900);
  const total = [...row.values()].reduce((s, h) => s + Math.round(h * 100), 0) / 100;
  await p.field(`Uren ${team}`).fill(formatNumberInput(total * 2));
  await p.field(`Uren ${team}`).press('Tab');
  await p.saved();
  for (const [m, h] of scaleProfile(row, total * 2)) {
    await expect(p.field(`Uren ${team} in ${formatMonth(m)}`)).toHaveValue(formatNumberInput(h));
  }
  await expect(p.field(`Uren ${team} in januari 2026`)).toHaveValue('1.800');
  await expectNoAxeViolations(page);
});
