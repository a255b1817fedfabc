/**
 * The Chromium part of `npm run bench` (issue 11): drives the built renderer in Debian's Chromium
 * as a person does (Dutch labels and roles) on the demo scaled to each size, and writes what it
 * measured as JSON (see `ChromiumResult`) to the file named by its first argument. Every step has
 * a time limit: a step that does not come back is recorded as aborted and the size ends there.
 * Run through build/scripts/bench.mjs, never by `npm test`.
 */
import {
  chromium,
  type Browser,
  type CDPSession,
  type ElementHandle,
  type Page,
} from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../build/scripts/chromium.mjs';
import { scaledDemo } from '../../shared/demo/scaled';
import { createDemoData, type DemoData } from '../../shared/demo/inspectie-jenv';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { translate } from '../../shared/i18n/translate';
import { formatNumber } from '../../shared/format/nl';
import type { MessageKey } from '../../shared/i18n/messages.nl';
import type { Activity } from '../../shared/domain/schemas';
import { armUntil, installProbe, longTasksIn, waitQuiet, type Until } from './chromium-page';

/**
 * Long tasks seen in one window: how many, and the longest (ms); `durations` each one in order
 * (in the JSON the bench writes, `.tmp/bench/chromium.json`, to see which task is the long one).
 */
export type LongTaskSummary = { count: number; max: number; durations?: number[] };

/** What the Chromium part measured at one size; a missing field was not reached. */
export type ChromiumResult = {
  size: number;
  /** The step that did not come back within the time limit (the size ended there). */
  aborted: string | null;
  /** Why a step failed other than by the time limit (the size ended there). */
  failed: string | null;
  importMs?: number;
  importLongTasks?: LongTaskSummary;
  switches: { screen: string; ms: number }[];
  domElements: Record<string, number>;
  heapMb: Record<string, number>;
  editMs: number[];
  typingLongTasks?: LongTaskSummary;
  coldStartMs: number[];
  coldStartLongTasks?: LongTaskSummary;
  /** Failed requests and page errors seen (a bench of a broken page measures nothing). */
  problems: string[];
};

const env = process.env;
const STEP_TIMEOUT_S = Number(env.KOERS_BENCH_STEP_TIMEOUT_S ?? 60);
/**
 * Edits timed per size. With 7, the p95 was simply the slowest edit (the first, before the page's
 * code is warm); 20 make it a percentile. The first edit stays in: a person makes it too.
 */
const EDITS = Number(env.KOERS_BENCH_EDITS ?? 20);
const COLD_STARTS = Number(env.KOERS_BENCH_COLD_STARTS ?? 3);
const SWITCH_ROUNDS = Number(env.KOERS_BENCH_SWITCH_ROUNDS ?? 2);
/** How long the main thread must be free of long tasks before the next step starts. */
const QUIET_MS = Number(env.KOERS_BENCH_QUIET_MS ?? 1000);
const DIST = resolve(env.KOERS_BENCH_DIST ?? 'dist/renderer');
/** A folder to write a Chromium trace of the edits into (`edit-<size>.json`), for profiling. */
const TRACE_DIR = env.KOERS_BENCH_TRACE_DIR;
const YEAR = createDemoData().programmes[0]?.year ?? 2026;

/** The screens in the order the bench visits them: nav button and the heading it shows. */
const SCREENS: readonly { nav: MessageKey; heading: string }[] = [
  { nav: 'nav.capacity', heading: translate('capacity.title', { year: YEAR }) },
  { nav: 'nav.budget', heading: translate('budget.title', { year: YEAR }) },
  { nav: 'nav.versions', heading: translate('versions.title') },
  { nav: 'nav.organisation', heading: translate('org.title') },
  { nav: 'nav.data', heading: translate('data.title') },
  { nav: 'nav.decisions', heading: translate('decisions.title') },
  { nav: 'nav.scenarios', heading: translate('scenario.title') },
  { nav: 'nav.yearEnd', heading: translate('planActual.title', { year: YEAR }) },
  { nav: 'nav.settings', heading: translate('settings.title') },
  { nav: 'nav.programme', heading: translate('programme.title', { year: YEAR }) },
];

/** A step that did not come back within the time limit. */
class StepTimeout extends Error {}

/** Runs `job`, or throws StepTimeout after the step time limit (the page may be stuck). */
async function step<T>(name: string, job: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new StepTimeout(name));
    }, STEP_TIMEOUT_S * 1000);
  });
  try {
    return await Promise.race([job(), limit]);
  } finally {
    clearTimeout(timer);
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves the built renderer on 127.0.0.1 (a free port); resolves once it listens. */
async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('geen poort');
  return { server, url: `http://127.0.0.1:${String(address.port)}/` };
}

/**
 * The scaled demo with its first activities under the demo's own ids, so that importing it into
 * the app's seeded demo (same organisation, same programme) replaces those and the programme
 * holds exactly `size` activities.
 */
