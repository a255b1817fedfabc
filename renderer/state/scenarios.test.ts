import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import highsLoader from 'highs';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { adoptedBundle } from '../../shared/demo/life-cycle';
import { snapshotOf } from '../../shared/domain/snapshot';
import { highsSolver } from '../../shared/planning/selection-highs';
import type { ScenarioBase } from '../../shared/domain/review';
import { applyScenario } from '../../shared/scenario/apply';
import { versionSnapshot } from '../../shared/file/version-content';
import { conflictKey } from '../../shared/scenario/edit';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { forceMany, setField, type CommandCall } from './commands/calls';
import { createKoersStore, type KoersStore } from './store';
import { watchLineMoves } from './line-moves';
import { Journal, memoryStorage } from './journal';

const demo = createDemoData();
const programme = demo.programmes[0]!;
const own = demo.activities.filter((a) => a.programmeId === programme.id);
const discretionary = own.filter((a) => a.commitment === 'discretionair');
const team = demo.teams[0]!;
const demoSnapshot = () => snapshotOf(demo)!;

let db: KoersDb | null = null;
let counter = 0;

/** A store over a fresh database with the demo (adopted on 9 October 2025 when asked). */
async function open(adopted = false): Promise<{ db: KoersDb; store: KoersStore }> {
  db = new KoersDb(`koers-scenarios-${String(++counter)}`);
  await db.open();
  const bundle = adopted
    ? adoptedBundle(demo, programme.id, {
        id: 'v-adopted',
        name: 'Vastgesteld',
        note: '',
        savedAt: '2025-10-09T10:00:00.000Z',
        author: 'Strategie',
        on: '2025-10-09',
      }).bundle
    : demo;
  await seedIfEmpty(db, bundle);
  const store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => Date.UTC(2026, 2, 3, 9, 30),
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, null));
  store.getState().setVersions(await db.versions.toArray());
  return { db, store };
}

afterEach(async () => {
  await db?.delete();
  db = null;
});

/** Every row of the tables a scenario could reach, as stored (bytes: JSON). */
async function programmeRows(d: KoersDb): Promise<string> {
  return JSON.stringify({
    programmes: await d.programmes.toArray(),
    activities: await d.activities.toArray(),
    teams: await d.teams.toArray(),
    versions: await d.versions.toArray(),
    amendments: await d.amendments.toArray(),
  });
}

/** Makes a scenario on a base and opens it. */
async function openScenario(
  store: KoersStore,
  base: ScenarioBase = { kind: 'programme' },
): Promise<string> {
  const id = await store.getState().createScenario('Asielpact zonder extra middelen', base);
  expect(id).not.toBeNull();
  expect(store.getState().openScenario(id)).toBe(true);
  return id!;
}

/** A command a person can give on the programme's screens. */
const command = fc.oneof(
  fc
    .record({ i: fc.nat(own.length - 1), title: fc.string({ minLength: 1, maxLength: 20 }) })
    .map(({ i, title }) => setField('activities', own[i]!.id, ['title'], `T ${title.trim()}x`)),
  fc
    .record({ i: fc.nat(discretionary.length - 1), mode: fc.constantFrom('in', 'out' as const) })
    .map(({ i, mode }) => forceMany([[discretionary[i]!.id, { mode, reason: 'Waarom niet' }]])),
  fc.record({ i: fc.nat(own.length - 1) }).map(({ i }) => forceMany([], [own[i]!.id])),
  fc
    .integer({ min: 1_000_000, max: 20_000_000 })
    .map((frame) => setField('programmes', programme.id, ['budget', 'frameCents'], frame * 100)),
  fc
    .record({ i: fc.nat(own.length - 1), on: fc.boolean() })
    .map(({ i, on }) => setField('activities', own[i]!.id, ['fundingConditional'], on)),
);

