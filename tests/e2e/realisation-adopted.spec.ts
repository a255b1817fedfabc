import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import { expect, test } from './fixtures';

/**
 * Issue 13: recording what happened in an adopted programme is no amendment of the plan: the
 * import, the year-end status with its reason and an output's publication date are written
 * without asking why.
 */
test.use({ demo: 'life-cycle' });

const demo = createDemoLifeCycle();
const activity = demo.activities.find((a) => a.id === 'act-2026-jeugdstrafrechtketen')!;
const team = demo.teams.find((x) => x.id === 'team-jeugd')!;
const QUESTION = 'Dit werkprogramma is vastgesteld. Waarom wijzigt u het?';

test('realisation is recorded in an adopted programme without an amendment', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await expect(page.getByText('Vastgesteld 9 oktober 2025')).toBeVisible();

  await page.getByRole('button', { name: 'Bestanden en back-ups' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Realisatie inlezen' }).click(),
  ]);
  await chooser.setFiles({
    name: 'uren.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `Activiteit;Team;Maand;Uren\r\n${activity.title};${team.name};2026-06;420\r\n`,
    ),
  });
  await page
    .getByRole('group', { name: 'Kolommen van uren.csv' })
    .getByRole('button', { name: 'Inlezen' })
    .click();
  await expect(page.getByText('1 regel ingelezen uit uren.csv.')).toBeVisible();

  await page.getByRole('button', { name: 'Programma', exact: true }).click();
  await page
    .getByRole('table', { name: 'Activiteiten' })
    .getByRole('button', { name: activity.title, exact: true })
    .click();
  const editor = page.getByRole('dialog', { name: activity.title });
  await expect(editor.locator('.realisation-section__figures')).toContainText(
    'Gerealiseerd420 uur',
  );
  await editor
    .getByLabel('Stand aan het eind van het jaar')
    .selectOption({ label: 'Loopt door in het volgende jaar' });
  const reason = editor.getByLabel('Reden van de stand');
  await reason.fill('Rapport verschijnt in februari 2027');
  await reason.press('Tab');
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();
  await expect(page.getByRole('dialog', { name: QUESTION })).toHaveCount(0);
  await expect(reason).toHaveValue('Rapport verschijnt in februari 2027');

  // The planned letter is published: its date is recorded, again without the question.
  const published = editor.getByLabel(`Gepubliceerd op: ${activity.outputs[0]!.title}`);
  await published.fill('20 november 2026');
  await published.press('Tab');
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();
  await expect(page.getByRole('dialog', { name: QUESTION })).toHaveCount(0);
  await expect(published).toHaveValue('20-11-2026');
  const titled = editor.getByLabel(
    `Gepubliceerd als (als de titel anders is): ${activity.outputs[0]!.title}`,
  );
  await titled.fill('Samen sterker in de jeugdstrafrechtketen');
  await titled.press('Tab');
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();
  await expect(page.getByRole('dialog', { name: QUESTION })).toHaveCount(0);
  // A date that does not exist is refused beside the field, and nothing is stored.
  await published.fill('31-11-2026');
  await published.press('Tab');
  await expect(editor.getByText('31 november 2026 bestaat niet')).toBeVisible();
});
