import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './binary';

const binary = electronBinary();

test.describe('the desktop app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  test('opens the secured window and edits an activity', async () => {
    if (!('path' in binary)) return;
    const app = await electron.launch({ executablePath: binary.path, args: ['.'] });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle(/Koers/);
      expect(
        await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).koersHost),
      ).toBe('object');
      expect(
        await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require),
      ).toBe('undefined');
      expect(
        await page.evaluate(() => typeof (globalThis as Record<string, unknown>).process),
      ).toBe('undefined');
      expect(page.url()).toMatch(/^app:\/\/koers\//);
      const table = page.getByRole('table', { name: 'Activiteiten' });
      await table.getByRole('button').first().click();
      const title = page.getByRole('dialog').getByLabel('Titel', { exact: true });
      await title.fill('Bewerkt in de desktop-app');
      await page.getByText('Alles opgeslagen').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
      await expect(table.getByRole('button', { name: 'Bewerkt in de desktop-app' })).toBeVisible();
    } finally {
      await app.close();
    }
  });
});
