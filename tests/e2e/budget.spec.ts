import type { Page } from '@playwright/test';
import { gapAdvice, moneyAndLine } from '../../shared/budget/gap-levers';
import { taakstelling } from '../../shared/budget/taakstelling';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { cents } from '../../shared/domain/units';
import { snapshotOf } from '../../shared/domain/snapshot';
import { formatFte, formatHours, formatMoney, formatMonth } from '../../shared/format/nl';
import { fundedStaffing } from '../../shared/planning/funded-staffing';
import { plan } from '../../shared/planning/plan';
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
  // The words come from the same plan the screen shows (the demo fits its frame).
  const verdict = plan(snapshotOf(demo)!).budget!.verdict;
  if (verdict.kind !== 'fits') throw new Error(`the demo should fit its frame: ${verdict.kind}`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Past binnen het kader met ${formatMoney(verdict.left)} over.` }),
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
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
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

/** The value of a KPI card on the current screen, by its term. */
const kpi = (page: Page, term: string) =>
  page
    .locator('.kpi')
    .filter({ has: page.getByRole('term').filter({ hasText: term }) })
    .getByRole('definition')
    .first();

test('confirming the asylum-pact funding moves frame, capacity, line and budget together', async ({
  page,
}) => {
  const people = fundedStaffing(pact, programme)!;
  const team = demo.teams.find((x) => x.id === people.teamId)!;
  const before = moneyAndLine(programme, activities)!;
  const confirmed = activities.map((a) =>
    a.id === pact.id ? { ...a, fundingConfirmed: true } : a,
  );
  const after = moneyAndLine(programme, confirmed)!;
  const personnelRow = (b: typeof before) =>
    formatMoney(b.budget.personnelByTeam.find((r) => r.teamId === team.id)!.cents);

  // The programme list says the pact does not count yet.
  const list = new ProgrammePage(page);
  await list.open();
  await expect(list.row(pact.title)).toContainText('Telt niet mee');
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  const capacity = kpi(page, 'Capaciteit gepland toezicht');
  const capacityBefore = await capacity.innerText();

  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  const frame = kpi(page, 'Budgettair kader');
  await expect(frame).toHaveText(formatMoney(programme.budget.frameCents));
  await expect(
    page.getByText(
      `Brengt ${formatFte(people.fte)} bij ${team.name} vanaf ${formatMonth(people.from)}.`,
    ),
  ).toBeVisible();
  const buys = page.getByRole('table', { name: 'Wat het geld koopt' });
  await expect(buys.getByRole('row', { name: new RegExp(team.name) })).toContainText(
    personnelRow(before),
  );

  await page.getByLabel(`Middelen toegezegd voor ${pact.title}`).check();

  // Money: the KPI card and the bridge start from the same frame, with the funding in it.
  await expect(frame).toHaveText(formatMoney(after.budget.available));
  expect(after.budget.available).toBe(programme.budget.frameCents + pact.fundingCents);
  const bridgeCard = page.getByRole('region', { name: 'Van kader naar resultaat' });
  await bridgeCard.locator('summary').click();
  const bridge = bridgeCard.getByRole('table', { name: 'Van kader naar resultaat' });
  await expect(bridge.getByRole('row', { name: /Beschikbaar/ })).toContainText(
    formatMoney(after.budget.available),
  );
  await expect(bridge.getByRole('row', { name: /Toegezegde middelen/ })).toContainText(
    `+ ${formatMoney(pact.fundingCents)}`,
  );
  // People: the team's personnel cost rises by the funded fte from their first month.
  await expect(buys.getByRole('row', { name: new RegExp(team.name) })).toContainText(
    personnelRow(after),
  );
  await expect(kpi(page, 'Resultaat')).toHaveText(formatMoney(after.budget.result));
  await expectNoAxeViolations(page);

  // Capacity grows with the people, and the line counts the pact.
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await expect(capacity).not.toHaveText(capacityBefore);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(list.row(pact.title)).toContainText('Gaat vóór');
});

test('following a Wat sluit het tekort? suggestion on a cut frame closes the deficit by what it promised', async ({
  page,
}) => {
  const cut = {
    ...programme,
    budget: { ...programme.budget, frameCents: cents(programme.budget.frameCents - 100_000_000) },
  };
  const advice = gapAdvice(cut, activities);
  const first = advice.suggestions[0]!;
  expect(first.lever.kind).toBe('hire');

  await page.goto('./');
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  const field = page.getByLabel('Budgettair kader (€)', { exact: true });
  await field.fill('15.228.000');
  await field.press('Tab');
  await page.getByRole('button', { name: 'Budget', exact: true }).click();

  const gap = page.getByRole('region', { name: 'Wat sluit het tekort?' });
  await expect(gap).toContainText(`Tekort: ${formatMoney(advice.deficit)}.`);
  const follow = gap.getByRole('button', { name: /^Volg: Vacature niet vervullen/ }).first();
  await expect(gap.getByRole('listitem').first()).toContainText(
    `Bespaart ${formatMoney(first.saving)}`,
  );
  await expect(gap.getByRole('listitem').first()).toContainText('Gevolg voor de lijn');
  await expectNoAxeViolations(page);
  await follow.click();
  await expect(gap).toContainText(`Tekort: ${formatMoney(cents(advice.deficit - first.saving))}.`);
  await expect(kpi(page, 'Resultaat')).toHaveText(
    formatMoney(cents(first.saving - advice.deficit)),
  );
  // One step: Ctrl+Z brings the deficit back.
  await page.keyboard.press('Control+z');
  await expect(gap).toContainText(`Tekort: ${formatMoney(advice.deficit)}.`);
});

test('the taakstelling shows euros → fte → hours → what falls below the line', async ({ page }) => {
  const chain = taakstelling(programme, activities, { kind: 'percent', share: 0.05 })!;
  const title = (id: string) => activities.find((a) => a.id === id)!.title;
  await openBudget(page);
  const card = page.getByRole('region', { name: 'Taakstelling' });
  await expect(card.getByLabel('Taakstelling (% van het kader)')).toHaveValue('5');
  const steps = card.getByRole('list', { name: 'Taakstelling' });
  await expect(steps).toContainText(
    `Kader ${formatMoney(programme.budget.frameCents)} − ${formatMoney(chain.cut)} = ${formatMoney(chain.frameAfter)}`,
  );
  await expect(steps).toContainText(`Te vinden in personeel: ${formatMoney(chain.shortfall)}`);
  await expect(steps).toContainText(`= ${formatFte(chain.fte)}`);
  await expect(steps).toContainText(`= ${formatHours(Math.round(chain.hours))} minder capaciteit`);
  expect(chain.fallsBelow.length).toBeGreaterThan(0);
  for (const id of chain.fallsBelow) await expect(steps).toContainText(title(id));

  // An amount within the room left costs no one.
  await card.getByLabel('bedrag').check();
  await card.getByLabel('Taakstelling (€)').fill('100.000');
  await expect(steps).toContainText('er hoeft niemand weg');
  await card.getByLabel('Taakstelling (€)').fill('veel');
  await expect(card.getByRole('alert')).toHaveText(/Vul een bedrag/);
  await expectNoAxeViolations(page);
});
