import type { Page, Worker } from '@playwright/test';
import { scaledDemo } from '../../shared/demo/scaled';
import { formatNumber } from '../../shared/format/nl';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

/** The best-selection card's status line (polite live region). */
const status = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /beste selectie|optimum|berekend|Optimaal/i })
    .first();

/** Opens the capacity screen. */
async function openCapacity(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
}

test('the best selection is solved in a Web Worker, never on the page: no HiGHS on the main thread', async ({
  page,
}) => {
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await openCapacity(page);
  await expect(status(page)).toHaveText(/Optimaal|Binnen .* van het optimum/, { timeout: 20_000 });
  // The page itself fetched no part of HiGHS (neither its JavaScript nor its WebAssembly) …
  const pageResources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  expect(pageResources.filter((n) => /highs/i.test(n))).toEqual([]);
  // … the solver worker did, from the app's own files.
  const solver = workers.find((w) => w.url().includes('solver.worker'));
  expect(solver, 'a solver worker').toBeDefined();
  const workerResources = await solver!.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  expect(workerResources.some((n) => /highs.*\.wasm$/.test(n))).toBe(true);
  expect(workerResources.every((n) => n.startsWith(new URL(page.url()).origin))).toBe(true);
});

test('Rekeninstellingen are kept on this computer; a number out of range says so and changes nothing', async ({
  page,
}) => {
  await openCapacity(page);
  await expect(status(page)).toHaveText(/Optimaal|Binnen .* van het optimum/, { timeout: 20_000 });
  await page.getByText('Rekeninstellingen').click();
  const limit = page.getByLabel('Tijdslimiet (seconden)');
  const gap = page.getByLabel('Goed genoeg binnen (% van het optimum)');
  await expect(limit).toHaveValue('2');
  await expect(gap).toHaveValue('0,5');
  await gap.fill('80');
  await page.getByRole('button', { name: 'Instellingen toepassen' }).click();
  await expect(page.getByText('Geef een getal van 0 tot en met 50.')).toBeVisible();
  await expect(gap).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  // Not a number at all: refused beside its field, what was typed stays to be corrected.
  await gap.fill('1');
  await limit.fill('15,4 mln');
  await page.getByRole('button', { name: 'Instellingen toepassen' }).click();
  await expect(page.getByText('Geef een getal van 0,1 tot en met 600.')).toBeVisible();
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  await expect(limit).toHaveValue('15,4 mln');
  await expect(gap).not.toHaveAttribute('aria-invalid', 'true');
  await limit.fill('3,5');
  await page.getByRole('button', { name: 'Instellingen toepassen' }).click();
  await expect(page.getByText('Geef een getal van')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await page.getByText('Rekeninstellingen').click();
  await expect(page.getByLabel('Tijdslimiet (seconden)')).toHaveValue('3,5');
  await expect(page.getByLabel('Goed genoeg binnen (% van het optimum)')).toHaveValue('1');
  await expect(status(page)).toHaveText(/Optimaal|Binnen .* van het optimum/, { timeout: 20_000 });
  await expectNoAxeViolations(page);
});

test('typing hours while a long solve runs: the running solve is dropped, the value is stored and the views follow', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // 3.000 activities: proving the exact optimum takes HiGHS far longer than this test.
  const big = scaledDemo(3000);
  const file = writeProgrammeFile([big], {
    kind: 'uitwisseling',
    exportedAt: '2026-03-02T09:00:00.000Z',
    appVersion: 'test',
  });
  const workers: Worker[] = [];
  const closed: Worker[] = [];
  page.on('worker', (w) => {
    workers.push(w);
    w.on('close', () => closed.push(w));
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Programmabestand inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: 'groot.koers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByText('groot.koers.json is samengevoegd met wat er is')).toBeVisible({
    timeout: 60_000,
  });

  // Find the activity first, so the list shows one row when the edit is made.
  const target = big.activities[16]!;
  const team = big.teams.find((t) => t.id === target.allocations[0]!.teamId)!;
  const others = target.allocations.slice(1).reduce((s, a) => s + a.hours, 0);
  const p = new ProgrammePage(page);
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.filter('Zoeken').fill(target.title);
  await expect(p.activityButtons).toHaveCount(1);

  // Ask for the exact optimum with a long time limit: at 3.000 activities HiGHS needs many
  // seconds to prove it, and the solve runs in its worker all that time.
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await expect(status(page)).toHaveText(/Optimaal|Binnen .* van het optimum/, { timeout: 60_000 });
  await page.getByText('Rekeninstellingen').click();
  await page.getByLabel('Goed genoeg binnen (% van het optimum)').fill('0');
  await page.getByLabel('Tijdslimiet (seconden)').fill('300');
  await page.getByRole('button', { name: 'Instellingen toepassen' }).click();
  await expect(status(page)).toContainText('berekend');
  // The older answer stays on screen, marked, while the new one is computed.
  await expect(page.getByText(/De beste selectie (haalt|is gelijk)/)).toBeVisible();
  const running = workers.filter((w) => w.url().includes('solver.worker') && !closed.includes(w));
  expect(running).toHaveLength(1);

  // Type an activity's hours while it searches.
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.openActivity(target.title);
  await p.field(`Uren ${team.name}`).fill('7777');
  await p.field(`Uren ${team.name}`).press('Tab');
  await p.saved();
  // The problem changed while the solve ran: that run's worker is terminated (a stale run is
  // dropped, not waited for), and a fresh one solves the new problem.
  await expect.poll(() => closed.includes(running[0]!), { timeout: 20_000 }).toBe(true);
  await p.closeEditor();
  await expect(p.row(target.title)).toContainText(formatNumber(7777 + others));
  // A fresh worker took the new problem. Whether HiGHS is still proving it when the card is
  // opened depends on the machine (it may prove it in a moment), so the card may say either;
  // it never shows the answer to the old problem as current.
  await expect
    .poll(() => workers.filter((w) => w.url().includes('solver.worker') && w !== running[0]))
    .toHaveLength(1);
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await expect(status(page)).toHaveText(/berekend|^Optimaal/);

  // Stored: after a reload the field holds it.
  await page.reload();
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await p.filter('Zoeken').fill(target.title);
  await expect(p.row(target.title)).toContainText(formatNumber(7777 + others));
  await p.openActivity(target.title);
  await expect(p.field(`Uren ${team.name}`)).toHaveValue(/7\.?777/);
});
