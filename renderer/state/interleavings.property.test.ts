import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import type { Activity, Programme } from '../../shared/domain/schemas';
import { KoersDb } from '../db/koers-db';
import { seedIfEmpty } from '../db/seed';
import { setField, type CommandCall } from './commands/calls';
import { Journal, memoryStorage, type JournalStorage } from './journal';
import { createKoersStore, type KoersStore } from './store';
import type { DispatchResult } from './types';

/**
 * Issue 8, "Done when": random interleavings of keystrokes, commits, undo, redo, reload and a
 * second window, checked against a model. Two windows are two stores, each over its own
 * connection to ONE IndexedDB database (fake-indexeddb) and each with its own journal over ONE
 * synchronous storage (as localStorage is shared between windows). The model keeps the stored
 * value of a few fields and each window's undo and redo stacks, with the rule that undo and redo
 * change a field only while it holds what the step left. After every command the database equals
 * the model.
 */

const ACTIVITY_0 = 'act-2026-signalering';
const ACTIVITY_1 = 'act-2026-jeugdstrafrechtketen';
const TEAM_A = 'team-jeugd';
const TEAM_B = 'team-signalering';

type FieldId = 'title0' | 'title1' | 'hoursA' | 'hoursB' | 'frame';
type Value = string | number;

type Stored = { a0: Activity; a1: Activity; programme: Programme };

const hoursOf = (a: Activity, team: string): number =>
  a.allocations.filter((x) => x.teamId === team).reduce((s, x) => s + x.hours, 0);

/** Each field: the command its form field sends, and where its value is stored. */
const FIELDS: Record<
  FieldId,
  {
    call: (v: Value, programmeId: string) => CommandCall;
    read: (s: Stored) => Value;
    values: fc.Arbitrary<Value>;
  }
> = {
  title0: {
    call: (v) => setField('activities', ACTIVITY_0, ['title'], v),
    read: (s) => s.a0.title,
    values: fc.constantFrom('Titel A', 'Titel B', 'Titel C'),
  },
  title1: {
    call: (v) => setField('activities', ACTIVITY_1, ['title'], v),
    read: (s) => s.a1.title,
    values: fc.constantFrom('Titel A', 'Titel B', 'Titel C'),
  },
  hoursA: {
    call: (v) => ({ name: 'activity/team-hours', args: [ACTIVITY_1, TEAM_A, v as number] }),
    read: (s) => hoursOf(s.a1, TEAM_A),
    values: fc.constantFrom(0, 100, 250, 800),
  },
  hoursB: {
    call: (v) => ({ name: 'activity/team-hours', args: [ACTIVITY_1, TEAM_B, v as number] }),
    read: (s) => hoursOf(s.a1, TEAM_B),
    values: fc.constantFrom(0, 100, 250, 800),
  },
  frame: {
    call: (v, programmeId) => setField('programmes', programmeId, ['budget', 'frameCents'], v),
    read: (s) => s.programme.budget.frameCents,
    values: fc.constantFrom(100_000_00, 200_000_00, 1_622_800_000),
  },
};
const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

// ---------------------------------------------------------------------------------------------
// The model

type ModelChange = { field: FieldId; before: Value; after: Value };
type ModelStep = { visit: string | null; changes: ModelChange[] };
type Pending = { field: FieldId; value: Value; order: number };
type ModelWindow = {
  past: ModelStep[];
  future: ModelStep[];
  /** Field slots of the journal: the valid value typed and not yet committed. */
  slots: Map<FieldId, Pending>;
  /** Commits sent and not yet awaited, in order. */
  inflight: (Pending & { visit: string })[];
  /** The current visit to each field (null: none yet). */
  visits: Map<FieldId, string>;
  order: number;
};
type Model = { values: Record<FieldId, Value>; windows: [ModelWindow, ModelWindow] };

const newModelWindow = (): ModelWindow => ({
  past: [],
  future: [],
  slots: new Map(),
  inflight: [],
  visits: new Map(),
  order: 0,
});

