import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createDemoLifeCycle, DEMO_ADOPTED_VERSION } from '../../shared/demo/life-cycle';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const version = demo.versions.find((v) => v.id === DEMO_ADOPTED_VERSION)!;
const p2026 = demo.programmes.find((p) => p.year === 2026)!;
const in2026 = demo.activities.filter((a) => a.programmeId === p2026.id);
/** Three activities the director decides on (the first three of the programme). */
const decided = in2026.slice(0, 3);
/** Postponed by an amendment after adoption: the draft's status differs from the version's. */
const postponed = in2026.find((a) => a.id === 'act-2026-milieucriminaliteit')!;

type PackageJson = {
  kind: string;
  review: { exportedBy: string; baseVersionId: string | null; checksum: string; subject: object };
  organisations: {
    activities: { id: string; status: string }[];
    decisions: { id: string; author: string; activityId: string; kind: string }[];
    comments: { id: string; author: string; text: string }[];
  }[];
};

/** Sets "uw naam" on this computer (before the page's scripts run). */
async function signAs(page: Page, name: string): Promise<void> {
  await page.addInitScript((n) => {
    localStorage.setItem('koers-author', n);
  }, name);
}

/** Opens a screen by its navigation button and waits for its heading. */
async function openScreen(page: Page, name: string, heading = name): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** Opens the Versions screen. */
const openVersions = (page: Page) =>
  openScreen(page, 'Versies en wijzigingen', 'Versies, vaststelling en wijzigingen');

/** Clicks a button that downloads, and returns the download's name and text. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** *Reviewpakket inlezen* with a file, as a person picks it. */
async function readPackage(page: Page, file: { name: string; text: string }): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Reviewpakket inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
}

/** The preview of a package read (a region named after the file). */
const preview = (page: Page, file: string) =>
  page.getByRole('region', { name: `Reviewpakket „${file}”` });

/** The director's decisions, in the order of `decided`, with their reasons. */
const DECISIONS = [
  ['Accepteren', 'accepteren', 'Besproken in het MT (1).'],
  ['Aanhouden', 'aanhouden', 'Besproken in het MT (2).'],
  ['Afwijzen', 'afwijzen', 'Besproken in het MT (3).'],
] as const;
/** The director's comments on the first two. */
const COMMENTS = ['Kan dit met minder uren?', 'Graag de planning per kwartaal.'];

/**
 * The director reads the activities and decides, as a person does: each opened from the
 * programme list, a reason typed, the decision's button pressed, and a comment on the first two.
 */
async function decideAsDirector(d: Page): Promise<void> {
  const programme = new ProgrammePage(d);
  await d.getByRole('button', { name: 'Programma', exact: true }).click();
  for (const [i, a] of decided.entries()) {
    await programme.openActivity(a.title);
    const editor = programme.editor;
    const [button, , reason] = DECISIONS[i]!;
    await editor.getByLabel('Reden van het besluit').fill(reason);
    await editor.getByRole('button', { name: button, exact: true }).click();
    await expect(editor.getByText(/door Directeur Toezicht op/)).toBeVisible();
    const comment = COMMENTS[i];
    if (comment !== undefined) {
      await editor.getByLabel('Nieuwe opmerking').fill(comment);
      await editor.getByRole('button', { name: 'Opmerking plaatsen' }).click();
      await expect(editor.getByText(comment)).toBeVisible();
    }
    if (i === 0) await expectNoAxeViolations(d);
    await programme.closeEditor();
  }
}

