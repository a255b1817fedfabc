/**
 * The data path in Chromium (issue 11, bundled by tests/bench/data-path.mjs): cold start of a
 * programme from IndexedDB, the re-read a write's echo costs, and an import, on the scaled demo.
 * Timings are reported, never asserted.
 */
import { watchProgrammeData } from '../../renderer/db/live';
import { scaledDemo } from '../../shared/demo/scaled';
import {
  readProgrammeFile,
  readProgrammeFileInSteps,
  writeProgrammeFile,
} from '../../shared/file/programme-file';
import { planImport } from '../../shared/file/restore-plan';
import { KoersDb } from '../../renderer/db/koers-db';
import { seedIfEmpty } from '../../renderer/db/seed';
import { loadProgrammeData } from '../../renderer/db/repositories/programme-data';
import { applyDeltas, changesToDeltas, parseRows } from '../../renderer/db/repositories/rows';
import { readTableRows } from '../../renderer/db/repositories/bundle';
import { TABLE_NAMES } from '../../shared/domain/tables';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

/** Times one async job in ms. */
async function time(job: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await job();
  return performance.now() - t0;
}

/** Every figure for one size. */
async function measure(n: number): Promise<Record<string, number>> {
  const demo = scaledDemo(n);
  const name = `bench-${String(n)}-${String(performance.now())}`;
  let db = new KoersDb(name);
  await db.open();
  await seedIfEmpty(db, demo);
  db.close();
  // Cold start: a new connection, the programme read and parsed, and the versions.
  db = new KoersDb(name);
  await db.open();
  const cold = await time(async () => {
    await loadProgrammeData(db, null);
    parseRows('versions', await db.versions.toArray());
  });
  // The echo of one edit: the watcher re-runs loadProgrammeData after the write.
  const rereads: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const id = demo.activities[i]?.id ?? '';
    await db.transaction(
      'rw',
      TABLE_NAMES.map((t) => db.table(t)),
      () =>
        applyDeltas(
          db,
          [
            {
              table: 'activities',
              key: id,
              op: 'update',
              fields: [{ path: ['title'], before: null, after: `Bewerkt ${String(i)}` }],
            },
          ] as never,
          'exact',
        ),
    );
    rereads.push(await time(() => loadProgrammeData(db, null)));
  }
  // The same, as the app sees it: the programme watcher, from the write to its new data.
  const programmeId = demo.programmes[0]?.id ?? null;
  let emitted: () => void = () => undefined;
  const stop = watchProgrammeData(
    db,
    programmeId,
    () => {
      emitted();
    },
    (error) => {
      throw error;
    },
  );
  await new Promise<void>((resolve) => {
    emitted = resolve;
  });
  const echoes: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const id = demo.activities[i + 10]?.id ?? '';
    const arrived = new Promise<void>((resolve) => {
      emitted = resolve;
    });
    const t0 = performance.now();
    await db.transaction(
      'rw',
      TABLE_NAMES.map((t) => db.table(t)),
      () =>
        applyDeltas(
          db,
          [
            {
              table: 'activities',
              key: id,
              op: 'update',
              fields: [{ path: ['title'], before: null, after: `Live ${String(i)}` }],
            },
          ] as never,
          'exact',
        ),
    );
    await arrived;
    echoes.push(performance.now() - t0);
  }
  stop();
  const rawRead = await time(() =>
    db.activities
      .where('programmeId')
      .equals(programmeId ?? '')
      .toArray(),
  );
  await db.delete();
  // Import into an empty database: read the file, plan, write (one transaction, as undoable does).
  const text = writeProgrammeFile([demo], {
    kind: 'uitwisseling',
    exportedAt: '2026-03-02T09:00:00.000Z',
    appVersion: 'bench',
  });
  const target = new KoersDb(`${name}-import`);
  await target.open();
  const p0 = performance.now();
  JSON.parse(text);
  const jsonParseMs = performance.now() - p0;
  // The longest step of the file read in steps (what holds the main thread at once).
  let longestStepMs = 0;
  let mark = performance.now();
  await readProgrammeFileInSteps('bench.koers.json', text, () => {
    longestStepMs = Math.max(longestStepMs, performance.now() - mark);
    return new Promise((resolve) => {
      setTimeout(() => {
        mark = performance.now();
        resolve();
      }, 0);
    });
  });
  longestStepMs = Math.max(longestStepMs, performance.now() - mark);
  const t0 = performance.now();
  const file = readProgrammeFile('bench.koers.json', text);
  const readMs = performance.now() - t0;
  if (!file.ok) throw new Error('file not read');
  let deltas: ReturnType<typeof changesToDeltas> = [];
  const planMs = await time(async () => {
    const plan = planImport(await readTableRows(target), file.value, {
      separate: false,
      newId: () => crypto.randomUUID(),
    });
    deltas = changesToDeltas(plan.changes);
  });
  const writeMs = await time(() =>
    target.transaction(
      'rw',
      [...TABLE_NAMES.map((t) => target.table(t)), target.history],
      async () => {
        await applyDeltas(target, deltas, 'exact');
        await target.history.add({
          owner: 'bench',
          state: 'done',
          label: { key: 'history.import' },
          deltas,
          visit: null,
          at: 0,
          journal: [],
        } as never);
      },
    ),
  );
  const loadMs = await time(() => loadProgrammeData(target, null));
  await target.delete();
  return {
    n,
    coldMs: cold,
    rereadMedianMs: median(rereads),
    rereadMaxMs: Math.max(...rereads),
    rawReadMs: rawRead,
    liveEchoMs: median(echoes),
    importReadMs: readMs,
    jsonParseMs,
    longestReadStepMs: longestStepMs,
    importPlanMs: planMs,
    importWriteMs: writeMs,
    importLoadMs: loadMs,
    importTotalMs: readMs + planMs + writeMs + loadMs,
  };
}

(window as unknown as Record<string, unknown>)['benchDataPath'] = async (sizes: number[]) => {
  const out: Record<string, number>[] = [];
  for (const n of sizes) out.push(await measure(n));
  return out;
};