/** A command lands: a new step, or merged into the last one of the same visit. */
function modelCommit(m: Model, w: 0 | 1, field: FieldId, value: Value, visit: string | null) {
  const before = m.values[field];
  if (before === value) return;
  m.values[field] = value;
  const win = m.windows[w];
  const last = win.past.at(-1);
  if (visit !== null && last !== undefined && last.visit === visit) {
    const old = last.changes.find((c) => c.field === field);
    const changes = old
      ? last.changes.map((c) => (c.field === field ? { ...c, after: value } : c))
      : [...last.changes, { field, before, after: value }];
    win.past[win.past.length - 1] = {
      visit,
      changes: changes.filter((c) => c.before !== c.after),
    };
  } else win.past.push({ visit, changes: [{ field, before, after: value }] });
  win.future = [];
}

/** Undo or redo of a step: each field changes only while it holds what the step left. */
function modelReplay(m: Model, step: ModelStep, direction: 'undo' | 'redo') {
  const changes = direction === 'undo' ? [...step.changes].reverse() : step.changes;
  for (const c of changes) {
    const [from, to] = direction === 'undo' ? [c.after, c.before] : [c.before, c.after];
    if (m.values[c.field] === from) m.values[c.field] = to;
  }
}

// ---------------------------------------------------------------------------------------------
// The real system

type RealWindow = {
  owner: string;
  db: KoersDb;
  store: KoersStore;
  /** This page's view of the shared storage; a closed page writes nothing more. */
  alive: { value: boolean };
  inflight: Promise<DispatchResult>[];
  visitCount: number;
};
type Real = {
  name: string;
  programmeId: string;
  shared: JournalStorage;
  observer: KoersDb;
  windows: [RealWindow, RealWindow];
};

const OWNERS = ['venster-1', 'venster-2'] as const;

/** A page's view of the shared storage: after the page is gone it writes nothing. */
function pageStorage(shared: JournalStorage, alive: { value: boolean }): JournalStorage {
  return {
    getItem: (k) => shared.getItem(k),
    setItem: (k, v) => {
      if (alive.value) shared.setItem(k, v);
    },
    removeItem: (k) => {
      if (alive.value) shared.removeItem(k);
    },
    key: (i) => shared.key(i),
    get length() {
      return shared.length;
    },
  };
}

async function openWindow(real: Pick<Real, 'name' | 'shared'>, w: 0 | 1): Promise<RealWindow> {
  const owner = OWNERS[w];
  const db = new KoersDb(real.name);
  await db.open();
  const alive = { value: true };
  let ids = 0;
  const store = createKoersStore({
    db,
    owner,
    newId: () => `${owner}-${++ids}`,
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('niet nodig')),
    host: memoryHost().host,
    liveOwners: () => Promise.resolve(new Set<string>(OWNERS)),
    journal: new Journal(pageStorage(real.shared, alive), owner),
  });
  await store.getState().recover();
  return { owner, db, store, alive, inflight: [], visitCount: 0 };
}

async function readStored(db: KoersDb, programmeId: string): Promise<Stored> {
  const [a0, a1, programme] = await Promise.all([
    db.activities.get(ACTIVITY_0),
    db.activities.get(ACTIVITY_1),
    db.programmes.get(programmeId),
  ]);
  return { a0: a0!, a1: a1!, programme: programme! };
}

async function expectEqual(m: Model, r: Real): Promise<void> {
  const stored = await readStored(r.observer, r.programmeId);
  const actual = Object.fromEntries(FIELD_IDS.map((f) => [f, FIELDS[f].read(stored)]));
  expect(actual).toEqual(m.values);
  for (const w of [0, 1] as const) {
    if (m.windows[w].inflight.length > 0) continue;
    const history = r.windows[w].store.getState().history;
    expect([history.past.length, history.future.length], `stapels van venster ${w + 1}`).toEqual([
      m.windows[w].past.length,
      m.windows[w].future.length,
    ]);
  }
}

/** Waits for a window's commits sent without waiting; each lands, in order, as the model says. */
async function settle(m: Model, r: Real, w: 0 | 1): Promise<void> {
  const results = await Promise.all(r.windows[w].inflight);
  for (const result of results) expect(result.ok).toBe(true);
  for (const p of m.windows[w].inflight) modelCommit(m, w, p.field, p.value, p.visit);
  m.windows[w].inflight = [];
  r.windows[w].inflight = [];
}

const other = (w: 0 | 1): 0 | 1 => (w === 0 ? 1 : 0);
const label = { key: 'history.edit' } as const;