function benchData(size: number): DemoData {
  const demo = scaledDemo(size);
  const baseIds = createDemoData().activities.map((a) => a.id);
  const activities = demo.activities.map((a, i): Activity =>
    i < baseIds.length ? { ...a, id: baseIds[i] ?? a.id } : a,
  );
  if (size < baseIds.length) throw new Error(`kleinste maat is ${String(baseIds.length)}`);
  return { ...demo, activities };
}

/** The texts the programme screen's summary starts with when it shows all `n` activities. */
function summaryStarts(n: number): string[] {
  const words = (shown: string) =>
    translate('programme.summary', { shown, total: shown, hours: '', fte: '' }).split(' ·')[0] ??
    '';
  return [...new Set([words(String(n)), words(formatNumber(n))])];
}

/** Arms a measurement in the page, runs `act`, and returns the measured ms. */
async function measure(
  page: Page,
  until: Until | { kind: 'changed'; targets: (ElementHandle | null)[] },
  startEvent: string,
  act: () => Promise<void>,
  startTarget: ElementHandle | null = null,
): Promise<number> {
  // Element handles travel as handles; Playwright's deep argument type is not needed here.
  const arm = armUntil as unknown as (arg: unknown) => undefined;
  const arg: unknown = { startEvent, until, startTarget };
  await page.evaluate<undefined, unknown>(arm, arg);
  await act();
  return page.evaluate(
    () =>
      (window as unknown as { __koersBench: { pending: Promise<number> } }).__koersBench.pending,
  );
}

/** Waits until the main thread has been free of long tasks for QUIET_MS; returns the page's now. */
const quiet = (page: Page): Promise<number> => page.evaluate(waitQuiet, QUIET_MS);
const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());
const longTasks = (page: Page, from: number, to: number) =>
  page.evaluate(longTasksIn, { from, to });

/** The JS heap in use after a garbage collection, in MB (Chromium's own counter, via CDP). */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / 1024 / 1024;
}

