import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const first = demo.activities.find((a) => a.programmeId === programme.id)!;

// The fixtures' fixed clock comes with the `requests` fixture; these tests read the clock itself.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+01:00'));
});

/** The Versies card of the Versies screen. */
const versionsCard = (page: Page) => page.getByRole('region', { name: 'Versies', exact: true });

test('save a version signed with "Uw naam", adopt it, look at it read-only and go back', async ({
  page,
}, testInfo) => {
  const p = new ProgrammePage(page);
  await p.open();
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  const card = versionsCard(page);
  await expect(card.getByText('Dit werkprogramma is nog niet vastgesteld.')).toBeVisible();
  await expect(card.getByText('Nog geen versies opgeslagen.')).toBeVisible();

  // "Uw naam" is a setting of this computer: it stays after a reload.
  await card.getByLabel('Uw naam (staat bij versies en wijzigingen)').fill('Anna de Vries');
  await page.reload();
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  await expect(card.getByLabel('Uw naam (staat bij versies en wijzigingen)')).toHaveValue(
    'Anna de Vries',
  );
  await expectNoAxeViolations(page);

  // Versie opslaan: a name is required; the note is not.
  await card.getByRole('button', { name: 'Versie opslaan' }).click();
  const save = page.getByRole('dialog', { name: 'Versie opslaan' });
  await expect(save).toContainText('De versie krijgt uw naam: Anna de Vries.');
  await expect(save.getByLabel('Naam van de versie')).toBeFocused();
  await save.getByRole('button', { name: 'Versie opslaan' }).click();
  await expect(save.getByRole('alert')).toHaveText(
    'Geef de versie een naam; die staat in de lijst van versies.',
  );
  await expectNoAxeViolations(page);
  await save.getByLabel('Naam van de versie').fill('Concept voor het MT');
  await save
    .getByLabel('Toelichting (niet verplicht)')
    .fill('Na de tweede ronde met de directeuren');
  await save.getByLabel('Naam van de versie').press('Enter');
  await expect(save).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Versie opslaan' })).toBeFocused();
  const item = card.getByRole('listitem').filter({ hasText: 'Concept voor het MT' });
  await expect(item).toContainText('Na de tweede ronde met de directeuren');
  await expect(item).toContainText('Opgeslagen op 2 maart 2026 om 09:00 door Anna de Vries');
  await expect(page.getByText('Versie „Concept voor het MT” is opgeslagen.')).toBeVisible();

  // Vaststellen: the newest version and today are offered; the date is a Dutch one.
  await card.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  const adopt = page.getByRole('dialog', { name: 'Werkprogramma vaststellen' });
  await expect(adopt.getByLabel('Versie die wordt vastgesteld')).toHaveValue(
    /.+/, // the only version, chosen
  );
  await expect(adopt.getByLabel('Versie die wordt vastgesteld')).toContainText(
    'Concept voor het MT',
  );
  await expect(adopt.getByLabel('Vastgesteld op')).toHaveValue('2-3-2026');
  await expect(adopt).toContainText('elke wijziging wordt vastgelegd met een reden');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath('versions-adopt-1280x800.png') });
  await adopt.getByLabel('Vastgesteld op').fill('9 oktober 2025');
  await adopt.getByRole('button', { name: 'Vaststellen' }).click();
  await expect(adopt).toHaveCount(0);
  await expect(page.getByText('Vastgesteld 9 oktober 2025', { exact: true })).toBeVisible();
  await expect(item).toContainText('Vastgesteld op 9 oktober 2025');
  await expect(card.getByRole('button', { name: 'Vaststellen', exact: true })).toHaveCount(0);
  await expect(card).toContainText(
    'Dit werkprogramma is vastgesteld op 9 oktober 2025 met versie „Concept voor het MT”.',
  );
  await expect(page.getByRole('banner')).toContainText('Vastgesteld 9 oktober 2025');

  // Bekijken: every screen shows the version, read-only.
  await item.getByRole('button', { name: 'Versie „Concept voor het MT” bekijken' }).click();
  const banner = page.getByText(
    'U bekijkt versie „Concept voor het MT” (vastgesteld 9 oktober 2025) — alleen-lezen',
  );
  await expect(banner).toBeVisible();
  const back = page.getByRole('button', { name: 'Terug naar het werkprogramma' });
  await expect(back).toBeFocused();
  // The header keeps the programme's state: the version shown is the adopted one.
  await expect(page.getByRole('banner')).toContainText('Vastgesteld 9 oktober 2025');
  await expect(card.getByRole('button', { name: 'Versie opslaan' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: testInfo.outputPath('versions-viewing-1920x1080.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath('versions-viewing-1280x800.png') });

  // Trying to change the adopted version is refused in words, and nothing is written.
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(banner).toBeVisible();
  await p.openActivity(first.title);
  await p.field('Titel').fill('Een andere titel');
  await expect(p.editor.getByRole('alert')).toContainText('Een opgeslagen versie verandert nooit.');
  await expect(p.field('Titel')).toHaveValue(first.title);
  await page.screenshot({ path: testInfo.outputPath('editor-refused-1280x800.png') });
  await p.field('Titel').press('Tab');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'verandert nooit' })).toBeVisible();
  await p.closeEditor();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: testInfo.outputPath('programme-viewing-1920x1080.png') });

  // Back to the programme: editable again, and unchanged by the attempt.
  await back.click();
  await expect(banner).toHaveCount(0);
  await p.saved();
  await page.reload();
  await p.table.waitFor();
  await expect(p.row(first.title)).toBeVisible();
  await expect(p.table.getByRole('button', { name: 'Een andere titel' })).toHaveCount(0);
});

test('the version dialogs work by keyboard and Escape closes them without a change', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  const card = versionsCard(page);
  const open = card.getByRole('button', { name: 'Vaststellen', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  const adopt = page.getByRole('dialog', { name: 'Werkprogramma vaststellen' });
  await expect(adopt).toContainText('Sla eerst een versie op');
  await expect(adopt.getByRole('button', { name: 'Vaststellen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(adopt).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(page.getByText('Concept', { exact: true })).toBeVisible();
});
