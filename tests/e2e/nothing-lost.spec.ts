import type { Locator, Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import type { Activity, Programme } from '../../shared/domain/schemas';
import { formatNumberInput } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProgrammePage } from './page-models/programme-page';

// Issue 8, "nothing typed is lost or changed": a person types fast, on a slow machine, reloads at
// once, types what cannot be stored, presses Ctrl+Z, works in two windows. Every check reads what
// the database holds after a reload, so a value that only lived on screen fails the test.
const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const X = activities.find((a) => a.id === 'act-2026-signalering')!;
const Y = activities.find((a) => a.id === 'act-2026-jeugdstrafrechtketen')!;
const jeugd = demo.teams.find((t) => t.id === 'team-jeugd')!;
const politie = demo.teams.find((t) => t.id === 'team-politie')!;
const hoursLabel = (team: { name: string }) => `Uren ${team.name}`;

const TITLE = 'Toezicht op de jeugdreclassering, signalering ‘nieuw’ & risico’s (fase 1–2)';
const DESCRIPTION = [
  'De inspectie volgt signalen uit meldingen, incidenten en eigen onderzoek en weegt die met het',
  'risicomodel. Wat opvalt gaat naar fase 2: een verkenning met de teams Politie, Jeugd en Migratie.',
  'Tempo, volgorde en ‘bijzondere’ tekens (é, ë, ç, €, §, –) blijven zoals ze getypt zijn; niets valt weg.',
  'Laatste regel: 12,5% van de uren gaat naar data-analyse & rapportage, 1.250 uur in totaal.',
].join('\n');

/** The team's hours on an activity as the field shows them. */
const teamHours = (a: Activity, teamId: string): number =>
  a.allocations.filter((x) => x.teamId === teamId).reduce((s, x) => s + x.hours, 0);

/** One row as the database holds it now (read straight from IndexedDB, not from the screen). */
async function stored<T>(page: Page, table: string, id: string): Promise<T> {
  const row = await page.evaluate(
    ([table, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('koers');
        request.onerror = () => {
          reject(new Error('koers kon niet worden geopend'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction(table, 'readonly').objectStore(table).get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => {
            db.close();
            reject(new Error('lezen mislukt'));
          };
        };
      }),
    [table, id] as const,
  );
  expect(row, `${table} ${id} in the database`).toBeTruthy();
  return row as T;
}

const storedActivity = (page: Page, id: string) => stored<Activity>(page, 'activities', id);
const storedProgramme = (page: Page) => stored<Programme>(page, 'programmes', programme.id);

/** Accepts the "leave the page?" question like a person choosing "Leave". */
function leaveWhenAsked(page: Page): void {
  page.on('dialog', (d) => {
    void d.accept();
  });
}

/** Reloads and waits for the list: by then the journal has been replayed (main.tsx). */
async function reload(page: Page): Promise<void> {
  await page.reload();
  await new ProgrammePage(page).table.waitFor();
}

/** Clicks into a field, selects what is there and types over it, key by key. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.page().keyboard.type(text, { delay: 5 });
}

async function openOrganisation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  await page.getByRole('heading', { name: 'Organisatie en kaders', level: 1 }).waitFor();
}

/** Says that a field is marked invalid and described by exactly this message (after its ⚠). */
async function expectRefused(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const text =
    typeof message === 'string' ? message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : message.source;
  await expect(field).toHaveAccessibleDescription(new RegExp(`^⚠ ${text}$`));
}

/** The undo button in the header (outside a dialog). */
const headerUndo = (page: Page) =>
  page.locator('.app__history').getByRole('button', { name: 'Ongedaan maken' });

for (const cpu of [1, 4]) {
  for (const leave of ['Tab', 'focus'] as const) {
    test(`typing at 5 ms a key, then reloading at once (${leave === 'Tab' ? 'after Tab' : 'focus still in the field'}, CPU ${cpu}×): every character and value is stored`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      leaveWhenAsked(page);
      const p = new ProgrammePage(page);
      await p.open();
      if (cpu > 1) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      }
      await p.openActivity(X.title);
      await typeInto(p.field('Titel'), TITLE);
      await typeInto(p.field('Omschrijving'), DESCRIPTION);
      await typeInto(p.field(hoursLabel(jeugd)), '3456');
      await typeInto(p.field('Externe inhuur (€)'), '52.345,67');
      if (leave === 'Tab') await page.keyboard.press('Tab');
      // No waiting for "Alles opgeslagen".
      await reload(page);

      const a = await storedActivity(page, X.id);
      expect(a.title).toBe(TITLE);
      expect(a.description).toBe(DESCRIPTION);
      expect(teamHours(a, jeugd.id)).toBe(3456);
      expect(a.externalHireCents).toBe(5_234_567);
      // Only what was typed changed.
      expect(teamHours(a, politie.id)).toBe(teamHours(X, politie.id));
      expect(a.materialCents).toBe(X.materialCents);
      // And the screen shows it.
      await p.openActivity(TITLE);
      await expect(p.field('Omschrijving')).toHaveValue(DESCRIPTION);
      await expect(p.field(hoursLabel(jeugd))).toHaveValue(formatNumberInput(3456));
      await expect(p.field('Externe inhuur (€)')).toHaveValue(formatNumberInput(52_345.67));
      await p.closeEditor();

      // The budget frame on Organisatie en kaders, the same way.
      await openOrganisation(page);
      await typeInto(page.getByLabel('Budgettair kader (€)', { exact: true }), '17.345.678,9');
      if (leave === 'Tab') await page.keyboard.press('Tab');
      await reload(page);
      expect((await storedProgramme(page)).budget.frameCents).toBe(1_734_567_890);
      await openOrganisation(page);
      await expect(page.getByLabel('Budgettair kader (€)', { exact: true })).toHaveValue(
        formatNumberInput(17_345_678.9),
      );
    });
  }
}