// ---------------------------------------------------------------------------------------------
// The commands

/** A keystroke: the field's valid value goes into the journal under the field's slot. */
class Keystroke implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly w: 0 | 1,
    readonly field: FieldId,
    readonly value: Value,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const win = m.windows[this.w];
    win.order += 1;
    win.slots.set(this.field, { field: this.field, value: this.value, order: win.order });
    r.windows[this.w].store.getState().journal.put(`field:${this.field}`, {
      call: FIELDS[this.field].call(this.value, r.programmeId),
      label,
      visit: win.visits.get(this.field) ?? null,
    });
    await Promise.resolve();
  }
  toString = () => `keystroke(${this.w + 1}, ${this.field}, ${this.value})`;
}

/**
 * Leaving the field (or Enter): the slot leaves the journal and the value is dispatched with the
 * field's visit; `wait: false` sends it as fields.tsx does, without waiting.
 */
class Commit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly w: 0 | 1,
    readonly field: FieldId,
    readonly value: Value,
    readonly newVisit: boolean,
    readonly wait: boolean,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await settle(m, r, other(this.w));
    const win = m.windows[this.w];
    const real = r.windows[this.w];
    const value = win.slots.get(this.field)?.value ?? this.value;
    win.slots.delete(this.field);
    real.store.getState().journal.remove(`field:${this.field}`);
    let visit = win.visits.get(this.field);
    if (this.newVisit || visit === undefined) {
      real.visitCount += 1;
      visit = `${this.field}:${real.visitCount}`;
      win.visits.set(this.field, visit);
    }
    win.order += 2; // the command's own journal entry comes after the slot's
    const sent = real.store
      .getState()
      .dispatch(FIELDS[this.field].call(value, r.programmeId), { label, visit, quiet: true });
    win.inflight.push({ field: this.field, value, visit, order: win.order });
    real.inflight.push(sent);
    if (this.wait) {
      await settle(m, r, this.w);
      await expectEqual(m, r);
    }
  }
  toString = () =>
    `commit(${this.w + 1}, ${this.field}, ${this.value}${this.newVisit ? ', nieuw bezoek' : ''}${
      this.wait ? '' : ', zonder wachten'
    })`;
}

/** Ctrl+Z (k = 0), or the undo of a notice naming the k-th step from the top. */
class Undo implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly w: 0 | 1,
    readonly k: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await settle(m, r, other(this.w));
    await settle(m, r, this.w);
    const win = m.windows[this.w];
    const real = r.windows[this.w].store;
    if (this.k === 0) {
      const step = win.past.pop();
      if (step) {
        modelReplay(m, step, 'undo');
        win.future.push(step);
      }
      await real.getState().undo();
    } else {
      const at = win.past.length - 1 - this.k;
      const step = win.past[at];
      if (step) {
        modelReplay(m, step, 'undo');
        win.past.splice(at, 1);
        const seq = real.getState().history.past.at(-1 - this.k)?.seq;
        expect(seq).toBeDefined();
        await real.getState().undo(seq);
      }
    }
    await expectEqual(m, r);
  }
  toString = () => `undo(${this.w + 1}${this.k > 0 ? `, stap ${this.k} van boven` : ''})`;
}

/** Ctrl+Shift+Z. */
class Redo implements fc.AsyncCommand<Model, Real> {
  constructor(readonly w: 0 | 1) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await settle(m, r, other(this.w));
    await settle(m, r, this.w);
    const win = m.windows[this.w];
    const step = win.future.pop();
    if (step) {
      modelReplay(m, step, 'redo');
      win.past.push({ ...step, visit: null });
    }
    await r.windows[this.w].store.getState().redo();
    await expectEqual(m, r);
  }
  toString = () => `redo(${this.w + 1})`;
}

/**
 * A reload: the page goes after `ticks` turns of the event loop, whatever it was still writing
 * (its journal writes stop with it and its connection closes); a new page of the same window
 * takes over its steps and replays the journal.
 */
