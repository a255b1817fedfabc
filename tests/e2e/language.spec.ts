import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { nl, type MessageKey } from '../../shared/i18n/messages.nl';
import { en } from '../../shared/i18n/messages.en';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Issue 14: Koers in Dutch and English. Every screen in both languages: axe, `<html lang>`, no
// raw catalogue key, and in English no common Dutch UI word outside the (Dutch) demo data.

/** The screens by their navigation label in each language. */
const SCREENS: readonly MessageKey[] = [
  'nav.programme',
  'nav.capacity',
  'nav.budget',
  'nav.versions',
  'nav.decisions',
  'nav.scenarios',
  'nav.organisation',
  'nav.data',
  'nav.settings',
];

/** Common Dutch words of the interface; none may show in English mode. */
const DUTCH_WORDS = [
  'opslaan',
  'annuleren',
  'programma',
  'activiteit',
  'activiteiten',
  'uren',
  'uur',
  'versie',
  'versies',
  'zoeken',
  'gegevens',
  'instellingen',
  'toevoegen',
  'verwijderen',
  'sluiten',
  'bewerken',
  'terugzetten',
  'vaststellen',
  'wijziging',
  'wijzigingen',
  'taakstelling',
  'bestanden',
  'omschrijving',
  'kader',
  'lijn',
  'boven',
  'onder',
  'van',
  'het',
  'een',
  'niet',
  'de',
  'en',
  'met',
  'voor',
  'wordt',
  'naar',
  'bij',
  'geen',
  'alle',
];

/** Every text of the demo data (titles, names, sources, notes): Dutch by nature, not UI. */
function demoTexts(): string[] {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\p{L}/u.test(value) && (value.length >= 4 || value.includes(' '))) out.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(createDemoData());
  walk(createDemoLifeCycle());
  // Longest first, so a title is taken out before a shorter name inside it.
  return [...out].sort((a, b) => b.length - a.length);
}
const DEMO_TEXTS = demoTexts();

/** The texts a person sees or hears on the page: visible text nodes and accessible names. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const option = parent.closest('option, optgroup');
      const owner = option ? option.closest('select') : parent;
      if (owner && owner.checkVisibility({ visibilityProperty: true })) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!el.checkVisibility({ visibilityProperty: true }) && el.tagName !== 'svg') continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The texts of a page with the demo data taken out. */
function withoutData(texts: readonly string[]): string[] {
  return texts.map((text) => DEMO_TEXTS.reduce((rest, data) => rest.split(data).join(' '), text));
}

/** Raw catalogue keys, or placeholders left unfilled, among the texts. */
function rawKeys(texts: readonly string[]): string[] {
  return texts.filter(
    (t) =>
      /^[a-z]+(\.[a-zA-Z0-9/-]+)+$/.test(t) ||
      t in nl ||
      /\{\w+(:[^{}]*)?\}/.test(t.replace(/[{}]\s*$/, '')),
  );
}

