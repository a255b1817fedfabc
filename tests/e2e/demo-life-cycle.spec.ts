import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { formatDate } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The demo a first start puts in: 2026 adopted with its amendments, 2027 in concept.
test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const p2026 = demo.programmes.find((p) => p.year === 2026)!;
const p2027 = demo.programmes.find((p) => p.year === 2027)!;
const p2025 = demo.programmes.find((p) => p.year === 2025)!;
const in2025 = demo.activities.filter((a) => a.programmeId === p2025.id);
const in2027 = demo.activities.filter((a) => a.programmeId === p2027.id);

test('the demo opens on 2026 as adopted, with its amendment log, and 2027 as a concept made from it', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00+01:00'));
  await page.goto('./');
  const switcher = page.getByRole('banner').getByRole('button', { name: /^Werkprogramma \d{4}, / });
  // The programme in force opens first.
  await expect(switcher).toHaveAccessibleName('Werkprogramma 2026, Vastgesteld 9 oktober 2025');

  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  await expect(page.getByText('Vastgesteld op 9 oktober 2025').first()).toBeVisible();
  const log = page.getByRole('region', { name: 'Wijzigingen na vaststelling' });
  for (const a of demo.amendments.filter((x) => x.programmeId === p2026.id)) {
    await expect(log.getByText(a.explanation)).toBeVisible();
    await expect(log.getByText(formatDate(a.on)).first()).toBeVisible();
  }
  // Vergelijken: the adopted version against now shows the incident investigation added.
  const compare = page.getByRole('region', { name: 'Vergelijken' });
  await expect(compare.getByText('Toegevoegd (1)')).toBeVisible();
  await expect(
    compare.getByText('Incidentonderzoek ernstig incident in een penitentiaire inrichting').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: `test-results/demo-versions-${String(width)}.png`,
      fullPage: true,
    });
  }

  // 2027: a concept made by the copy-forward, its activities on the programme screen.
  await switcher.click();
  await page.getByRole('menuitemradio', { name: /Werkprogramma 2027/ }).click();
  await expect(switcher).toHaveAccessibleName('Werkprogramma 2027, Concept');
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Werkprogramma 2027' })).toBeVisible();
  const rows = page.getByRole('table').first().getByRole('row');
  // One header row plus one row per activity (grouped tables may add group rows).
  await expect(rows.filter({ hasText: in2027[0]!.title })).toHaveCount(1);
  await expect(page.getByText(/illustratie|Illustratief/i).first()).toBeVisible();

  // 2025: last year, adopted, as the Jaarbericht 2025 reports it (issue 13, demo data).
  await switcher.click();
  await page.getByRole('menuitemradio', { name: /Werkprogramma 2025/ }).click();
  await expect(switcher).toHaveAccessibleName(
    `Werkprogramma 2025, Vastgesteld ${formatDate(p2025.adoption!.on)}`,
  );
  await expect(page.getByRole('heading', { name: 'Werkprogramma 2025' })).toBeVisible();
  await expect(
    page.getByRole('table').first().getByRole('row').filter({ hasText: in2025[0]!.title }),
  ).toHaveCount(1);
  await expect(page.getByText(/illustratie|Illustratief/i).first()).toBeVisible();
});
