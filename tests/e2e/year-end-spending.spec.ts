import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Opens the budget screen and the Realisatie card. */
async function openSpending(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  const card = page.getByRole('region', { name: 'Realisatie', exact: true });
  await card.waitFor();
  return card;
}

/** Types an amount into a field and leaves it, as a person does. */
async function enter(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.press('Tab');
}

const resultLine = 'Realisatie € 18.365.600 tegen een kader van € 16.696.000: overschrijding 10,0%';

test('entering the 2025 spending reads "overschrijding 10,0%" and the Roemernorm line, and stays after a reload', async ({
  page,
}) => {
  const card = await openSpending(page);
  await expect(card).toContainText('Nog geen realisatie vastgelegd.');
  await card.getByRole('button', { name: 'Realisatie vastleggen' }).click();
  // The annual report 2025: frame finally set at € 16.696.000, realisation 10% above it, 5,1% external hire.
  await enter(page, 'Kader zoals uiteindelijk vastgesteld (€)', '16.696.000');
  await enter(page, 'Realisatie personeel (€)', '14.000.000');
  await enter(page, 'Realisatie overhead per fte (€)', '2.000.000');
  await enter(page, 'Realisatie materieel (€)', '1.232.262');
  await enter(page, 'Realisatie externe inhuur (€)', '752.338');
  await enter(page, 'Realisatie vaste kosten (€)', '381.000');
  await enter(page, 'Bron van de cijfers', 'Jaarbericht 2025');
  await expect(card.getByRole('status')).toHaveText(resultLine);
  await expect(card.getByText('externe inhuur 5,1% (binnen de Roemernorm)')).toBeVisible();
  // The chart's table: plan against realisation per cost line.
  await card.getByText('Toon als tabel').click();
  await expect(
    card.getByRole('table', { name: 'Plan en realisatie per kostenpost' }).getByRole('row', {
      name: /Externe inhuur/,
    }),
  ).toContainText('€ 752.338');
  await expectNoAxeViolations(page);

  // A bad amount is refused in Dutch, naming the field; nothing changes.
  await enter(page, 'Realisatie externe inhuur (€)', 'veel');
  await expect(card.getByRole('alert')).toHaveText(
    'Realisatie externe inhuur (€): „veel” is geen getal. Schrijf bijvoorbeeld 1.250 of 12,5.',
  );
  await expect(card.getByRole('status')).toHaveText(resultLine);

  // More external hire takes it over the norm; undo gives the stored value back.
  await enter(page, 'Realisatie externe inhuur (€)', '2.000.000');
  await expect(card.getByText(/externe inhuur 12,5% \(boven de Roemernorm\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(card.getByText('externe inhuur 5,1% (binnen de Roemernorm)')).toBeVisible();

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `/tmp/shots-reserve/spending-${size.width}x${size.height}.png` });
  }

  await page.reload();
  const again = await openSpending(page);
  await expect(again.getByRole('status')).toHaveText(resultLine);
  await expect(page.getByLabel('Bron van de cijfers', { exact: true })).toHaveValue(
    'Jaarbericht 2025',
  );
});
