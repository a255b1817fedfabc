import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { snapshotOf } from '../../shared/domain/snapshot';
import { monthKey } from '../../shared/domain/units';
import { copyForwardPlan } from '../../shared/edit/copy-forward';
import { formatHours } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const source = snapshotOf(demo)!;
// The clock stands at 2 March 2026 (beforeEach): the cut-off is March 2026.
const plan = copyForwardPlan(source, { cutOff: monthKey('2026-03') });
const byDefault = plan.filter((r) => r.byDefault);
const leaving = plan.find((r) => r.byDefault && r.endMonth !== '2027-12')!;
const joining = plan.find((r) => r.reason === 'nieuw')!;
const chosen = [...byDefault.filter((r) => r !== leaving), joining];
const hoursOf = (rows: typeof plan) => rows.reduce((s, r) => s + r.remainingHours, 0);

// The cut-off's default is this month: the clock stands at 2 March 2026 (as the fixture's does).
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+01:00'));
});

/** The header's programme button (its name is the programme's name and state). */
const switcher = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /^Werkprogramma \d{4}, / });
const menu = (page: Page) => page.getByRole('menu', { name: /Werkprogramma’s van/ });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Nieuw werkprogramma 2027' });

/** Opens Nieuw werkprogramma… from the switcher. */
async function openNew(page: Page): Promise<void> {
  await switcher(page).click();
  await menu(page)
    .getByRole('menuitem', { name: /Nieuw werkprogramma…/ })
    .click();
  await expect(dialog(page)).toBeVisible();
}

/** Makes 2027 with the defaults and a frame. */
async function make2027(page: Page): Promise<void> {
  await openNew(page);
  await dialog(page).getByLabel('Budgettair kader 2027').fill('16.500.000');
  await dialog(page).getByRole('button', { name: 'Werkprogramma 2027 maken' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(switcher(page)).toContainText('Werkprogramma 2027');
}

test('makes 2027 from 2026 choosing what carries over, and one undo removes it', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await openNew(page);
  const d = dialog(page);
  await expect(d).toHaveAttribute('aria-modal', 'true');
  await expect(d.getByRole('status')).toContainText(
    `${String(byDefault.length)} van ${String(plan.length)} activiteiten gaan mee, samen ${formatHours(hoursOf(byDefault))}`,
  );
  await expect(d.getByLabel('Stand per')).toHaveValue('2026-03');
  await expectNoAxeViolations(page);

  await d.getByRole('checkbox', { name: `${leaving.title} meenemen naar 2027` }).uncheck();
  const box = d.getByRole('checkbox', { name: `${joining.title} meenemen naar 2027` });
  await expect(box).not.toBeChecked();
  await expect(d.getByRole('row').filter({ hasText: joining.title })).toContainText(
    'Nieuw in 2026 en binnen het jaar gepland',
  );
  await box.check();
  await expect(d.getByRole('status')).toContainText(
    `${String(chosen.length)} van ${String(plan.length)} activiteiten gaan mee, samen ${formatHours(hoursOf(chosen))}`,
  );

  // The frame is required: nothing is written without it.
  await d.getByRole('button', { name: 'Werkprogramma 2027 maken' }).click();
  await expect(d.getByText('Vul dit veld in; het mag niet leeg zijn.')).toBeVisible();
  await expect(d.getByLabel('Budgettair kader 2027')).toBeFocused();
  await expect(switcher(page)).toContainText('Werkprogramma 2026');

  await d.getByLabel('Budgettair kader 2027').fill('16.500.000');
  await d.getByRole('button', { name: 'Werkprogramma 2027 maken' }).click();
  await expect(d).toBeHidden();
  // The window shows the new programme: the header, the screen and its activities.
  await expect(switcher(page)).toContainText('Werkprogramma 2027');
  await expect(switcher(page)).toContainText('Concept');
  await expect(page.getByRole('heading', { name: 'Werkprogramma 2027' })).toBeVisible();
  await expect(p.activityButtons).toHaveCount(chosen.length);
  await expect(p.row(joining.title)).toBeVisible();
  await expect(p.table.getByRole('button', { name: leaving.title, exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Budget 2027' })).toBeVisible();

  // One undo removes the programme and all its activities.
  await expect(page.getByText('Werkprogramma 2027 is gemaakt met')).toBeVisible();
  await page
    .getByRole('banner')
    .getByRole('button', { name: 'Ongedaan maken', exact: true })
    .click();
  await expect(switcher(page)).toContainText('Werkprogramma 2026');
  await switcher(page).click();
  await expect(menu(page).getByRole('menuitemradio')).toHaveCount(1);
  await expect(menu(page).getByRole('menuitemradio', { name: /2027/ })).toHaveCount(0);
});

test('switches programme through the header by keyboard, and a reload keeps the choice', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await make2027(page);
  await expect(p.activityButtons).toHaveCount(byDefault.length);

  await switcher(page).focus();
  await page.keyboard.press('Enter');
  const items = menu(page).getByRole('menuitemradio');
  await expect(items).toHaveText([/2027.*Werkprogramma 2027.*Concept/, /2026.*Werkprogramma 2026/]);
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toHaveAttribute('aria-checked', 'true');
  // Escape closes the list and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();
  await expect(switcher(page)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(switcher(page)).toContainText('Werkprogramma 2026');
  await expect(page.getByRole('heading', { name: 'Werkprogramma 2026' })).toBeVisible();
  await expect(p.activityButtons).toHaveCount(plan.length);

  // Without the choice the newest programme opens; the window remembers 2026.
  await page.reload();
  await p.table.waitFor();
  await expect(switcher(page)).toContainText('Werkprogramma 2026');
  await expect(p.activityButtons).toHaveCount(plan.length);

  // 2027 exists now: the switcher says so instead of offering to make it.
  await switcher(page).click();
  const item = menu(page).getByRole('menuitem', { name: /Nieuw werkprogramma…/ });
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(item).toContainText('Werkprogramma 2027 bestaat al');
  await item.click({ force: true });
  await expect(dialog(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();
  await expect(switcher(page)).toBeFocused();
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])
  test(`the dialog and the switcher at ${String(size.width)}×${String(size.height)}`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size);
    const p = new ProgrammePage(page);
    await p.open();
    await openNew(page);
    await page.screenshot({ path: info.outputPath(`dialog-${String(size.width)}.png`) });
    const box = await dialog(page).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(size.width);
    expect(box!.height).toBeLessThanOrEqual(size.height);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await make2027(page);
    await switcher(page).click();
    await expect(menu(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: info.outputPath(`switcher-${String(size.width)}.png`) });
  });