test('a version goes out as a review package, a director in a fresh profile sends decisions back, and they merge once', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two profiles, five files and three axe runs: more than the default 30 s on shared cores.
  test.slow();
  await signAs(page, 'Anna de Vries');
  await page.goto('./');
  await openVersions(page);
  const out = await download(page, `Reviewpakket maken van ${version.name}`);
  expect(out.name).toBe(`Reviewpakket ${p2026.name} - ${version.name}.koers.json`);
  const sent = JSON.parse(out.text) as PackageJson;
  expect(sent.kind).toBe('review');
  expect(sent.review.exportedBy).toBe('Anna de Vries');
  expect(sent.review.baseVersionId).toBe(DEMO_ADOPTED_VERSION);
  expect(sent.review.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  // The version's rows: the status as adopted, not the draft's later postponement.
  expect(sent.organisations[0]!.activities.find((a) => a.id === postponed.id)?.status).not.toBe(
    'uitgesteld',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/review-package-versions.png' });

  // The director: a fresh browser profile (its own IndexedDB), Koers as it first starts.
  let answer = { name: 'Reviewpakket met besluiten directeur.koers.json', text: '' };
  const director = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    const d = await director.newPage();
    await signAs(d, 'Directeur Toezicht');
    await d.goto('./');
    await openScreen(d, 'Bestanden en back-ups');
    await expect(d.getByText('Na het inlezen van een reviewpakket')).toBeVisible();
    await readPackage(d, out);
    await expect(preview(d, out.name)).toContainText(
      `De versie „${version.name}” van ${p2026.name} (2026), geëxporteerd door Anna de Vries`,
    );
    await expectNoAxeViolations(d);
    await preview(d, out.name).getByRole('button', { name: 'Pakket inlezen' }).click();
    await expect(d.getByText(`Reviewpakket „${out.name}” ingelezen`)).toBeVisible();
    await decideAsDirector(d);
    await openScreen(d, 'Bestanden en back-ups');
    const back = await download(d, 'Reviewpakket met mijn besluiten');
    const returned = JSON.parse(back.text) as PackageJson;
    expect(returned.review.exportedBy).toBe('Directeur Toezicht');
    expect(returned.review.baseVersionId).toBe(DEMO_ADOPTED_VERSION);
    // What the director decided and wrote in their own Koers travels back in the package.
    expect(
      returned.organisations[0]!.decisions.map((x) => [x.activityId, x.kind, x.author]).sort(),
    ).toEqual(decided.map((a, i) => [a.id, DECISIONS[i]![1], 'Directeur Toezicht']).sort());
    expect(returned.organisations[0]!.comments.map((x) => x.text).sort()).toEqual(
      [...COMMENTS].sort(),
    );
    answer = { ...answer, text: back.text };
  } finally {
    await director.close();
  }

  // Back where it was made: what it brings, with authors, and the conflict to resolve.
  await openScreen(page, 'Bestanden en back-ups');
  await readPackage(page, answer);
  const shown = preview(page, answer.name);
  await expect(shown).toContainText('3 besluiten, 2 opmerkingen, 0 conflicten');
  await expect(shown).toContainText(`${decided[0]!.title}: accepteren, door Directeur Toezicht`);
  await expect(shown).toContainText(`${decided[2]!.title}: afwijzen, door Directeur Toezicht`);
  await expect(shown).toContainText('Kan dit met minder uren?');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/review-package-preview-1280.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/review-package-preview-1920.png', fullPage: true });
  await shown.getByRole('button', { name: 'Pakket inlezen' }).click();
  await expect(
    page.getByText(
      `Reviewpakket „${answer.name}” ingelezen: 3 besluiten, 2 opmerkingen, 0 conflicten.`,
    ),
  ).toBeVisible();

  // The decisions are in the draft with their authors: the decision log lists them.
  await openScreen(page, 'Besluiten');
  const log = page.getByRole('table', { name: /^Besluiten over/ });
  for (const [i, a] of decided.entries())
    await expect(log.getByRole('row').filter({ hasText: a.title })).toContainText(
      new RegExp(
        `Directeur Toezicht[\\s\\S]*${DECISIONS[i]![1]}|${DECISIONS[i]![1]}[\\s\\S]*Directeur Toezicht`,
        'i',
      ),
    );
  await openScreen(page, 'Bestanden en back-ups');
  // And in the file, the draft's own edit kept.
  const after = JSON.parse((await download(page, 'Programmabestand opslaan')).text) as PackageJson;
  const mine = after.organisations[0]!;
  expect(mine.decisions.map((x) => [x.activityId, x.kind, x.author]).sort()).toEqual(
    decided
      .map((a, i) => [a.id, ['accepteren', 'aanhouden', 'afwijzen'][i], 'Directeur Toezicht'])
      .sort(),
  );
  expect(mine.comments.map((x) => x.author)).toEqual(['Directeur Toezicht', 'Directeur Toezicht']);
  expect(mine.activities.find((a) => a.id === postponed.id)?.status).toBe('uitgesteld');

  // One step: undo takes the decisions and comments away again, redo brings them back.
  await page.getByRole('banner').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Ongedaan gemaakt')).toBeVisible();
  const undone = JSON.parse((await download(page, 'Programmabestand opslaan')).text) as PackageJson;
  expect(undone.organisations[0]!.decisions).toEqual([]);
  expect(undone.organisations[0]!.comments).toEqual([]);
  await page.getByRole('banner').getByRole('button', { name: 'Opnieuw' }).click();
  await expect(page.getByText('Opnieuw gedaan')).toBeVisible();

  // Read twice: nothing new the second time, nothing changes.
  await readPackage(page, answer);
  await expect(preview(page, answer.name)).toContainText(
    '0 besluiten, 0 opmerkingen, 0 conflicten',
  );
  await preview(page, answer.name).getByRole('button', { name: 'Pakket inlezen' }).click();
  await expect(
    page.getByText(
      `Reviewpakket „${answer.name}” ingelezen: er was niets nieuws; er is niets veranderd.`,
    ),
  ).toBeVisible();
  const again = JSON.parse((await download(page, 'Programmabestand opslaan')).text) as PackageJson;
  expect(again.organisations[0]!.decisions).toEqual(mine.decisions);
  expect(again.organisations[0]!.comments).toEqual(mine.comments);
  expect(again.organisations[0]!.activities).toEqual(mine.activities);
});

test('a package changed after exporting, or for another programme, is refused in Dutch and changes nothing', async ({
  page,
}) => {
  await page.goto('./');
  await openVersions(page);
  const out = await download(page, `Reviewpakket maken van ${version.name}`);
  await openScreen(page, 'Bestanden en back-ups');

  const tampered = {
    name: 'gewijzigd.koers.json',
    text: out.text.replace(in2026[0]!.title, 'Iets anders'),
  };
  expect(tampered.text).not.toBe(out.text);
  await readPackage(page, tampered);
  await expect(
    page.getByText(
      'Het reviewpakket „gewijzigd.koers.json” is geweigerd: het bestand is gewijzigd na het exporteren',
    ),
  ).toBeVisible();
  await expect(preview(page, tampered.name)).toHaveCount(0);

  // The 2027 concept open: the 2026 package is refused, naming both programmes.
  const switcher = page.getByRole('banner').getByRole('button', { name: /^Werkprogramma \d{4}, / });
  await switcher.click();
  await page.getByRole('menuitemradio', { name: /Werkprogramma 2027/ }).click();
  await expect(switcher).toHaveAccessibleName('Werkprogramma 2027, Concept');
  await readPackage(page, out);
  await expect(
    page.getByText(
      `het hoort bij ${p2026.name} (2026), niet bij het geopende programma Werkprogramma 2027 (2027)`,
    ),
  ).toBeVisible();
  await expect(preview(page, out.name)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