describe('editing inside a scenario', () => {
  it('never alters its base, through any command; taking it over is applying its changes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 6 }), async (calls) => {
        const { db: d, store } = await open();
        const id = await openScenario(store);
        const before = await programmeRows(d);
        for (const call of calls) await store.getState().dispatch(call, { quiet: true });
        // The programme's rows are byte-identical; what changed lives in the scenario.
        expect(await programmeRows(d)).toBe(before);
        const scenario = (await d.scenarios.get(id))!;
        const live = (await loadProgrammeData(d, programme.id))!;
        const expected = applyScenario(live, scenario.changes);
        expect(store.getState().data).toEqual(expected);
        // Overnemen is applying the changes: the programme becomes the scenario, in one step.
        store.getState().openScenario(null);
        expect((await store.getState().promoteScenario(id)).ok).toBe(true);
        const promoted = (await loadProgrammeData(d, programme.id))!;
        expect(promoted.programme).toEqual(expected.programme);
        expect(promoted.activities).toEqual(expected.activities);
        await store.getState().undo();
        expect(await programmeRows(d)).toBe(before);
        await d.delete();
      }),
      { numRuns: 12 },
    );
  });

  it('shows the scenario on every screen, one step per command on the scenarios table', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    const target = own[0]!;
    const steps = store.getState().history.past.length;
    const result = await store
      .getState()
      .dispatch(setField('activities', target.id, ['title'], 'Anders in het scenario'));
    expect(result.ok).toBe(true);
    const shown = store.getState().data!.activities.find((a) => a.id === target.id)!;
    expect(shown.title).toBe('Anders in het scenario');
    expect(store.getState().liveData!.activities.find((a) => a.id === target.id)!.title).toBe(
      target.title,
    );
    const past = store.getState().history.past;
    expect(past).toHaveLength(steps + 1);
    expect(past.at(-1)!.deltas.map((x) => x.table)).toEqual(['scenarios']);
    expect((await d.scenarios.get(id))!.changes).toHaveLength(1);
    // Undo is an ordinary step on the scenario row.
    await store.getState().undo();
    expect((await d.scenarios.get(id))!.changes).toEqual([]);
    expect(store.getState().data!.activities.find((a) => a.id === target.id)!.title).toBe(
      target.title,
    );
    // Closed, every screen shows the programme again.
    store.getState().openScenario(null);
    expect(store.getState().data).toBe(store.getState().liveData);
  });

  it('adds and deletes activities inside the scenario only, and undo takes each back', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    const before = await programmeRows(d);
    const added = await store.getState().addActivity({});
    expect(added).not.toBeNull();
    expect(await store.getState().deleteActivity(own[0]!.id)).toBe(true);
    expect(await programmeRows(d)).toBe(before);
    const shown = store.getState().data!.activities.map((a) => a.id);
    expect(shown).toContain(added);
    expect(shown).not.toContain(own[0]!.id);
    expect((await d.scenarios.get(id))!.changes.map((c) => c.op).sort()).toEqual([
      'delete',
      'insert',
    ]);
    await store.getState().undo();
    await store.getState().undo();
    expect((await d.scenarios.get(id))!.changes).toEqual([]);
  });

  it('refuses a command outside the scenario (a team, adopting) and writes nothing', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    const before = await programmeRows(d);
    const result = await store
      .getState()
      .dispatch(setField('teams', team.id, ['name'], 'Ander team'), { quiet: true });
    expect(result).toMatchObject({ ok: false, error: { key: 'scenario.outside' } });
    const adopt = await store
      .getState()
      .dispatch(
        setField('programmes', programme.id, ['adoption'], { versionId: 'v-1', on: '2026-03-03' }),
        { quiet: true },
      );
    expect(adopt).toMatchObject({ ok: false, error: { key: 'scenario.lifeCycle' } });
    expect(await programmeRows(d)).toBe(before);
    expect((await d.scenarios.get(id))!.changes).toEqual([]);
  });
});

describe('an adopted programme and its scenarios', () => {
  it('an adopted version cannot change through a scenario, and no reason is asked', async () => {
    const { db: d, store } = await open(true);
    for (const base of [{ kind: 'programme' as const }, { kind: 'adopted' as const }]) {
      const id = await store.getState().createScenario(`Basis ${base.kind}`, base);
      store.getState().openScenario(id);
      const before = await programmeRows(d);
      const result = await store
        .getState()
        .dispatch(setField('activities', own[1]!.id, ['title'], `Scenario op ${base.kind}`));
      expect(result.ok).toBe(true);
      expect(store.getState().amendmentRequest).toBeNull();
      // The version, the programme and the amendment log are untouched.
      expect(await programmeRows(d)).toBe(before);
      expect(store.getState().data!.activities.find((a) => a.id === own[1]!.id)!.title).toBe(
        `Scenario op ${base.kind}`,
      );
    }
  });

  it('taking a scenario over asks the amendment reason, like every change', async () => {
    const { db: d, store } = await open(true);
    const id = await openScenario(store);
    await store.getState().dispatch(setField('activities', own[2]!.id, ['title'], 'Overgenomen'));
    store.getState().openScenario(null);
    const promotion = store.getState().promoteScenario(id);
    await expect.poll(() => store.getState().amendmentRequest).not.toBeNull();
    store.getState().amendmentRequest!.answer({ reason: 'overig', explanation: 'Scenario' });
    expect((await promotion).ok).toBe(true);
    expect((await d.activities.get(own[2]!.id))!.title).toBe('Overgenomen');
    expect(await d.amendments.count()).toBe(1);
  });
});