// Four choices in one task (no database echo can come between them), and spread over 9 ms (echoes
// of the first can arrive while the next is chosen).
for (const gap of [0, 3]) {
  test(`four risk selects set within 10 ms (${gap === 0 ? 'in one task' : `${gap} ms apart`}), then a reload at once: all four are stored`, async ({
    page,
  }) => {
    leaveWhenAsked(page);
    const p = new ProgrammePage(page);
    await p.open();
    await p.openActivity(X.title);
    const wanted = { kans: 5, ernst: 1, omvang: 1, effect: 3 };
    // Each choice differs from what is stored, so a lost one shows.
    const seed: Record<string, number> = X.risk;
    expect(Object.entries(wanted).filter(([id, v]) => seed[id] === v)).toEqual([]);
    await page.evaluate(
      async ({ choices, gap }) => {
        const dialog = document.querySelector('dialog[open]')!;
        const labels = [...dialog.querySelectorAll('label')];
        for (const [label, value] of choices) {
          const l = labels.find((x) => x.textContent === label)!;
          const select = document.getElementById(l.htmlFor) as HTMLSelectElement;
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          if (gap > 0) await new Promise((r) => setTimeout(r, gap));
        }
      },
      {
        choices: [
          ['Kans', '5'],
          ['Ernst', '1'],
          ['Omvang', '1'],
          ['Verwacht effect van toezicht', '3'],
        ] as const,
        gap,
      },
    );
    await reload(page);
    expect((await storedActivity(page, X.id)).risk).toEqual(wanted);
    await p.openActivity(X.title);
    await expect(p.field('Kans')).toHaveValue('5');
    await expect(p.field('Ernst')).toHaveValue('1');
    await expect(p.field('Omvang')).toHaveValue('1');
    await expect(p.field('Verwacht effect van toezicht')).toHaveValue('3');
  });
}

const NOT_A_NUMBER = (text: string) =>
  `„${text}” is geen getal. Schrijf bijvoorbeeld 1.250 of 12,5.`;
const BAD_NUMBERS: readonly (readonly [string, string])[] = [
  ['15,4 mln', NOT_A_NUMBER('15,4 mln')],
  ['1e7', NOT_A_NUMBER('1e7')],
  ['12,5,0', NOT_A_NUMBER('12,5,0')],
  ['-3', 'Een negatief aantal kan niet; vul 0 of meer in.'],
];

test('bad numbers in the budget frame: the message shows next to the field and the stored frame stays', async ({
  page,
}) => {
  leaveWhenAsked(page);
  const p = new ProgrammePage(page);
  await p.open();
  for (const [text, message] of BAD_NUMBERS) {
    await openOrganisation(page);
    const frame = page.getByLabel('Budgettair kader (€)', { exact: true });
    await typeInto(frame, text);
    await frame.press('Tab');
    await expect(frame).toHaveValue(text);
    await expectRefused(frame, message);
    await reload(page);
    expect((await storedProgramme(page)).budget.frameCents, text).toBe(programme.budget.frameCents);
  }
  await openOrganisation(page);
  await expect(page.getByLabel('Budgettair kader (€)', { exact: true })).toHaveValue(
    formatNumberInput(programme.budget.frameCents / 100),
  );
});

