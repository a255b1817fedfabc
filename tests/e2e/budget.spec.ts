import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { formatMoney } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const pact = activities.find((a) => a.fundingConditional)!;

/** Opens the budget screen. */
async function openBudget(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  await page.getByRole('heading', { name: `Budget ${programme.year}` }).waitFor();
}

test('checks the plan against the frame and says the result in words', async ({ page }) => {
  await openBudget(page);
  await expect(
    page.getByRole('definition').filter({ hasText: formatMoney(programme.budget.frameCents) }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Past binnen het kader met € [\d.]+ over\.|Tekort van/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Externe inhuur .* tegen een norm van 10,0%/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kosten per MJP-thema' })).toContainText(
    demo.themes[0]!.name,
  );
  await expectNoAxeViolations(page);
});

test('raising an activity’s external hire past the Roemernorm shows the warning', async ({
  page,
}) => {
  await openBudget(page);
  await expect(page.getByText('Externe inhuur boven de Roemernorm', { exact: false })).toHaveCount(
    0,
  );
  await page.getByRole('button', { name: 'Programma' }).click();
  const p = new ProgrammePage(page);
  const target = activities.find((a) => a.commitment !== 'discretionair' && !a.fundingConditional)!;
  await p.openActivity(target.title);
  await p.field('Externe inhuur (€)').fill('2.500.000');
  await p.field('Externe inhuur (€)').press('Tab');
  await p.saved();
  await p.closeEditor();
  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Externe inhuur boven de Roemernorm' }),
  ).toBeVisible();
});

test('confirming conditional funding updates budget, capacity and the line', async ({ page }) => {
  await openBudget(page);
  const condFrame = page.getByText(/Basiskader:/);
  const before = await condFrame.innerText();
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  const notCounted = page.getByRole('heading', { name: 'Telt nog niet mee' });
  await expect(notCounted).toBeVisible();
  await expect(page.getByText(pact.title).first()).toBeVisible();
  const committedBefore = await page.getByRole('definition').nth(2).innerText();

  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  await page.getByLabel(`Middelen toegezegd voor ${pact.title}`).check();
  await expect(condFrame).not.toHaveText(before);
  await expect(condFrame).toContainText(
    formatMoney((programme.budget.frameCents + pact.fundingCents) as never),
  );

  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await expect(page.getByRole('heading', { name: 'Telt nog niet mee' })).toHaveCount(0);
  await expect(page.getByRole('definition').nth(2)).not.toHaveText(committedBefore);
  // The migration team's space shrinks: the line view changes with it.
  await expect(
    page.getByRole('table', { name: 'De lijn: wat past in de ruimte voor keuzes' }),
  ).toBeVisible();
});

test('a team’s scale mix prices its FTE, and personnel cost follows', async ({ page }) => {
  await openBudget(page);
  const team = demo.teams[0]!;
  const total = page.getByRole('definition').nth(1);
  const before = await total.innerText();
  const top = programme.budget.costModel!.scaleRates.at(-1)!.scale;
  const share = page.getByLabel(`Aandeel schaal ${top} in ${team.name} (%)`, { exact: true });
  await share.fill('100');
  await share.press('Tab');
  await expect(total).not.toHaveText(before);
  await page.getByLabel(`Aandeel schaal ${top} in ${team.name} (%)`, { exact: true }).fill('140');
  await expect(page.getByText('Een percentage van 0 tot en met 100.')).toBeVisible();
  await expectNoAxeViolations(page);
});