/** Measures one size in a browser of its own; stops at the first step that fails. */
async function measureSize(browser: Browser, base: string, size: number, dir: string) {
  const result: ChromiumResult = {
    size,
    aborted: null,
    failed: null,
    switches: [],
    domElements: {},
    heapMb: {},
    editMs: [],
    coldStartMs: [],
    problems: [],
  };
  const data = benchData(size);
  const fileName = `Schaal ${String(size)}.koers.json`;
  const filePath = join(dir, fileName);
  await writeFile(
    filePath,
    writeProgrammeFile([data], {
      kind: 'uitwisseling',
      exportedAt: '2026-11-24T10:00:00.000Z',
      appVersion: 'bench',
    }),
  );
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    await context.addInitScript(() => {
      localStorage.setItem('koers-demo', 'concept');
    });
    await context.addInitScript(installProbe, translate('programme.tableLabel'));
    const page = await context.newPage();
    page.on('pageerror', (e) => result.problems.push(`fout in de pagina: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) result.problems.push(`${String(r.status())} ${r.url()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const nav = (key: MessageKey) =>
      page
        .getByRole('navigation', { name: translate('nav.label') })
        .getByRole('button', { name: translate(key), exact: true });
    const saved = () =>
      page
        .getByRole('status')
        .filter({ hasText: translate('notice.saved') })
        .waitFor();

    await step('start', async () => {
      await page.goto(base);
      await page.getByRole('table', { name: translate('programme.tableLabel') }).waitFor();
      await quiet(page);
    });

    // Import: the file chosen on the data screen → the notice → Programma → the list shows all.
    await step('import', async () => {
      await nav('nav.data').click();
      await page.getByRole('heading', { name: translate('data.title'), level: 1 }).waitFor();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: translate('data.import') }).click(),
      ]);
      const from = await pageNow(page);
      if (TRACE_DIR !== undefined)
        await browser.startTracing(page, {
          path: join(TRACE_DIR, `import-${String(size)}.json`),
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'disabled-by-default-v8.cpu_profiler',
            'v8.execute',
          ],
        });
      result.importMs = await measure(
        page,
        { kind: 'status', texts: summaryStarts(size) },
        'change',
        async () => {
          await chooser.setFiles(filePath);
          await page
            .getByText(translate('import.merged', { file: fileName }).split(' Toegevoegd')[0] ?? '')
            .waitFor({ timeout: 0 });
          await nav('nav.programme').click({ timeout: 0 });
        },
        chooser.element(),
      );
      await saved();
      const to = await quiet(page);
      if (TRACE_DIR !== undefined) await browser.stopTracing();
      result.importLongTasks = await longTasks(page, from, to);
    });

    // Screen switches: each nav button → its heading shown and painted; DOM and heap per screen.
    for (let round = 0; round < SWITCH_ROUNDS; round += 1) {
      for (const screen of SCREENS) {
        const name = translate(screen.nav);
        await step(`scherm ${name}`, async () => {
          const ms = await measure(page, { kind: 'heading', text: screen.heading }, 'click', () =>
            nav(screen.nav).click({ timeout: 0 }),
          );
          result.switches.push({ screen: name, ms });
          await quiet(page);
          if (round === 0) {
            result.domElements[name] = await page.evaluate(
              () => document.querySelectorAll('*').length,
            );
            result.heapMb[name] = await heapMb(cdp);
          }
        });
      }
    }

    // Edits: an hours field of the first activity in the list, a new number, Enter → the
    // editor's total, the list row and the screen summary all show the change, painted.
    const table = page.getByRole('table', { name: translate('programme.tableLabel') });
    const dialog = page.getByRole('dialog');
    const columns = await table.getByRole('columnheader').allTextContents();
    const hoursColumn = columns.findIndex((c) => c.trim().startsWith(translate('column.hours')));
    const first = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .first()
      .getByRole('button')
      .first();
    const title = ((await first.textContent()) ?? '').trim();
    const field = await step('editor openen', async () => {
      await first.click();
      await dialog.waitFor();
      const hoursFor = translate('field.hoursFor', { team: '' }).trim();
      const fields = dialog.getByRole('textbox', { name: new RegExp(`^${hoursFor} `) });
      const count = await fields.count();
      for (let i = 0; i < count; i += 1)
        if ((await fields.nth(i).inputValue()) !== '') return fields.nth(i);
      throw new Error('geen urenveld met uren in de editor');
    });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: title, exact: true }) });
    const totalWord = translate('field.totalHours', { hours: '', fte: '' }).split(' ')[0] ?? '';
    // The three views of the edit on screen: the editor's total, the list row, the summary.
    const targets = [
      dialog.getByText(new RegExp(`^${totalWord} `)),
      row.getByRole('cell').nth(hoursColumn),
      page.getByRole('status').filter({
        hasText: new RegExp(
          summaryStarts(size)
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'),
        ),
      }),
    ];
    const baseHours = Number((await field.inputValue()).replace(/\D/g, ''));
    const typingFrom = await pageNow(page);
    if (TRACE_DIR !== undefined)
      await browser.startTracing(page, {
        path: join(TRACE_DIR, `edit-${String(size)}.json`),
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.cpu_profiler',
          'v8.execute',
          'blink.user_timing',
          'IndexedDB',
        ],
      });
    for (let i = 1; i <= EDITS; i += 1) {
      await step(`wijziging ${String(i)}`, async () => {
        const handles = await Promise.all(targets.map((t) => t.elementHandle()));
        await field.click();
        await field.press('ControlOrMeta+a');
        await field.pressSequentially(String(baseHours + 10 * i));
        // Timed from the Enter that stores the number (the keystrokes before only edit the text).
        const ms = await measure(page, { kind: 'changed', targets: handles }, 'keydown', () =>
          field.press('Enter'),
        );
        result.editMs.push(ms);
        await saved();
        await quiet(page);
      });
    }
    const typingTo = await pageNow(page);
    if (TRACE_DIR !== undefined) await browser.stopTracing();
    result.typingLongTasks = await longTasks(page, typingFrom, typingTo);

    // Cold start: reload with the data in IndexedDB → the programme list shows, painted.
    const cold: LongTaskSummary = { count: 0, max: 0 };
    for (let i = 1; i <= COLD_STARTS; i += 1) {
      await step(`koude start ${String(i)}`, async () => {
        await page.reload();
        await page.waitForFunction(
          () =>
            (window as unknown as { __koersBench?: { listShownAt: number | null } }).__koersBench
              ?.listShownAt != null,
          null,
          { timeout: 0 },
        );
        result.coldStartMs.push(
          await page.evaluate(
            () =>
              (window as unknown as { __koersBench: { listShownAt: number } }).__koersBench
                .listShownAt,
          ),
        );
        const to = await quiet(page);
        const seen = await longTasks(page, 0, to);
        cold.count += seen.count;
        cold.max = Math.max(cold.max, seen.max);
      });
    }
    result.coldStartLongTasks = cold;
  } catch (error) {
    if (error instanceof StepTimeout) result.aborted = error.message;
    else
      result.failed = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  } finally {
    // A page stuck on its main thread may not close politely: give up waiting after a while.
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
  }
  return result;
}

const out = process.argv[2];
if (out === undefined) throw new Error('gebruik: chromium.mjs <uitvoer.json>');
const sizes = (env.KOERS_BENCH_SIZES ?? '100,500,2000,5000,20000').split(',').map(Number);
const { server, url } = await serve();
const dir = await mkdtemp(join(tmpdir(), 'koers-bench-'));
const results: ChromiumResult[] = [];
try {
  for (const size of sizes) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const r = await measureSize(browser, url, size, dir);
      results.push(r);
      for (const p of r.problems) process.stderr.write(`chromium ${String(size)}: ${p}\n`);
      process.stdout.write(
        `chromium ${String(size)}: ${r.aborted ? `afgebroken bij ${r.aborted}` : r.failed ? `mislukt: ${r.failed}` : 'klaar'}\n`,
      );
    } finally {
      await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]);
    }
    await writeFile(out, JSON.stringify(results, null, 2));
  }
} finally {
  server.close();
  await rm(dir, { recursive: true, force: true });
}
