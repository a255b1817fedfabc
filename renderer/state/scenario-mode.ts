import type { Scenario, ScenarioBase, ScenarioChange } from '../../shared/domain/review';
import type { Version } from '../../shared/domain/versions';
import { versionSnapshot } from '../../shared/file/version-content';
import type { Message } from '../../shared/i18n/translate';
import { fail, ok, type Result } from '../../shared/result';
import { applyScenario } from '../../shared/scenario/apply';
import { editInScenario, sameChanges } from '../../shared/scenario/edit';
import type { KoersDb } from '../db/koers-db';
import type { ProgrammeData } from '../db/repositories/programme-data';
import { getRow, type Change } from '../db/repositories/rows';
import { Refusal } from './commands/refusal';
import type { Mutation, ReadRow, ReadSnapshot } from './types';

/**
 * Scenario mode (issue 12), a sibling of looking at a version: while a scenario is open every
 * screen shows its snapshot (its changes applied to its base), and every command runs against
 * that snapshot; what the command writes becomes one update of the scenario's `changes`, so the
 * programme's own rows are never written and undo is an ordinary step on the `scenarios` table.
 */

/** Marks a mutation that works on scenarios themselves (create, rename, promote): never redirected. */
const OUTSIDE = new WeakSet<Mutation>();

/** The mutation, marked to run on the programme's rows even while a scenario is open. */
export function outsideScenario(mutation: Mutation): Mutation {
  OUTSIDE.add(mutation);
  return mutation;
}

/** True when a mutation must not be redirected into the open scenario. */
export const runsOutsideScenario = (mutation: Mutation): boolean => OUTSIDE.has(mutation);

/** The base snapshot of a scenario, from the programme as loaded and the versions in the store. */
export function baseSnapshotOf(
  base: ScenarioBase,
  live: ProgrammeData,
  versions: readonly Version[],
): Result<ProgrammeData> {
  if (base.kind === 'programme') return ok(live);
  const versionId = base.kind === 'adopted' ? live.programme.adoption?.versionId : base.versionId;
  if (versionId === undefined) return fail({ key: 'scenario.noAdopted' });
  const version = versions.find((v) => v.id === versionId);
  if (!version) return fail({ key: 'scenario.baseGone' });
  return versionSnapshot(version);
}

/** The last snapshot computed per scenario row, with the base it was computed on. */
const shownCache = new WeakMap<Scenario, { base: ProgrammeData; shown: ProgrammeData }>();

/**
 * What the screens show while a scenario is open: its changes applied to its base (the same
 * object while neither changes, so the plan stays cached); null when the base cannot be read.
 */
export function scenarioSnapshot(
  scenario: Scenario,
  live: ProgrammeData,
  versions: readonly Version[],
): ProgrammeData | null {
  const base = baseSnapshotOf(scenario.base, live, versions);
  if (!base.ok) return null;
  const known = shownCache.get(scenario);
  if (known?.base === base.value) return known.shown;
  const shown = applyScenario(base.value, scenario.changes);
  shownCache.set(scenario, { base: base.value, shown });
  return shown;
}

/** The base snapshot of a stored scenario, read inside the write's transaction. */
export async function storedBase(
  db: KoersDb,
  scenario: Scenario,
  readSnapshot: ReadSnapshot,
): Promise<ProgrammeData> {
  const refuse = (key: Message['key']) => new Refusal({ key });
  if (scenario.base.kind === 'programme') {
    const live = await readSnapshot(scenario.programmeId);
    if (!live) throw refuse('scenario.baseGone');
    return live;
  }
  let versionId: string;
  if (scenario.base.kind === 'adopted') {
    const programme = await getRow(db, 'programmes', scenario.programmeId);
    if (!programme?.adoption) throw refuse('scenario.noAdopted');
    versionId = programme.adoption.versionId;
  } else versionId = scenario.base.versionId;
  const version = await getRow(db, 'versions', versionId);
  if (!version) throw refuse('scenario.baseGone');
  const snapshot = versionSnapshot(version);
  if (!snapshot.ok) throw new Refusal(snapshot.error);
  return snapshot.value;
}

/**
 * What a mutation makes of a scenario: it runs with `read` and `readSnapshot` answering the
 * scenario's rows (`shown`, its changes applied to `base`), and what it writes becomes the
 * scenario's changes against the base, recomputed. A write outside the scenario (another table,
 * another programme) is refused with a Dutch message. Null when it writes nothing.
 */
export async function changesIn(
  base: ProgrammeData,
  shown: ProgrammeData,
  existing: readonly ScenarioChange[],
  mutation: Mutation,
  read: ReadRow,
  readSnapshot: ReadSnapshot,
): Promise<ScenarioChange[] | null> {
  const baseIds = new Set<string>(base.activities.map((a) => a.id));
  const shownActivities = new Map<string, ProgrammeData['activities'][number]>(
    shown.activities.map((a) => [a.id, a]),
  );
  const inScenario = (async (table: Change['table'], key: string): Promise<unknown> => {
    if (table === 'programmes' && key === shown.programme.id) return shown.programme;
    if (table === 'activities') {
      const row = shownActivities.get(key);
      if (row) return row;
      // Removed in the scenario (or only in its base): absent here, whatever the programme holds.
      if (baseIds.has(key) || existing.some((c) => c.key === key)) return null;
    }
    return read(table, key);
  }) as ReadRow;
  const snapshotIn: ReadSnapshot = (programmeId) =>
    programmeId === shown.programme.id ? Promise.resolve(shown) : readSnapshot(programmeId);
  const written = (await mutation(inScenario, snapshotIn)).filter((c) => !isReviewRow(c));
  if (written.length === 0) return null;
  const edit = editInScenario(base, shown, written);
  if (!edit.ok) throw new Refusal(edit.error);
  return sameChanges(edit.changes, existing) ? null : edit.changes;
}

/**
 * Runs a command's mutation inside the stored scenario (read in the write's transaction) and
 * answers the one change of the scenario row it makes; nothing else is written.
 */
export async function scenarioChanges(
  db: KoersDb,
  scenarioId: string,
  mutation: Mutation,
  read: ReadRow,
  readSnapshot: ReadSnapshot,
): Promise<Change[]> {
  const scenario = await getRow(db, 'scenarios', scenarioId);
  if (!scenario) throw new Refusal({ key: 'scenario.gone' });
  const base = await storedBase(db, scenario, readSnapshot);
  const shown = applyScenario(base, scenario.changes);
  // Decisions and comments made inside a scenario are rows of their own, marked with it; only
  // the programme and its activities become the scenario's changes.
  const review: Change[] = [];
  const collect: Mutation = async (r, rs) => {
    const all = await mutation(r, rs);
    for (const c of all) if (isReviewRow(c)) review.push(inScenarioRow(c, scenario.id));
    return all;
  };
  const changes = await changesIn(base, shown, scenario.changes, collect, read, readSnapshot);
  const own: Change[] =
    changes === null
      ? []
      : [
          {
            table: 'scenarios',
            key: scenario.id,
            before: scenario,
            after: { ...scenario, changes },
          },
        ];
  return [...own, ...review];
}

/** A decision or comment row: written as it is, also while a scenario is open. */
function isReviewRow(c: Change): boolean {
  return c.table === 'decisions' || c.table === 'comments';
}

/** A new decision or comment made inside a scenario carries that scenario's id. */
function inScenarioRow(c: Change, scenarioId: string): Change {
  if (c.before !== null || c.after === null) return c;
  const row = c.after as { scenarioId: string | null };
  return row.scenarioId === null ? ({ ...c, after: { ...row, scenarioId } } as Change) : c;
}