/** The common Dutch words in the texts, each with the text it was found in. */
function dutchWords(texts: readonly string[]): string[] {
  const words = new Set(DUTCH_WORDS);
  return withoutData(texts).flatMap((text) =>
    (text.match(/[\p{L}’'-]+/gu) ?? [])
      .filter((w) => words.has(w.toLowerCase()))
      .map((w) => `${w} in “${text.replace(/\s+/g, ' ').trim()}”`),
  );
}

/** Opens a screen by its navigation button in the given catalogue's language. */
async function openScreen(page: Page, key: MessageKey, catalogue: typeof nl | typeof en) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: catalogue[key], exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The best selection and the gap advice come from a worker; let them land before axe looks.
  await page.waitForTimeout(400);
}

/** Checks every screen, and the activity editor, in one language. */
async function sweep(page: Page, language: 'nl' | 'en') {
  const catalogue = language === 'nl' ? nl : en;
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const found: string[] = [];
  for (const key of SCREENS) {
    await openScreen(page, key, catalogue);
    const texts = await visibleTexts(page);
    expect(rawKeys(texts), `raw keys on ${catalogue[key]}`).toEqual([]);
    found.push(...dutchWords(texts).map((w) => `${catalogue[key]}: ${w}`));
    await expectNoAxeViolations(page);
    if (key === 'nav.programme') {
      await page
        .getByRole('table', { name: catalogue['programme.tableLabel'] })
        .locator('tbody td.col-title button')
        .first()
        .click();
      const editor = page.getByRole('dialog');
      await expect(editor).toBeVisible();
      const inEditor = await visibleTexts(page);
      expect(rawKeys(inEditor), 'raw keys in the editor').toEqual([]);
      found.push(...dutchWords(inEditor).map((w) => `editor: ${w}`));
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(editor).toHaveCount(0);
    }
  }
  // In Dutch the same detector finds the words on every screen: it would see them in English.
  // Every screen and the editor.
  if (language === 'nl')
    expect(new Set(found.map((f) => f.split(':')[0])).size).toBe(SCREENS.length + 1);
  else expect(found, 'Dutch words in English mode').toEqual([]);
}

/** Tabs until the element named `name` with `role` has the focus (at most 60 presses). */
async function tabTo(page: Page, role: 'button' | 'radio', name: string) {
  const target = page.getByRole(role, { name, exact: true });
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('switch to English and back from the keyboard; the choice is remembered', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: 'Activiteiten' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await tabTo(page, 'button', 'Instellingen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  await tabTo(page, 'radio', 'Nederlands');
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await page.keyboard.press('ArrowDown');

  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = page.getByRole('radio', { name: 'English' });
  await expect(english).toBeChecked();
  await expect(english).toBeFocused();
  await expect(page.getByRole('button', { name: 'Programme', exact: true })).toBeVisible();
  await expect(page.getByText('Koers 0.1.0 · works without a network')).toBeVisible();

  // Remembered on this computer: a reload starts in English.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Activities' })).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+ activities · [\d,]+ hours · [\d.]+ fte$/)).toBeVisible();

  await tabTo(page, 'button', 'Settings');
  await page.keyboard.press('Enter');
  await tabTo(page, 'radio', 'English');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeFocused();
  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await expect(
    page.getByText(/^\d+ van \d+ activiteiten · [\d.]+ uur · [\d,]+ fte$/),
  ).toBeVisible();
});

test('every screen in Dutch: axe, lang="nl", no raw catalogue key', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByRole('table', { name: 'Activiteiten' })).toBeVisible();
  await sweep(page, 'nl');
});

test.describe('on a computer whose system language is English', () => {
  test.use({ locale: 'en-GB' });

  test('the first start is in English, and every screen passes: axe, lang="en", no raw key, no Dutch UI word', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await expect(page.getByRole('table', { name: 'Activities' })).toBeVisible();
    await sweep(page, 'en');
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the CSV export is for English Excel: commas between fields, decimal points', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: 'Activities' })).toBeVisible();
    await page.getByRole('button', { name: 'Files and backups', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV for English Excel' }).click(),
    ]);
    const text = await readFile(await file.path(), 'utf8');
    const [header, ...rows] = text.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toMatch(
      /^Activity,Source,Domain,Theme,Kind,Level of the supervision pyramid,Status,Commitment,Origin,Conditional,Start month,End month,Hours,FTE,Risk score,Material costs \(€\),External hire \(€\),Position relative to the line,Rank,Forced in or out,Reason,Hours Team /,
    );
    // An FTE with decimals is written with a point, and the place against the line is English.
    expect(rows.join('\n')).toMatch(
      /,\d+\.\d{1,2},\d+(\.\d)?,\d+,\d+,(Above the line|Below the line|Statutory or committed \(goes first\)),/m,
    );
    expect(text).not.toContain(';');
  });

  test.describe('the adopted programme with amendments', () => {
    test.use({ demo: 'life-cycle' });

    test('the versions screen passes axe and shows no Dutch UI word', async ({ page }) => {
      await page.goto('./');
      await openScreen(page, 'nav.versions', en);
      await expect(
        page.getByRole('heading', { name: en['amendmentLog.title'], exact: true }),
      ).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const texts = await visibleTexts(page);
      expect(rawKeys(texts)).toEqual([]);
      expect(dutchWords(texts)).toEqual([]);
      await expectNoAxeViolations(page);
    });
  });
});

test.describe('on a computer whose system language is German', () => {
  test.use({ locale: 'de-DE' });

  test('the first start is in Dutch (English only when the system says English)', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: 'Activiteiten' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});