class Reload implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly w: 0 | 1,
    readonly ticks: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await settle(m, r, other(this.w));
    const old = r.windows[this.w];
    for (let i = 0; i < this.ticks; i += 1) await new Promise((done) => setImmediate(done));
    old.alive.value = false;
    old.db.close();
    const results = await Promise.all(old.inflight);
    const win = m.windows[this.w];
    // Writes of one window run one after another: what landed is a prefix of what was sent.
    const landed = results.findIndex((x) => !x.ok);
    const count = landed === -1 ? results.length : landed;
    expect(results.slice(count).every((x) => !x.ok)).toBe(true);
    for (const p of win.inflight.slice(0, count)) modelCommit(m, this.w, p.field, p.value, p.visit);
    const leftovers = [...win.inflight.slice(count), ...win.slots.values()].sort(
      (a, b) => a.order - b.order,
    );
    // The new page: its steps come from the database (a visit ends with the page) ...
    win.past = win.past.map((s) => ({ ...s, visit: null }));
    win.slots = new Map();
    win.inflight = [];
    win.visits = new Map();
    // ... and what did not land is replayed from the journal, each a step of its own.
    for (const p of leftovers) modelCommit(m, this.w, p.field, p.value, null);
    const fresh = await openWindow(r, this.w);
    fresh.visitCount = old.visitCount;
    r.windows[this.w] = fresh;
    await expectEqual(m, r);
  }
  toString = () => `reload(${this.w + 1}, na ${this.ticks} beurten)`;
}

const window_ = fc.constantFrom<0 | 1>(0, 1);
const fieldValue = fc
  .constantFrom(...FIELD_IDS)
  .chain((field) => fc.tuple(fc.constant(field), FIELDS[field].values));

/** Commits sent without waiting and then, at once, a reload: a person types and the page goes. */
class TypeAndReload implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly commits: readonly Commit[],
    readonly reload: Reload,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    for (const c of this.commits) await c.run(m, r);
    await this.reload.run(m, r);
  }
  toString = () => [...this.commits.map(String), String(this.reload)].join(', ');
}

const commit = fc
  .tuple(window_, fieldValue, fc.boolean(), fc.boolean())
  .map(([w, [field, value], newVisit, wait]) => new Commit(w, field, value, newVisit, wait));
const keystroke = fc
  .tuple(window_, fieldValue)
  .map(([w, [field, value]]) => new Keystroke(w, field, value));
const undo = fc.tuple(window_, fc.constantFrom(0, 0, 0, 1, 2)).map(([w, k]) => new Undo(w, k));
const reload = fc.tuple(window_, fc.nat(6)).map(([w, ticks]) => new Reload(w, ticks));

/** Commands, the common ones listed more than once so they come more often. */
const commands: fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] = [
  keystroke,
  keystroke,
  commit,
  commit,
  commit,
  undo,
  undo,
  window_.map((w) => new Redo(w)),
  reload,
  fc
    .tuple(
      window_,
      fc.array(fc.tuple(fieldValue, fc.boolean()), { minLength: 1, maxLength: 4 }),
      fc.nat(6),
    )
    .map(
      ([w, typed, ticks]) =>
        new TypeAndReload(
          typed.map(([[field, value], newVisit]) => new Commit(w, field, value, newVisit, false)),
          new Reload(w, ticks),
        ),
    ),
];

let runs = 0;

describe('two windows, random interleavings', () => {
  it('keeps the stored state equal to the model after every command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'max' }), async (cmds) => {
        runs += 1;
        const name = `interleavings-${runs}`;
        const seedDb = new KoersDb(name);
        await seedDb.open();
        await seedIfEmpty(seedDb, createDemoData());
        const programmeId = (await seedDb.activities.get(ACTIVITY_1))!.programmeId;
        const base: Pick<Real, 'name' | 'shared'> = { name, shared: memoryStorage() };
        const real: Real = {
          ...base,
          programmeId,
          observer: seedDb,
          windows: [await openWindow(base, 0), await openWindow(base, 1)],
        };
        const stored = await readStored(seedDb, programmeId);
        const values = Object.fromEntries(
          FIELD_IDS.map((f) => [f, FIELDS[f].read(stored)]),
        ) as Record<FieldId, Value>;
        const model: Model = { values, windows: [newModelWindow(), newModelWindow()] };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          // At the end, with everything awaited.
          await settle(model, real, 0);
          await settle(model, real, 1);
          await expectEqual(model, real);
        } finally {
          for (const w of real.windows) w.db.close();
          await seedDb.delete();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
