import type { Page } from '@playwright/test';
import { compareSnapshots } from '../../shared/compare/compare';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { snapshotOf, type ProgrammeSnapshot } from '../../shared/domain/snapshot';
import { hours } from '../../shared/domain/units';
import { versionContent } from '../../shared/file/version-content';
import { formatSignedHours } from '../../shared/format/compare';
import { formatHours, formatMoney, formatNumber } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = snapshotOf(createDemoData())!;
const changed = demo.activities.find((a) => a.id === 'act-2026-algoritmen')!;
const removed = demo.activities.find((a) => a.id === 'act-2026-c2000-continuiteit')!;
const team = demo.teams.find((t) => t.id === 'team-politie')!;
const teamBefore = changed.allocations.find((x) => x.teamId === team.id)!.hours;
const TEAM_AFTER = 600;

/** The version row as *Versie opslaan* writes it: the demo programme frozen. */
const version = {
  id: 'versie-september',
  programmeId: demo.programme.id,
  name: 'Concept september',
  note: '',
  savedAt: '2025-09-15T10:00:00.000Z',
  author: 'Strategie',
  ...versionContent(demo),
};

/** The demo as it is after the edits this test makes in the screen. */
const after: ProgrammeSnapshot = {
  ...demo,
  activities: demo.activities
    .filter((a) => a.id !== removed.id)
    .map((a) =>
      a.id === changed.id
        ? {
            ...a,
            allocations: a.allocations.map((x) =>
              x.teamId === team.id ? { ...x, hours: hours(TEAM_AFTER) } : x,
            ),
          }
        : a,
    ),
};
const expected = compareSnapshots(demo, after);

/**
 * Makes the programme a concept with exactly the given saved versions, written straight into the
 * app's database as another window would (whatever versions or adoption the demo may hold).
 */
async function storeVersions(page: Page, rows: readonly (typeof version)[]): Promise<void> {
  await page.evaluate(
    ({ rows, programmeId }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('koers');
        request.onerror = () => {
          reject(new Error('koers kon niet worden geopend'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['versions', 'programmes'], 'readwrite');
          const versions = tx.objectStore('versions');
          versions.clear();
          for (const row of rows) versions.put(row);
          const programmes = tx.objectStore('programmes');
          const get = programmes.get(programmeId);
          get.onsuccess = () => {
            programmes.put({ ...(get.result as Record<string, unknown>), adoption: null });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            reject(new Error('schrijven mislukt'));
          };
        };
      }),
    { rows, programmeId: demo.programme.id },
  );
}

/** The Vergelijken card. */
const card = (page: Page) => page.getByRole('region', { name: 'Vergelijken' });

test('without a saved version, Vergelijken says how to make one', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  await storeVersions(page, []);
  await page.reload();
  await p.table.waitFor();
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  await expect(card(page)).toContainText('Sla eerst een versie op in Versies');
  await expect(card(page).getByRole('combobox')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('compares a saved version with the programme now: the changed hours, the removed activity, the team shift, the budget result', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await storeVersions(page, [version]);
  await page.reload();
  await p.table.waitFor();

  // Change one activity's hours and delete another, as a person does.
  await p.openActivity(changed.title);
  await p.field(`Uren ${team.name}`).fill(String(TEAM_AFTER));
  await p.field(`Uren ${team.name}`).press('Tab');
  await p.saved();
  await p.closeEditor();
  await p.openActivity(removed.title);
  await p.editor.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await p.editor.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(p.row(removed.title)).toHaveCount(0);
  await p.saved();

  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  const c = card(page);
  // Left: the newest version (none is adopted); right: the programme now.
  await expect(c.getByLabel('Links', { exact: true })).toHaveValue(version.id);
  await expect(c.getByLabel('Links', { exact: true }).locator('option:checked')).toHaveText(
    'Concept september (15 september 2025)',
  );
  await expect(c.getByLabel('Rechts', { exact: true }).locator('option:checked')).toHaveText(
    'Het werkprogramma nu',
  );

  // The figures before → after.
  await expect(c.getByRole('definition').first()).toHaveText(
    `${demo.activities.length} → ${after.activities.length}`,
  );
  await expect(c).toContainText(
    `${formatHours(expected.hours.before)} → ${formatHours(expected.hours.after)}`,
  );

  // The removed activity, and the changed one with its field before → after.
  const removedList = c.getByRole('list', { name: 'Verwijderd (1)' });
  await expect(removedList.getByRole('listitem')).toHaveText([removed.title]);
  const changedList = c.getByRole('list', { name: 'Gewijzigd (1)' });
  await expect(changedList.getByRole('button', { name: changed.title })).toBeVisible();
  // By keyboard: the field-by-field list opens with Enter.
  await changedList.getByText('1 wijziging').focus();
  await page.keyboard.press('Enter');
  await expect(changedList).toContainText(
    `Uren ${team.name}: ${formatNumber(teamBefore)} → ${formatNumber(TEAM_AFTER)}`,
  );

  // The team's hours shifted, in the chart's table.
  const shift = expected.hoursByTeam.find((s) => s.teamId === team.id)!;
  expect(shift.delta).toBe(
    TEAM_AFTER - teamBefore - (removed.allocations.find((x) => x.teamId === team.id)?.hours ?? 0),
  );
  const teamChart = c.locator('.compare__chart').filter({ hasText: 'Uren per team' });
  await expect(teamChart.getByRole('img')).toHaveAttribute(
    'aria-label',
    new RegExp(`${team.name} ${formatSignedHours(shift.delta)}`),
  );
  await teamChart.getByText('Toon als tabel').click();
  await expect(teamChart.getByRole('row', { name: team.name })).toHaveText(
    new RegExp(
      `${team.name}\\s*${formatHours(shift.before)}\\s*${formatHours(shift.after)}\\s*${formatSignedHours(shift.delta)}`,
    ),
  );

  // The budget result before and after.
  const result = c
    .getByRole('table', { name: 'De lijn en het budget' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Resultaat', exact: true }) });
  await expect(result.getByRole('cell')).toHaveText([
    formatMoney(expected.budget.before!.result),
    formatMoney(expected.budget.after!.result),
  ]);
  expect(expected.budget.after!.result).not.toBe(expected.budget.before!.result);

  await expectNoAxeViolations(page);
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await c.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: test.info().outputPath(`compare-${width}x${height}.png`),
      fullPage: true,
    });
  }

  // A name opens the activity in the programme.
  await changedList.getByRole('button', { name: changed.title }).click();
  await expect(p.editor).toBeVisible();
  await expect(p.field('Titel')).toHaveValue(changed.title);
});
