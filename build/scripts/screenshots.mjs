// Takes a screenshot of each screen (for the README and for looking at what a person sees).
// Usage: npx vite build && node build/scripts/screenshots.mjs [outdir]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const out = process.argv[2] ?? 'docs';
const port = 5191;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('table', { name: 'Activiteiten' }).waitFor();
  await page.screenshot({ path: `${out}/programme.png` });
  await page.getByRole('table', { name: 'Activiteiten' }).getByRole('button').nth(8).click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${out}/editor.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Capaciteit en de lijn' }).click();
  await page.getByText('De lijn: wat past').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/capacity.png`, fullPage: true });
  await page.getByRole('button', { name: 'Budget', exact: true }).click();
  await page.getByRole('heading', { name: 'Van kader naar resultaat' }).waitFor();
  await page.screenshot({ path: `${out}/budget.png`, fullPage: true });
  await page.getByRole('button', { name: 'Organisatie en kaders' }).click();
  await page.screenshot({ path: `${out}/organisation.png`, fullPage: true });
} finally {
  await browser.close();
  server.kill();
}
