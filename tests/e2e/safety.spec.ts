import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { expect, expectNoAxeViolations, test } from './fixtures';

const demo = createDemoData();

/** Writes a date that does not exist into every programme, straight into IndexedDB. */
async function storeImpossibleDate(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('koers');
        request.onerror = () => {
          reject(new Error('koers kon niet worden geopend'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('programmes', 'readwrite');
          const store = tx.objectStore('programmes');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const p of all.result as Record<string, unknown>[])
              store.put({ ...p, closedOn: '2026-02-31' });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            reject(new Error('schrijven mislukt'));
          };
        };
      }),
  );
}

test('an impossible date in the database shows a Dutch message with the way out, never a blank page', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByText('Alles opgeslagen').waitFor();
  await storeImpossibleDate(page);
  await page.reload();

  await expect(
    page.getByRole('heading', { name: 'Koers kan de gegevens niet tonen', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('„2026-02-31”');
  await expect(page.getByRole('alert')).toContainText('31 februari 2026 bestaat niet');
  await expectNoAxeViolations(page);

  // Export what is there: every row as stored, the unreadable date included.
  const [copy] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer wat er is' }).click(),
  ]);
  expect(copy.suggestedFilename()).toMatch(/^koers-databasekopie-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await copy.path(), 'utf8');
  expect(text).toContain('"closedOn": "2026-02-31"');
  expect(
    (JSON.parse(text) as { tables: { activities: unknown[] } }).tables.activities,
  ).toHaveLength(demo.activities.length);

  // Restore a backup: after a confirmation the database is the file, and the app starts again.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Back-up terugzetten' }).click(),
  ]);
  await chooser.setFiles({
    name: 'koers-2026-03-01-dagelijks.koers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      writeProgrammeFile([demo], { kind: 'back-up', exportedAt: '2026-03-01', appVersion: 'test' }),
    ),
  });
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('koers-2026-03-01-dagelijks.koers.json');
  await confirm.getByRole('button', { name: 'Ja, vervangen' }).click();
  // The backup holds the 2026 programme as a concept: the header shows it again.
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Werkprogramma 2026, Concept' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Koers kan de gegevens niet tonen' })).toHaveCount(
    0,
  );
});

test('the adoption date takes a Dutch date and refuses one that does not exist', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Versies en wijzigingen' }).click();
  await page.getByRole('button', { name: 'Versie opslaan' }).click();
  const save = page.getByRole('dialog', { name: 'Versie opslaan' });
  await save.getByLabel('Naam van de versie').fill('Vast te stellen');
  await save.getByRole('button', { name: 'Versie opslaan' }).click();
  await expect(save).toHaveCount(0);
  await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  const adopt = page.getByRole('dialog', { name: 'Werkprogramma vaststellen' });
  const field = adopt.getByLabel('Vastgesteld op', { exact: true });
  await field.fill('31-02-2026');
  await expect(adopt.getByRole('alert')).toHaveText(
    '31 februari 2026 bestaat niet: februari 2026 heeft 28 dagen.',
  );
  // A date that does not exist is never adopted.
  await adopt.getByRole('button', { name: 'Vaststellen' }).click();
  await expect(adopt).toBeVisible();
  await expect(page.getByText('Concept', { exact: true })).toBeVisible();
  await field.fill('1 oktober 2025');
  await expect(adopt.getByRole('alert')).toHaveCount(0);
  await adopt.getByRole('button', { name: 'Vaststellen' }).click();
  await expect(adopt).toHaveCount(0);
  await expect(page.getByText('Vastgesteld 1 oktober 2025')).toBeVisible();
  await page.getByText('Alles opgeslagen').waitFor();
  await page.reload();
  await expect(page.getByText('Vastgesteld 1 oktober 2025')).toBeVisible();
});
