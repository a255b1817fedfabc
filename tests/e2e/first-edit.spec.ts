import type { Locator, Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan as planOf } from '../../shared/planning/plan';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

// Issue 8, the first edit and the key figures: what a new planner does first must work, and the
// figures must be on screen at an ordinary laptop size.
const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const jeugd = demo.domains.find((d) => d.name === 'Jeugd')!;
const inJeugd = activities.filter((a) => a.domainId === jeugd.id);

/** Whether a box lies wholly inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  if (!box) return false;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  );
}

test('Activiteit toevoegen with the domain filter on opens the editor in view, focus in the title, and the new row stays in the list', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.filter('Domein').selectOption({ label: jeugd.name });
  await expect(p.activityButtons).toHaveCount(inJeugd.length);

  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await expect(p.editor).toBeVisible();
  // A real modal: in the top layer, within the window, with focus in the title.
  expect(
    await p.editor.evaluate((d) => d instanceof HTMLDialogElement && d.matches(':modal')),
  ).toBe(true);
  expect(await inViewport(page, p.editor)).toBe(true);
  await expect(p.field('Titel')).toBeFocused();
  // Pre-filled from the filter, so it belongs in the filtered list.
  await expect(p.field('Toezichtdomein')).toHaveValue(jeugd.id);
  await expectNoAxeViolations(page);

  await p.field('Titel').fill('Toezicht op jeugdzorgaanbieders');
  await p.field('Titel').press('Tab');
  await p.closeEditor();
  await expect(page.locator('.screen__summary')).toContainText(
    `${inJeugd.length + 1} van ${activities.length + 1} activiteiten`,
  );
  await expect(p.activityButtons).toHaveCount(inJeugd.length + 1);
  const row = p.row('Toezicht op jeugdzorgaanbieders');
  await expect(row).toBeVisible();
  // Focus lands on the new row, so the person sees where it went.
  await expect(row.getByRole('button')).toBeFocused();
  expect(await inViewport(page, row.getByRole('button'))).toBe(true);

  // Clicking the new row (any row) opens it again.
  await row.getByRole('button').click();
  await expect(p.editor).toBeVisible();
  await expect(p.field('Titel')).toHaveValue('Toezicht op jeugdzorgaanbieders');
  await page.keyboard.press('Escape');
  await expect(p.editor).toBeHidden();
  await p.table.getByRole('button', { name: inJeugd[0]!.title, exact: true }).click();
  await expect(p.field('Titel')).toHaveValue(inJeugd[0]!.title);
});

test('a closed editor takes no room in the page', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(activities[0]!.title);
  await p.closeEditor();
  await expect(page.locator('dialog.editor')).toHaveCount(0);
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await expect(p.field('Titel')).toBeFocused();
  expect(await inViewport(page, p.editor)).toBe(true);
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('hours, fte, score and the line of every row are on screen without scrolling sideways', async ({
    page,
  }) => {
    const p = new ProgrammePage(page);
    await p.open();
    const wrap = page.locator('.table-wrap');
    const { scrollWidth, clientWidth } = await wrap.evaluate((e) => ({
      scrollWidth: e.scrollWidth,
      clientWidth: e.clientWidth,
    }));
    expect(scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(clientWidth);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);

    const viewport = page.viewportSize()!;
    const rows = p.table.locator('tbody tr:not(.group)');
    const n = await rows.count();
    expect(n).toBe(activities.length);
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      await row.scrollIntoViewIfNeeded();
      for (const cell of ['col-title', 'col-hours', 'col-fte', 'col-score', 'col-line']) {
        const box = await row.locator(`td.${cell}`).boundingBox();
        expect(box, `${cell} of row ${i + 1}`).not.toBeNull();
        expect(box!.x, `${cell} of row ${i + 1}`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${cell} of row ${i + 1}`).toBeLessThanOrEqual(viewport.width);
        // The figure is there, not an empty cell.
        if (cell !== 'col-line')
          expect((await row.locator(`td.${cell}`).innerText()).trim()).not.toBe('');
      }
    }
    await expectNoAxeViolations(page);
  });

  test('a score has one decimal, as on the line', async ({ page }) => {
    const p = new ProgrammePage(page);
    await p.open();
    const scores = await p.table.locator('td.col-score .score__value').allInnerTexts();
    expect(scores.length).toBe(activities.length);
    for (const s of scores) expect(s).toMatch(/^\d{1,3},\d$/);
  });
});

test('long names on Organisatie en kaders are readable at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const p = new ProgrammePage(page);
  await p.open();
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  await page.getByRole('heading', { name: 'Organisatie en kaders' }).waitFor();
  // No text field or select shows less than its content (the widest demo values).
  const cut = await page.locator('.panels input[type="text"], .panels select').evaluateAll((els) =>
    els
      .filter((el) => {
        const e = el as HTMLInputElement | HTMLSelectElement;
        if (e instanceof HTMLInputElement) return e.scrollWidth > e.clientWidth + 1;
        const text = e.selectedOptions[0]?.text ?? '';
        const probe = document.createElement('span');
        probe.style.font = getComputedStyle(e).font;
        probe.style.whiteSpace = 'pre';
        probe.textContent = text;
        document.body.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        // The select's own padding and arrow take about 2.5rem.
        return needed > e.clientWidth - 30;
      })
      .map((e) =>
        e instanceof HTMLInputElement ? e.value : (e as HTMLSelectElement).selectedOptions[0]?.text,
      ),
  );
  expect(cut, 'fields that cut their content').toEqual([]);
  // Every card's content stays inside its card.
  const outside = await page
    .locator('.panels > .section')
    .evaluateAll((cards: HTMLElement[]) =>
      cards
        .filter((c) => c.scrollWidth > c.clientWidth + 1)
        .map((c) => c.querySelector('h2, legend')?.textContent ?? '?'),
    );
  expect(outside).toEqual([]);
  await expectNoAxeViolations(page);
});

test('counts read in Dutch: one activity, not "1 activiteiten"', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  // A theme group with a single activity says so in the singular.
  const single = p.table
    .locator('tbody tr.group .group__meta')
    .filter({ hasText: /^1 activiteit ·/ });
  const perTheme = new Map<string, number>();
  for (const a of activities)
    perTheme.set(a.primaryThemeId, (perTheme.get(a.primaryThemeId) ?? 0) + 1);
  const singles = [...perTheme.values()].filter((n) => n === 1).length;
  await expect(single).toHaveCount(singles);
  // The summary with a filter that leaves one activity.
  const hay = (a: (typeof activities)[number]) =>
    `${a.title} ${a.description} ${a.sourceRef} ${a.partners.join(' ')}`.toLowerCase();
  const unique = activities.find(
    (a) => activities.filter((b) => hay(b).includes(a.title.toLowerCase())).length === 1,
  )!;
  await p.filter('Zoeken').fill(unique.title);
  await expect(p.activityButtons).toHaveCount(1);
  await expect(page.getByText(/^1 van \d+ activiteiten ·/)).toBeVisible();
  await expect(page.getByText(/\b1 activiteiten\b/)).toHaveCount(0);
});

test('Escape closes the reason form of a force and gives focus back to its button', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  const { line } = planOf(snapshotOf(demo)!).planning;
  const below = line.entries.find((e) => !e.above && e.reason !== 'forced-out')!;
  const title = activities.find((a) => a.id === below.id)!.title;
  const opener = page.getByRole('button', { name: `Erin zetten: ${title}` });
  await opener.click();
  const reason = page.getByLabel(/^Reden om/);
  await expect(reason).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reason).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Also from the form's buttons, after a refusal left focus on Vastleggen.
  await opener.click();
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(page.getByText('Geef een reden; directeuren leggen vast waarom.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vastleggen', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel(/^Reden om/)).toHaveCount(0);
  await expect(opener).toBeFocused();
});