describe('Overnemen', () => {
  it('promote = applying the changes, in one step that undo takes back', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    const calls: CommandCall[] = [
      setField('activities', own[3]!.id, ['title'], 'Nieuw in het scenario'),
      forceMany([[discretionary[0]!.id, { mode: 'out', reason: 'Geen ruimte' }]]),
      setField('programmes', programme.id, ['budget', 'frameCents'], 1_500_000_000),
    ];
    for (const call of calls) expect((await store.getState().dispatch(call)).ok).toBe(true);
    const scenario = (await d.scenarios.get(id))!;
    const base = (await loadProgrammeData(d, programme.id))!;
    const before = await programmeRows(d);
    const expected = applyScenario(base, scenario.changes);
    expect(store.getState().promotePreview(id)).toMatchObject({ rows: 3, conflicts: [] });
    expect((await store.getState().promoteScenario(id)).ok).toBe(true);
    const after = (await loadProgrammeData(d, programme.id))!;
    expect(after.programme).toEqual(expected.programme);
    expect(after.activities).toEqual(expected.activities);
    // Closed after the promotion: the programme is on screen, and is the scenario.
    expect(store.getState().openScenarioId).toBeNull();
    await store.getState().undo();
    expect(await programmeRows(d)).toBe(before);
  });

  it('lists the fields changed on both sides, and applies each as chosen', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    const [a, b] = [own[4]!, own[5]!];
    await store.getState().dispatch(setField('activities', a.id, ['title'], 'Scenario A'));
    await store.getState().dispatch(setField('activities', b.id, ['title'], 'Scenario B'));
    store.getState().openScenario(null);
    // Meanwhile the programme changed both titles.
    await store.getState().dispatch(setField('activities', a.id, ['title'], 'Programma A'));
    await store.getState().dispatch(setField('activities', b.id, ['title'], 'Programma B'));
    const preview = store.getState().promotePreview(id)!;
    expect(preview.conflicts.map((c) => [c.key, c.path, c.now, c.after])).toEqual([
      [a.id, ['title'], 'Programma A', 'Scenario A'],
      [b.id, ['title'], 'Programma B', 'Scenario B'],
    ]);
    const choices = new Map([
      [conflictKey(preview.conflicts[0]!), 'scenario' as const],
      [conflictKey(preview.conflicts[1]!), 'programme' as const],
    ]);
    expect((await store.getState().promoteScenario(id, choices)).ok).toBe(true);
    expect((await d.activities.get(a.id))!.title).toBe('Scenario A');
    expect((await d.activities.get(b.id))!.title).toBe('Programma B');
  });
});

describe('quick scenarios', () => {
  it('a force as a scenario leaves the programme as it is, and is offered to open', async () => {
    const { db: d, store } = await open();
    const before = await programmeRows(d);
    const target = discretionary[1]!;
    const id = await store.getState().quickScenario('Erin gezet', {
      call: forceMany([[target.id, { mode: 'in', reason: 'Signaal' }]]),
    });
    expect(await programmeRows(d)).toBe(before);
    expect(store.getState().scenarioOffer).toEqual({ id, name: 'Erin gezet' });
    const scenario = (await d.scenarios.get(id!))!;
    expect(scenario.changes).toEqual([
      {
        table: 'activities',
        key: target.id,
        op: 'update',
        fields: [
          { path: ['force'], before: target.force, after: { mode: 'in', reason: 'Signaal' } },
        ],
      },
    ]);
  });

  it('a taakstelling as a scenario lowers the frame and the staffing it pays', async () => {
    const { db: d, store } = await open();
    const before = await programmeRows(d);
    const id = await store
      .getState()
      .quickScenario('Taakstelling 5%', { taskCut: { kind: 'percent', share: 0.05 } });
    expect(await programmeRows(d)).toBe(before);
    store.getState().openScenario(id);
    const shown = store.getState().data!.programme;
    expect(shown.budget.frameCents).toBe(Math.round(programme.budget.frameCents * 0.95));
    const staffed = (p: typeof shown) => p.capacity.teams.reduce((s, t) => s + t.staffedFte, 0);
    expect(staffed(shown)).toBeLessThanOrEqual(staffed(programme));
  });
});

