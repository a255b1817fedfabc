import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import type { GapAdvice } from '../../shared/budget/gap-levers';
import { cents, hours } from '../../shared/domain/units';
import type { Selection } from '../../shared/planning/selection';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData, type ProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { formatGap } from '../features/capacity/BestSelection';
import { DEFAULT_SOLVER_SETTINGS } from '../platform/solver-settings';
import type { SelectionProblem, SolverClient } from './solver/client';
import { planningOf } from './planning';
import { createKoersStore, type KoersStore } from './store';

/** A run the fake solver was asked for; the test decides when and how it ends. */
type Call = {
  readonly problem: SelectionProblem;
  readonly signal: AbortSignal;
  readonly improve: (s: Selection) => void;
  readonly answer: (s: Selection) => void;
};

/**
 * A solver client that answers only when told, and (unlike the worker) keeps running when
 * aborted: the slice itself must drop an older run's answer.
 */
function fakeClient() {
  const calls: Call[] = [];
  const advice: { answer: (a: GapAdvice) => void; signal: AbortSignal }[] = [];
  const client: SolverClient = {
    select: (problem, signal, onImproved) =>
      new Promise<Selection>((resolve) => {
        calls.push({ problem, signal, improve: (s) => onImproved?.(s), answer: resolve });
      }),
    gapAdvice: (_p, _a, signal) =>
      new Promise<GapAdvice>((resolve) => {
        advice.push({ answer: resolve, signal });
      }),
  };
  return { client, calls, advice };
}

const answer = (ids: string[], status: Selection['status'], gap: number): Selection => ({
  selected: new Set(ids),
  totalScore: ids.length,
  status,
  gap,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds (at most 2 s). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await sleep(10);
  expect(check()).toBe(true);
}

/** The data with one discretionary activity's hours changed: another selection problem. */
function withHours(data: ProgrammeData, h: number): ProgrammeData {
  const i = data.activities.findIndex(
    (a) => a.commitment === 'discretionair' && a.allocations.length > 0,
  );
  const a = data.activities[i]!;
  const changed = {
    ...a,
    allocations: a.allocations.map((x, k) => (k === 0 ? { ...x, hours: hours(h) } : x)),
  };
  return { ...data, activities: data.activities.map((x, k) => (k === i ? changed : x)) };
}

const DEBOUNCE = 60;
let db: KoersDb;
let store: KoersStore;
let fake: ReturnType<typeof fakeClient>;
let data: ProgrammeData;

beforeEach(async () => {
  db = new KoersDb(`selection-slice-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  fake = fakeClient();
  store = createKoersStore({
    db,
    newId: () => 'id',
    now: () => 0,
    solver: fake.client,
    host: memoryHost().host,
  });
  store.getState().setSolverSettings({ ...DEFAULT_SOLVER_SETTINGS, debounceMs: DEBOUNCE });
  data = (await loadProgrammeData(db, null))!;
});
afterEach(async () => {
  await db.delete();
});

describe('the best selection in the solver client', () => {
  it('waits for the pause: edits in quick succession make one run, for the last problem', async () => {
    store.getState().setData(withHours(data, 101));
    store.getState().setData(withHours(data, 102));
    const last = withHours(data, 103);
    store.getState().setData(last);
    expect(store.getState().selectionBusy).toBe(true);
    await sleep(DEBOUNCE / 3);
    expect(fake.calls).toHaveLength(0);
    await until(() => fake.calls.length === 1);
    await sleep(DEBOUNCE * 2);
    expect(fake.calls).toHaveLength(1);
    // The store keeps unchanged parts of the data it had (sharedProgrammeData): its own object.
    const shown = store.getState().data!;
    expect(shown.activities).toEqual(last.activities);
    expect(fake.calls[0]!.problem.candidates).toBe(planningOf(shown).candidates);
    expect(planningOf(last).candidates).not.toEqual(planningOf(withHours(data, 102)).candidates);
    expect(fake.calls[0]!.problem.options).toEqual({
      timeLimitSeconds: DEFAULT_SOLVER_SETTINGS.timeLimitSeconds,
      relativeGap: DEFAULT_SOLVER_SETTINGS.relativeGap,
    });
  });

  it('drops a stale run: a newer problem aborts it and its late answer is never shown', async () => {
    const first = withHours(data, 201);
    store.getState().setData(first);
    await until(() => fake.calls.length === 1);
    store.getState().setData(withHours(data, 202));
    const second = store.getState().data!;
    expect(fake.calls[0]!.signal.aborted).toBe(true);
    fake.calls[0]!.answer(answer(['old'], 'optimal', 0));
    await until(() => fake.calls.length === 2);
    expect(store.getState().selection).toBeNull();
    fake.calls[1]!.answer(answer(['new'], 'optimal', 0));
    await until(() => store.getState().selection !== null);
    expect([...store.getState().selection!.result.selected]).toEqual(['new']);
    expect(store.getState().selection!.data).toBe(second);
    expect(store.getState().selectionBusy).toBe(false);
  });

  it('shows a time-limit answer with its gap, streams improving sets, and keeps the answer visible while a newer one runs', async () => {
    const first = withHours(data, 301);
    store.getState().setData(first);
    await until(() => fake.calls.length === 1);
    fake.calls[0]!.improve(answer(['a'], 'limit', 0.03));
    expect(store.getState().selection).toMatchObject({ final: false, data: first });
    expect(store.getState().selection!.result.gap).toBe(0.03);
    fake.calls[0]!.answer(answer(['a', 'b'], 'limit', 0.004));
    await until(() => store.getState().selection?.final === true);
    expect(store.getState().selection!.result).toMatchObject({ status: 'limit', gap: 0.004 });
    expect(formatGap(0.004)).toBe('0,4%');
    expect(formatGap(0.0041)).toBe('0,5%');
    expect(formatGap(0.0004)).toBe('0,04%');
    // A newer problem: the older answer stays, for the older data, while the run waits.
    const second = withHours(data, 302);
    store.getState().setData(second);
    expect(store.getState().selectionBusy).toBe(true);
    expect(store.getState().selection!.data).toBe(first);
    expect([...store.getState().selection!.result.selected]).toEqual(['a', 'b']);
    // Back to the first problem: its answer is reused, no new run.
    const before = fake.calls.length;
    store.getState().setData(withHours(data, 301));
    expect(store.getState().selectionBusy).toBe(false);
    expect(store.getState().selection!.result.gap).toBe(0.004);
    await sleep(DEBOUNCE * 2);
    expect(fake.calls).toHaveLength(before);
  });

  it('computes the gap advice in the client for the data shown; a newer data drops the older run', async () => {
    store.getState().setData(data);
    const firstRun = store.getState().refreshGapAdvice();
    await until(() => fake.advice.length === 1);
    const next = withHours(data, 401);
    store.getState().setData(next);
    const secondRun = store.getState().refreshGapAdvice();
    expect(fake.advice[0]!.signal.aborted).toBe(true);
    fake.advice[0]!.answer({ deficit: cents(1), suggestions: [] });
    await firstRun;
    expect(store.getState().gapAdvice).toBeNull();
    await until(() => fake.advice.length === 2);
    fake.advice[1]!.answer({ deficit: cents(2), suggestions: [] });
    await secondRun;
    expect(store.getState().gapAdvice).toMatchObject({ data: next, advice: { deficit: 2 } });
    expect(store.getState().gapAdviceBusy).toBe(false);
  });
});
