import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

/**
 * Issue 12, decisions and comments: a director decides on activities with reasons (erin zetten
 * is a force and shows in the line), comments and replies, finds every decision in the log with
 * their name and the date, searches it, exports it as CSV, undoes a decision; and walks the
 * activities around the line in the review mode with the keyboard alone.
 */

const NAME = 'Jet Bakker';
// The fixture's clock: 2 March 2026.
const TODAY = '2 maart 2026';
const FORCED = 'Risico’s voor kwetsbare groepen in de migratieketen monitoren';
const REJECTED = 'Intake en service op het politiebureau';
const HELD = 'Opleidingen van de Dienst Vervoer en Ondersteuning (DV&O)';

/** Sets "Uw naam" on the Besluiten screen. */
async function setName(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Besluiten', exact: true }).click();
  await page.getByLabel(/^Uw naam/).fill(NAME);
}

/** Decides on the activity open in the editor, with a reason. */
async function decideInEditor(page: Page, button: string, reason: string): Promise<void> {
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Reden van het besluit').fill(reason);
  await editor.getByRole('button', { name: button, exact: true }).click();
}

test('decide on three activities, comment and reply, see them in the log, search, export and undo', async ({
  page,
  requests,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const programme = new ProgrammePage(page);
  await programme.open();
  await setName(page);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();

  // Erin zetten: a decision and a force in one step.
  await programme.openActivity(FORCED);
  const editor = programme.editor;
  await expect(editor.getByText('Nog geen besluit.')).toBeVisible();
  await decideInEditor(page, 'Erin zetten', 'Kamerbrief toegezegd');
  await expect(editor.getByText(`Erin gezet door ${NAME} op ${TODAY}`)).toBeVisible();
  await expect(editor.getByText('Reden: Kamerbrief toegezegd')).toBeVisible();

  // A comment and a reply in the thread.
  await editor.getByLabel('Nieuwe opmerking').fill('Is de capaciteit er in Q2?');
  await editor.getByRole('button', { name: 'Opmerking plaatsen' }).click();
  await expect(editor.getByText('Is de capaciteit er in Q2?')).toBeVisible();
  await editor.getByRole('button', { name: `Beantwoorden: ${NAME}, ${TODAY}` }).click();
  await editor.getByLabel(`Antwoord aan ${NAME}`).fill('Ja, team Migratie schuift op.');
  await editor.getByRole('button', { name: 'Antwoord plaatsen' }).click();
  const reply = editor.locator('.review__comment--reply');
  await expect(reply).toContainText('Ja, team Migratie schuift op.');
  await expect(reply).toContainText(`${NAME}, ${TODAY}`);
  await expectNoAxeViolations(page);
  await editor.getByText('Besluit en opmerkingen').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/decisions-editor-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/decisions-editor-1920.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await programme.closeEditor();

  // Afwijzen without a reason is refused in Dutch beside the reason, and nothing is written.
  await programme.openActivity(REJECTED);
  await editor.getByRole('button', { name: 'Afwijzen', exact: true }).click();
  await expect(editor.getByRole('alert')).toContainText(
    `Geef een reden bij het besluit „afwijzen” over „${REJECTED}”`,
  );
  await expect(editor.getByText('Nog geen besluit.')).toBeVisible();
  await decideInEditor(page, 'Afwijzen', 'Past niet in het MJP-thema');
  await expect(editor.getByText(`Afgewezen door ${NAME} op ${TODAY}`)).toBeVisible();
  await programme.closeEditor();

  await programme.openActivity(HELD);
  await decideInEditor(page, 'Aanhouden', 'Eerst de evaluatie van 2025');
  await expect(editor.getByText(`Aangehouden door ${NAME} op ${TODAY}`)).toBeVisible();
  await programme.closeEditor();

  // The force shows in the line, with the decision's author and date in its row.
  await page.getByRole('button', { name: 'Capaciteit en de lijn', exact: true }).click();
  const line = page.getByRole('table', { name: /^De lijn/ });
  const row = line.getByRole('row').filter({ hasText: FORCED });
  await expect(row).toContainText('Erin gezet: Kamerbrief toegezegd');
  await expect(row).toContainText(`Erin gezet door ${NAME} op ${TODAY}`);
  // The row's own panel: the thread is there too.
  await row.getByRole('button', { name: `Besluit en opmerkingen: ${FORCED}` }).click();
  await expect(row.getByText('Is de capaciteit er in Q2?')).toBeVisible();
  await expectNoAxeViolations(page);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/decisions-line-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/decisions-line-1920.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await row.getByRole('button', { name: `Besluit en opmerkingen: ${FORCED}` }).click();

  // The log: newest first, with the name and the date; searchable.
  await page.getByRole('button', { name: 'Besluiten', exact: true }).click();
  const log = page.getByRole('table', { name: /^Besluiten over/ });
  const rows = log.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(HELD);
  await expect(rows.nth(0)).toContainText('aanhouden');
  await expect(rows.nth(2)).toContainText(FORCED);
  await expect(rows.nth(2)).toContainText('erin zetten');
  for (const i of [0, 1, 2]) {
    await expect(rows.nth(i)).toContainText(NAME);
    await expect(rows.nth(i)).toContainText(TODAY);
  }
  await page.getByLabel('Zoeken in besluiten').fill('mjp-thema');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(REJECTED);
  await expect(page.getByText('1 van 3 besluiten')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Zoeken in besluiten').fill('');
  await expect(rows).toHaveCount(3);
  await page.screenshot({ path: 'test-results/decisions-log-1280.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/decisions-log-1920.png', fullPage: true });

  // CSV: the header and one row per decision, newest first.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren als CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^Besluiten .*\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  const lines = csv.replace('\ufeff', '').trim().split('\r\n');
  expect(lines[0]).toBe('Datum;Door;Activiteit;Besluit;Reden;Geldt nu');
  expect(lines.slice(1)).toEqual([
    `${TODAY};${NAME};${HELD};aanhouden;Eerst de evaluatie van 2025;ja`,
    `${TODAY};${NAME};${REJECTED};afwijzen;Past niet in het MJP-thema;ja`,
    `${TODAY};${NAME};${FORCED};erin zetten;Kamerbrief toegezegd;ja`,
  ]);

  // Undo takes the last decision back.
  await page
    .getByRole('button', { name: /^Ongedaan maken/ })
    .first()
    .click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(REJECTED);
  // The fixed clock and the no-network check came with the requests fixture.
  expect(requests.length).toBeGreaterThan(0);
});

test('the review mode walks the activities around the line from the keyboard alone', async ({
  page,
  requests,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const programme = new ProgrammePage(page);
  await programme.open();
  await page.getByRole('button', { name: 'Besluiten', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel(/^Uw naam/).focus();
  await page.keyboard.type(NAME);
  // From the Capacity screen's own button.
  await page.getByRole('button', { name: 'Capaciteit en de lijn', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Beoordelen', exact: true }).focus();
  await page.keyboard.press('Enter');

  const mode = page.locator('.review-mode');
  const heading = mode.getByRole('heading', { level: 3 });
  await expect(heading).toBeFocused();
  await expect(mode.getByText(/^Activiteit 1 van \d+$/)).toBeVisible();
  const first = await heading.textContent();
  // Score with how it is made up, what it displaces, its euros.
  await expect(mode.getByRole('heading', { name: 'Hoe de score tot stand komt' })).toBeVisible();
  await expect(mode.getByRole('heading', { name: 'Wat het verdringt' })).toBeVisible();
  await expect(mode.getByText('Kosten')).toBeVisible();
  await expect(mode.locator('.review-mode__facts')).toContainText('€');

  await page.keyboard.press('j');
  await expect(mode.getByText(/^Activiteit 2 van \d+$/)).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(heading).not.toHaveText(first!);
  await page.keyboard.press('ArrowDown');
  await expect(mode.getByText(/^Activiteit 3 van \d+$/)).toBeVisible();
  await page.keyboard.press('k');
  await expect(mode.getByText(/^Activiteit 2 van \d+$/)).toBeVisible();
  await expect(heading).toBeFocused();
  const title = (await heading.textContent())!;

  // 3 (afwijzen) without a reason is refused in Dutch; with one it is decided.
  await page.keyboard.press('3');
  await expect(mode.getByRole('alert')).toContainText('Geef een reden');
  await page.keyboard.press('r');
  await expect(mode.getByLabel('Reden van het besluit')).toBeFocused();
  await page.keyboard.type('Geen ruimte bij het team');
  await page.keyboard.press('Escape');
  await expect(heading).toBeFocused();
  await page.keyboard.press('3');
  await expect(mode.getByText(`Afgewezen door ${NAME} op ${TODAY}`)).toBeVisible();

  // O: a comment, placed with Tab and Enter.
  await page.keyboard.press('o');
  await expect(mode.getByLabel('Nieuwe opmerking')).toBeFocused();
  await page.keyboard.type('Bespreken in het MT');
  await page.keyboard.press('Tab');
  await expect(mode.getByRole('button', { name: 'Opmerking plaatsen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mode.getByText('Bespreken in het MT')).toBeVisible();

  // Back to the first, below the line: 4 puts it in (a force) and the walk stays on it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await expect(mode.getByText(/^Activiteit 1 van \d+$/)).toBeVisible();
  await expect(heading).toHaveText(first!);
  await page.keyboard.press('r');
  await page.keyboard.type('Toezegging aan de Kamer');
  await page.keyboard.press('Escape');
  await page.keyboard.press('4');
  await expect(mode.getByText(`Erin gezet door ${NAME} op ${TODAY}`)).toBeVisible();
  await expect(heading).toHaveText(first!);
  await expect(mode.locator('.review-mode__facts')).toContainText('Boven de lijn');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/review-mode-1280.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/review-mode-1920.png', fullPage: true });

  // The decision is in the log.
  const log = page.getByRole('table', { name: /^Besluiten over/ });
  await expect(log.locator('tbody tr')).toHaveCount(2);
  await expect(log.locator('tbody tr').nth(0)).toContainText(first!);
  await expect(log.locator('tbody tr').nth(0)).toContainText('erin zetten');
  await expect(log.locator('tbody tr').nth(1)).toContainText(title);
  await expect(log.locator('tbody tr').nth(1)).toContainText('afwijzen');
  expect(requests.length).toBeGreaterThan(0);
});