test('bad numbers in an hours field: message, Escape gives the stored value back, nothing stored', async ({
  page,
}) => {
  leaveWhenAsked(page);
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  const field = p.field(hoursLabel(jeugd));
  const before = formatNumberInput(teamHours(X, jeugd.id));
  for (const [text, message] of BAD_NUMBERS) {
    await typeInto(field, text);
    await field.press('Tab');
    await expectRefused(field, message);
    expect(teamHours(await storedActivity(page, X.id), jeugd.id), text).toBe(
      teamHours(X, jeugd.id),
    );
  }
  // Escape in the field withdraws text that cannot be stored.
  await field.click();
  await field.press('Escape');
  await expect(field).toHaveValue(before);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(p.editor).toBeVisible();
  // Invalid again, then a reload: the previous hours are what is stored.
  await typeInto(field, '1e7');
  await field.press('Tab');
  await reload(page);
  expect(teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(teamHours(X, jeugd.id));
  await p.openActivity(X.title);
  await expect(p.field(hoursLabel(jeugd))).toHaveValue(before);
});

test('a description over 10.000 characters is refused in words; the stored value stays', async ({
  page,
}) => {
  leaveWhenAsked(page);
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  const description = p.field('Omschrijving');
  const tooLong = 'a'.repeat(10_001);
  await description.fill(tooLong);
  await description.press('Tab');
  await expectRefused(description, 'Deze tekst is te lang: ten hoogste 10.000 tekens.');
  // The header does not claim it is saved.
  await expect(page.locator('.save-state')).toHaveText(
    'Niet opgeslagen: Omschrijving klopt niet (Esc zet terug)',
  );
  await reload(page);
  expect((await storedActivity(page, X.id)).description).toBe(X.description);
});

test('Ctrl+Z in a field undoes the whole value in one step; in a dirty field it withdraws the text; Ctrl+Shift+Z redoes', async ({
  page,
}) => {
  leaveWhenAsked(page);
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  const field = p.field(hoursLabel(jeugd));
  const before = teamHours(X, jeugd.id);
  await typeInto(field, '3600');
  await field.press('Tab');
  await expect.poll(async () => teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(3600);

  // Back in the field, Ctrl+Z: the previous value, whole.
  await field.click();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(formatNumberInput(before));
  await p.saved();
  expect(teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(before);
  await reload(page);
  expect(teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(before);

  // Ctrl+Shift+Z redoes the step (the redo stack survives the reload too).
  await p.openActivity(X.title);
  await field.click();
  await page.keyboard.press('Control+Shift+z');
  await expect(field).toHaveValue(formatNumberInput(3600));
  await expect.poll(async () => teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(3600);

  // Typing, then Ctrl+Z: the text goes back to what is stored; no step is undone.
  await typeInto(field, '999');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(formatNumberInput(3600));
  await p.saved();
  expect(teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(3600);
  // The field is clean now, so the next Ctrl+Z undoes the hours step.
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(formatNumberInput(before));
  await expect.poll(async () => teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(before);
  // Ctrl+Y redoes as well.
  await page.keyboard.press('Control+y');
  await expect(field).toHaveValue(formatNumberInput(3600));
  await expect.poll(async () => teamHours(await storedActivity(page, X.id), jeugd.id)).toBe(3600);
});

test('in the editor the undo and redo buttons are reachable and undo the last field', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  await typeInto(p.field('Titel'), TITLE);
  await page.keyboard.press('Tab');
  await expect(p.editor.getByRole('heading', { name: TITLE })).toBeVisible();
  const undo = p.editor.getByRole('button', { name: 'Ongedaan maken' });
  const redo = p.editor.getByRole('button', { name: 'Opnieuw' });
  await expect(undo).toHaveAttribute('title', 'Ongedaan maken: Titel gewijzigd');
  await undo.click();
  await expect(p.field('Titel')).toHaveValue(X.title);
  await expect.poll(async () => (await storedActivity(page, X.id)).title).toBe(X.title);
  await redo.click();
  await expect(p.field('Titel')).toHaveValue(TITLE);
  await expect.poll(async () => (await storedActivity(page, X.id)).title).toBe(TITLE);
  // Reachable from the keyboard too.
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(p.field('Titel')).toHaveValue(X.title);
  await expect.poll(async () => (await storedActivity(page, X.id)).title).toBe(X.title);
});

/** A second Koers window: same browser profile, so the same IndexedDB and localStorage. */
async function secondWindow(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.clock.setFixedTime(new Date('2026-03-02T09:00:00+01:00'));
  leaveWhenAsked(other);
  await new ProgrammePage(other).open();
  return other;
}

test('two windows edit different fields of one activity: both are kept, and one window’s undo leaves the other’s edit', async ({
  page,
}) => {
  leaveWhenAsked(page);
  const a = new ProgrammePage(page);
  await a.open();
  const bPage = await secondWindow(page);
  const b = new ProgrammePage(bPage);
  // Both windows have the activity open before either edits it.
  await a.openActivity(X.title);
  await b.openActivity(X.title);
  await typeInto(a.field('Titel'), TITLE);
  await a.field('Titel').press('Tab');
  await typeInto(b.field(hoursLabel(jeugd)), '2222');
  await b.field(hoursLabel(jeugd)).press('Tab');
  await a.saved();
  await b.saved();

  for (const w of [page, bPage]) {
    await reload(w);
    const row = await storedActivity(w, X.id);
    expect(row.title).toBe(TITLE);
    expect(teamHours(row, jeugd.id)).toBe(2222);
    const pm = new ProgrammePage(w);
    await pm.openActivity(TITLE);
    await expect(pm.field('Titel')).toHaveValue(TITLE);
    await expect(pm.field(hoursLabel(jeugd))).toHaveValue(formatNumberInput(2222));
    await pm.closeEditor();
  }

  // Window A undoes: its title goes back, B's hours stay.
  await expect(headerUndo(page)).toHaveAttribute('title', 'Ongedaan maken: Titel gewijzigd');
  await page.keyboard.press('Control+z');
  await expect(a.row(X.title)).toBeVisible();
  await a.saved();
  const row = await storedActivity(page, X.id);
  expect(row.title).toBe(X.title);
  expect(teamHours(row, jeugd.id)).toBe(2222);
  await reload(bPage);
  await b.openActivity(X.title);
  await expect(b.field(hoursLabel(jeugd))).toHaveValue(formatNumberInput(2222));

  // B now changes the title; A's redo of its own title must not overwrite B's.
  const fromB = 'Titel uit venster B';
  await typeInto(b.field('Titel'), fromB);
  await b.field('Titel').press('Tab');
  await b.saved();
  await expect(a.row(fromB)).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.notice')).toContainText(
    'Ongedaan gemaakt of opnieuw gedaan: Titel gewijzigd. 1 veld(en) waren intussen in een ander venster gewijzigd',
  );
  await a.saved();
  const after = await storedActivity(page, X.id);
  expect(after.title).toBe(fromB);
  expect(teamHours(after, jeugd.id)).toBe(2222);
  await bPage.close();
});

test('the undo history survives a reload: two edits, reload, Ctrl+Z twice undoes both in order', async ({
  page,
}) => {
  leaveWhenAsked(page);
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  await typeInto(p.field('Titel'), TITLE);
  await page.keyboard.press('Tab');
  await typeInto(p.field('Externe inhuur (€)'), '1.234');
  await page.keyboard.press('Tab');
  await p.saved();
  await p.closeEditor();
  await reload(page);
  let row = await storedActivity(page, X.id);
  expect(row.title).toBe(TITLE);
  expect(row.externalHireCents).toBe(123_400);

  await expect(headerUndo(page)).toHaveAttribute(
    'title',
    'Ongedaan maken: Externe inhuur (€) gewijzigd',
  );
  await page.keyboard.press('Control+z');
  await expect(headerUndo(page)).toHaveAttribute('title', 'Ongedaan maken: Titel gewijzigd');
  await p.saved();
  row = await storedActivity(page, X.id);
  expect(row.externalHireCents).toBe(X.externalHireCents);
  expect(row.title).toBe(TITLE);

  await page.keyboard.press('Control+z');
  await expect(p.row(X.title)).toBeVisible();
  await p.saved();
  row = await storedActivity(page, X.id);
  expect(row.title).toBe(X.title);
  expect(row.externalHireCents).toBe(X.externalHireCents);
});

test('the notice’s undo after a delete undoes that delete, even after another edit', async ({
  page,
}) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  await p.editor.getByRole('button', { name: 'Verwijderen' }).click();
  await p.editor.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(p.editor).toBeHidden();
  const notice = page.locator('.notice');
  await expect(notice).toContainText('Activiteit verwijderd.');
  await expect(p.row(X.title)).toHaveCount(0);

  // Another step after the delete: Y's title.
  await p.openActivity(Y.title);
  await p.field('Titel').fill(TITLE);
  await p.field('Titel').press('Tab');
  await p.closeEditor();
  await expect(headerUndo(page)).toHaveAttribute('title', 'Ongedaan maken: Titel gewijzigd');

  await expect(notice).toContainText('Activiteit verwijderd.');
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(notice).toContainText('Ongedaan gemaakt: activiteit verwijderen');
  await expect(p.row(X.title)).toBeVisible();
  await p.saved();
  expect((await storedActivity(page, X.id)).title).toBe(X.title);
  // The later edit stays, and is still the step the header would undo.
  expect((await storedActivity(page, Y.id)).title).toBe(TITLE);
  await expect(p.row(TITLE)).toBeVisible();
  await expect(headerUndo(page)).toHaveAttribute('title', 'Ongedaan maken: Titel gewijzigd');
});

test('the editor with an invalid field passes axe', async ({ page }) => {
  const p = new ProgrammePage(page);
  await p.open();
  await p.openActivity(X.title);
  const field = p.field(hoursLabel(jeugd));
  await typeInto(field, '15,4 mln');
  await field.press('Tab');
  await expectRefused(field, NOT_A_NUMBER('15,4 mln'));
  await expectNoAxeViolations(page);
});
