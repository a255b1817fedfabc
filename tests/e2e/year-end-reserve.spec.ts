import type { Page } from '@playwright/test';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { expect, expectNoAxeViolations, test } from './fixtures';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const displaced = activities[3]!;
const team = [...demo.teams].sort((a, b) => a.order - b.order)[1]!;

/** Opens the capacity screen and the Incidentreserve card. */
async function openReserve(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  const card = page.getByRole('region', { name: 'Incidentreserve' });
  await card.waitFor();
  return card;
}

test('a draw on the incident reserve names what it postponed: the log shows it, undo takes it back, a reload keeps it', async ({
  page,
}) => {
  const card = await openReserve(page);
  await expect(card).toContainText('Nog geen onttrekkingen.');
  await expect(card.getByRole('status')).toContainText(/^Reserve .* uur, onttrokken 0 uur, over/);
  await card.getByRole('button', { name: 'Onttrekking vastleggen' }).click();
  const form = card.getByRole('form', { name: 'Onttrekking vastleggen' });
  // The form takes focus where its work starts.
  await expect(form.getByLabel('Datum')).toBeFocused();
  await form.getByLabel('Datum').fill('2026-03-10');
  await form.getByLabel('Onderzoek', { exact: true }).fill('Incident PI Vught');
  await form.getByLabel('Team', { exact: true }).selectOption({ label: team.name });
  await form.getByLabel('Uren', { exact: true }).fill('honderd');
  await form.getByRole('button', { name: 'Verdrongen activiteit toevoegen' }).click();
  await form
    .getByLabel('Verdrongen activiteit 1', { exact: true })
    .selectOption({ label: displaced.title });
  await form.getByLabel('Gevolg voor activiteit 1').selectOption({ label: 'uitgesteld' });
  await form.getByLabel('Uren minder voor activiteit 1').fill('40');
  await form.getByLabel('Verschoven naar (activiteit 1)').selectOption('2026-09');
  await form.getByLabel('Reden', { exact: true }).fill('Ernstig incident in de inrichting');
  await expectNoAxeViolations(page);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({
      path: `/tmp/shots-reserve/reserve-form-${size.width}x${size.height}.png`,
    });
  }

  // Hours that are no number: said in Dutch, naming the field; nothing stored.
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toContainText(
    'Uren: „honderd” is geen getal.',
  );
  // Focus goes to what is wrong, not back to the page.
  await expect(form.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toBeFocused();
  await expect(form.getByLabel('Uren', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(card).toContainText('Nog geen onttrekkingen.');
  // A date outside the programme's year is refused the same way.
  await form.getByLabel('Uren', { exact: true }).fill('120');
  await form.getByLabel('Datum').fill('2025-12-30');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toContainText(
    'Datum: de datum ligt niet in 2026.',
  );
  await form.getByLabel('Datum').fill('2026-03-10');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  // Saved: the form closes and focus returns to the button that records a draw.
  await expect(card.getByRole('button', { name: 'Onttrekking vastleggen' })).toBeFocused();

  const log = card.getByRole('table', { name: 'Logboek van uitstel' });
  const row = log.getByRole('row').filter({ hasText: displaced.title });
  await expect(row).toContainText('10 maart 2026');
  await expect(row).toContainText('Incident PI Vught');
  await expect(row).toContainText('uitgesteld');
  await expect(row).toContainText('40 uur');
  await expect(row).toContainText('september 2026');
  await expect(card.getByRole('table', { name: 'Onttrekkingen' })).toContainText('120 uur');
  await expect(card.getByRole('status')).toContainText('onttrokken 120 uur');
  await card.getByText('Toon als tabel').click();
  await expect(
    card
      .getByRole('table', { name: 'Reserve en onttrokken per team' })
      .getByRole('row', { name: new RegExp(team.name) }),
  ).toContainText('120 uur');
  await expectNoAxeViolations(page);

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `/tmp/shots-reserve/reserve-${size.width}x${size.height}.png` });
  }

  // Undo takes the draw back in one step; redo brings it again.
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(card).toContainText('Nog niets verdrongen.');
  await expect(card).toContainText('Nog geen onttrekkingen.');
  await page.getByRole('button', { name: 'Opnieuw' }).first().click();
  await expect(row).toContainText('september 2026');

  await page.reload();
  const again = await openReserve(page);
  await expect(
    again.getByRole('table', { name: 'Logboek van uitstel' }).getByRole('row', {
      name: new RegExp(displaced.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    }),
  ).toContainText('september 2026');

  // Edit: the hours change; delete: gone, and undoable.
  await again.getByRole('button', { name: 'Bewerken: Incident PI Vught' }).click();
  const edit = again.getByRole('form', { name: 'Onttrekking bewerken' });
  await expect(edit.getByLabel('Uren', { exact: true })).toHaveValue('120');
  await edit.getByLabel('Uren', { exact: true }).fill('150');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(again.getByRole('table', { name: 'Onttrekkingen' })).toContainText('150 uur');
  await again.getByRole('button', { name: 'Verwijderen: Incident PI Vught' }).click();
  await expect(again).toContainText('Nog geen onttrekkingen.');
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(again.getByRole('table', { name: 'Onttrekkingen' })).toContainText('150 uur');
});