describe('what crossed the line, in a scenario', () => {
  it('opening or closing a scenario moves nothing; a step inside it says what fell below', async () => {
    const { store } = await open();
    const stop = watchLineMoves(store);
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const id = await store
      .getState()
      .quickScenario('Taakstelling 5%', { taskCut: { kind: 'percent', share: 0.05 } });
    store.getState().dismissNotice();
    // The step made the scenario; opening it right after is no step of the programme.
    store.getState().openScenario(id);
    await settle();
    expect(store.getState().notice?.groups).toBeUndefined();
    store.getState().openScenario(null);
    await settle();
    expect(store.getState().notice?.groups).toBeUndefined();
    // Inside the scenario a step says what crossed its line.
    store.getState().openScenario(id);
    await store
      .getState()
      .dispatch(setField('programmes', programme.id, ['budget', 'frameCents'], 1_000_000_000));
    await store
      .getState()
      .dispatch(
        setField(
          'programmes',
          programme.id,
          ['capacity', 'teams', { by: 'teamId', id: team.id }, 'staffedFte'],
          0,
        ),
      );
    await settle();
    expect(store.getState().notice?.groups?.[0]?.label).toEqual({ key: 'moved.down' });
    stop();
  });
});

describe('the journal', () => {
  it('replays a change typed inside a scenario into that scenario, never into the programme', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    const before = await programmeRows(d);
    const storage = memoryStorage();
    // The page went while a field inside the scenario held typed text.
    new Journal(storage, 'w1', () => 1000).put('field-title', {
      call: setField('activities', own[0]!.id, ['title'], 'Getypt in het scenario'),
      label: { key: 'history.edit' },
      visit: null,
      scenarioId: id,
    });
    const next = createKoersStore({
      db: d,
      newId: () => `next-${String(++counter)}`,
      now: () => Date.UTC(2026, 2, 4, 9, 0),
      loadSolver: async () => highsSolver(await highsLoader()),
      host: memoryHost().host,
      owner: 'w1',
      journal: new Journal(storage, 'w1', () => 2000),
    });
    await next.getState().recover();
    expect(await programmeRows(d)).toBe(before);
    const scenario = (await d.scenarios.get(id))!;
    expect(
      applyScenario(demoSnapshot(), scenario.changes).activities.find((a) => a.id === own[0]!.id)!
        .title,
    ).toBe('Getypt in het scenario');
    expect(next.getState().openScenarioId).toBeNull();
  });
});

describe('the list of scenarios', () => {
  it('renames (an empty name refused in Dutch) and undo gives the old name back', async () => {
    const { db: d, store } = await open();
    const id = await openScenario(store);
    expect((await store.getState().renameScenario(id, 'Asielpact, geen geld')).ok).toBe(true);
    expect(store.getState().scenarios.find((x) => x.id === id)!.name).toBe('Asielpact, geen geld');
    const empty = await store.getState().renameScenario(id, '   ');
    expect(empty.ok).toBe(false);
    expect(store.getState().notice?.tone).toBe('error');
    expect((await d.scenarios.get(id))!.name).toBe('Asielpact, geen geld');
    await store.getState().undo();
    expect((await d.scenarios.get(id))!.name).toBe('Asielpact zonder extra middelen');
  });

  it('a scenario on a saved version shows that version changed, and alters neither it nor the programme', async () => {
    const { db: d, store } = await open();
    expect((await store.getState().saveVersion('Concept MT', '')).ok).toBe(true);
    const version = (await d.versions.toArray())[0]!;
    // The programme moves on after the version was saved.
    await store.getState().dispatch(setField('activities', own[0]!.id, ['title'], 'Later'));
    const id = await store
      .getState()
      .createScenario('Op de versie', { kind: 'version', versionId: version.id });
    expect(store.getState().openScenario(id)).toBe(true);
    const before = await programmeRows(d);
    await store
      .getState()
      .dispatch(setField('activities', own[1]!.id, ['title'], 'In het scenario'));
    expect(await programmeRows(d)).toBe(before);
    const frozen = versionSnapshot(version);
    if (!frozen.ok) throw new Error('version unreadable');
    const shown = store.getState().data!;
    expect(shown).toEqual(applyScenario(frozen.value, (await d.scenarios.get(id!))!.changes));
    // The version's title, not the programme's later one; the scenario's own edit.
    expect(shown.activities.find((a) => a.id === own[0]!.id)!.title).toBe(own[0]!.title);
    expect(shown.activities.find((a) => a.id === own[1]!.id)!.title).toBe('In het scenario');
  });
});
