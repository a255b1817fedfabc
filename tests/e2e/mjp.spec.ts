import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The MJP part of the organisation screen. */
async function openMjps(page: Page): Promise<Locator> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  const part = page.getByRole('region', { name: 'Meerjarenperspectieven (MJP’s)' });
  await expect(part).toBeVisible();
  return part;
}

/** The card of one focus, theme or goal: the innermost list item whose delete button names it. */
const card = (part: Locator, name: string): Locator =>
  part
    .getByRole('listitem')
    .filter({
      has: part.page().getByRole('button', { name: `Verwijder ${name}`, exact: true }),
    })
    .last();

test('adds the MJP 2029–2032 by keyboard, renames a theme, refuses deleting a used theme, and undoes', async ({
  page,
}) => {
  const part = await openMjps(page);
  // The programme's MJP is shown, and edited by default.
  await expect(part).toContainText('Werkprogramma 2026 hoort bij MJP 2025–2028.');
  await expect(part.getByRole('heading', { name: 'MJP bewerken: MJP 2025–2028' })).toBeVisible();

  await part.getByRole('button', { name: 'MJP toevoegen' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'MJP toevoegen' });
  await expect(dialog.getByLabel('Naam van het MJP')).toBeFocused();
  await page.keyboard.type('MJP 2029–2032');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Beginjaar')).toBeFocused();
  // The first year after the last MJP is proposed; an end before it is refused, in Dutch.
  await expect(dialog.getByLabel('Beginjaar')).toHaveValue('2029');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2027');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'Het eindjaar 2027 ligt vóór het beginjaar 2029. Een MJP loopt van het beginjaar tot en met het eindjaar; pas eerst het andere jaar aan. Er is niets veranderd.',
  );
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2032');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: 'Focussen met thema’s' })).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'Focussen met thema’s' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Eerste focussen en thema’s (mag leeg blijven)')).toBeFocused();
  await page.keyboard.type(
    'Focus op het stelsel\n- Thema een\n- Thema twee\nFocus op de burger\n- Thema drie',
  );
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'MJP toevoegen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Listed, with its period and structure, and opened in the editor (focus on its heading).
  const row = part.getByRole('row', { name: /MJP 2029–2032/ });
  await expect(row).toContainText('2029–2032');
  await expect(row).toContainText('Focussen met thema’s');
  await expect(row).toContainText('nog geen');
  await expect(part.getByRole('heading', { name: 'MJP bewerken: MJP 2029–2032' })).toBeFocused();
  await expect(part.getByRole('textbox', { name: 'Naam van de focus' })).toHaveCount(2);
  await expect(part.getByRole('textbox', { name: 'Naam van het thema' })).toHaveCount(3);
  await expect(
    card(part, 'Focus op de burger').getByRole('textbox', { name: 'Naam van het thema' }),
  ).toHaveValue('Thema drie');

  // Rename a theme: stored when the field is left with Enter.
  const theme = card(part, 'Thema twee').getByRole('textbox', { name: 'Naam van het thema' });
  await theme.fill('Toezicht op AI');
  await theme.press('Enter');
  await expect(part.getByRole('button', { name: 'Verwijder Toezicht op AI' })).toBeVisible();
  await page.getByText('Alles opgeslagen').waitFor();

  // A theme activities use cannot be deleted: the Dutch message says where, nothing is gone.
  await part.getByRole('button', { name: 'MJP 2025–2028 bewerken' }).click();
  await expect(part.getByRole('heading', { name: 'MJP bewerken: MJP 2025–2028' })).toBeFocused();
  await part.getByRole('button', { name: 'Verwijder Aandacht voor digitalisering' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'wordt nog gebruikt' });
  await expect(notice).toContainText('„Aandacht voor digitalisering” wordt nog gebruikt op');
  await expect(notice).toContainText('er is niets verwijderd');
  await expect(card(part, 'Aandacht voor digitalisering')).toHaveCount(1);

  // Undo: first the rename, then the whole MJP (one step) goes.
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await part.getByRole('button', { name: 'MJP 2029–2032 bewerken' }).click();
  await expect(part.getByRole('button', { name: 'Verwijder Thema twee' })).toBeVisible();
  await expect(part.getByRole('button', { name: 'Verwijder Toezicht op AI' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(part.getByRole('row', { name: /MJP 2029–2032/ })).toHaveCount(0);
  await expect(part.getByRole('heading', { name: 'MJP bewerken: MJP 2025–2028' })).toBeVisible();
});

test('the MJP editor and its dialog pass axe', async ({ page }) => {
  const part = await openMjps(page);
  // A description opens under its name, by keyboard too.
  await part.locator('summary').filter({ hasText: 'Beschrijving van Focus op de context' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    part.getByRole('textbox', { name: 'Beschrijving van Focus op de context' }),
  ).toHaveValue(/^De context waarbinnen/);
  await expectNoAxeViolations(page);
  await part.getByRole('button', { name: 'MJP toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'MJP toevoegen' });
  await dialog.getByRole('radio', { name: 'Een vlakke lijst met doelen' }).check();
  await dialog.getByLabel('Eerste doelen (mag leeg blijven)').fill('Doel\n- ');
  await dialog.getByLabel('Naam van het MJP').fill('MJP 2029–2032');
  await dialog.getByRole('button', { name: 'MJP toevoegen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Regel 2');
  await expectNoAxeViolations(page);
  // Escape closes without adding, focus back on the opener.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(part.getByRole('button', { name: 'MJP toevoegen' })).toBeFocused();
  await expect(part.getByRole('row', { name: /MJP 2029–2032/ })).toHaveCount(0);
});

/** Every button of each card lies inside that card's box, and each card inside the part. */
async function expectButtonsInsideCards(part: Locator): Promise<void> {
  const partBox = (await part.boundingBox())!;
  const cards = part.getByRole('listitem');
  const n = await cards.count();
  expect(n).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < n; i++) {
    const c = cards.nth(i);
    const box = (await c.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(partBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(partBox.x + partBox.width + 0.5);
    const buttons = c.getByRole('button');
    const m = await buttons.count();
    expect(m).toBeGreaterThanOrEqual(3);
    for (let j = 0; j < m; j++) {
      const b = (await buttons.nth(j).boundingBox())!;
      const name = await buttons.nth(j).getAttribute('aria-label');
      expect(b.x, `${name ?? ''} left`).toBeGreaterThanOrEqual(box.x);
      expect(b.y, `${name ?? ''} top`).toBeGreaterThanOrEqual(box.y);
      expect(b.x + b.width, `${name ?? ''} right`).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(b.y + b.height, `${name ?? ''} bottom`).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
  }
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${String(width)} px the names are readable and every button sits inside its card`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    const part = await openMjps(page);
    const name = card(part, 'Focus op het maatschappelijke effect').getByRole('textbox', {
      name: 'Naam van de focus',
    });
    await expect(name).toHaveValue('Focus op het maatschappelijke effect');
    const box = (await name.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(300);
    // The whole name fits in its field: nothing scrolled out of sight.
    const fits = await name.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await expectButtonsInsideCards(part);
    await part.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`mjp-${String(width)}.png`) });
    await part.screenshot({ path: testInfo.outputPath(`mjp-part-${String(width)}.png`) });
  });
}
