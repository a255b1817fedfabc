import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.1 AA rule sets axe checks (the Dutch government's standard). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page and fails with the violations listed when any is found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe WCAG 2.1 AA').toEqual([]);
}

/**
 * Each test gets a fresh browser context (so a fresh IndexedDB: first start, demo seeded), a
 * fixed clock, and a record of every request the page makes (none may leave the app's origin).
 * The demo seeded is the 2026 programme as a concept (`koers-demo` = `concept`), the known
 * starting point of most specs; a spec that tests the full life-cycle demo sets `demo: 'life-cycle'`.
 */
export const test = base.extend<{
  requests: string[];
  demo: 'concept' | 'life-cycle';
  seedChoice: undefined;
}>({
  demo: ['concept', { option: true }],
  seedChoice: [
    async ({ context, demo }, use) => {
      if (demo === 'concept')
        await context.addInitScript(() => {
          localStorage.setItem('koers-demo', 'concept');
        });
      await use(undefined);
    },
    { auto: true },
  ],
  requests: async ({ page, baseURL }, use) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+01:00'));
    await use(requests);
    const foreign = requests.filter(
      (u) => !u.startsWith(baseURL ?? '') && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign, 'requests outside the app').toEqual([]);
  },
});

export { expect };
