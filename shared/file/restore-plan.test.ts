import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { createDemoLifeCycle } from '../demo/life-cycle';
import type { Activity, Organisation, Team } from '../domain/schemas';
import type { ProgrammeBundle } from './programme-file';
import {
  organisationsOf,
  planImport,
  planRestore,
  ROW_TABLES,
  rowsOfBundles,
  type RowChange,
  type TableRows,
} from './restore-plan';

const demo = (): ProgrammeBundle => createDemoData();

/** Applies changes to rows held in memory, as the database would. */
function apply(rows: TableRows, changes: readonly RowChange[]): TableRows {
  const out: Record<string, Map<string, unknown>> = {};
  for (const t of ROW_TABLES) out[t] = new Map(rows[t].map((r) => [r.id, r]));
  for (const c of changes) {
    if (c.after === null) out[c.table]!.delete(c.key);
    else out[c.table]!.set(c.key, c.after);
  }
  const sorted = {} as Record<string, unknown[]>;
  for (const t of ROW_TABLES)
    sorted[t] = [...out[t]!.values()].sort((a, b) =>
      (a as { id: string }).id.localeCompare((b as { id: string }).id),
    );
  return sorted as unknown as TableRows;
}

/** The inverse of changes (what undo writes). */
const inverse = (changes: readonly RowChange[]): RowChange[] =>
  [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as RowChange);

/** A second organisation with one team. */
function otherOrganisation(): ProgrammeBundle {
  const organisation = { id: 'org-b', name: 'Inspectie B', shortName: 'B' } as Organisation;
  const team = { id: 'team-b', organisationId: organisation.id, name: 'Team B', order: 1 } as Team;
  return {
    organisation,
    mjps: [],
    themes: [],
    domains: [],
    teams: [team],
    programmes: [],
    activities: [],
    versions: [],
    amendments: [],
    scenarios: [],
    decisions: [],
    comments: [],
    realisations: [],
  };
}

describe('restoring a backup makes the database equal to the file', () => {
  it('removes rows added since the backup, in every organisation, and undo brings them back', () => {
    const backup = demo();
    const added: Activity = {
      ...backup.activities[0]!,
      id: 'sinds-de-back-up' as Activity['id'],
      title: 'Nieuw',
    };
    const edited: Activity = { ...backup.activities[1]!, title: 'Gewijzigd' };
    const current = rowsOfBundles([
      {
        ...backup,
        activities: [...backup.activities.filter((a) => a.id !== edited.id), edited, added],
      },
      otherOrganisation(),
    ]);
    const plan = planRestore(current, [backup]);
    expect(plan.counts.activities).toEqual({ replaced: 1, added: 0, removed: 1 });
    expect(plan.counts.organisations).toEqual({ replaced: 0, added: 0, removed: 1 });
    expect(plan.counts.teams).toEqual({ replaced: 0, added: 0, removed: 1 });
    expect(plan.changes).toHaveLength(4);
    const restored = apply(current, plan.changes);
    expect(restored).toEqual(apply(rowsOfBundles([backup]), []));
    // Undo: the inverse brings back what was there, the added activity included.
    expect(apply(restored, inverse(plan.changes))).toEqual(apply(current, []));
  });

  it('adds what the backup holds and the database lost, and counts nothing when equal', () => {
    const backup = demo();
    const current = rowsOfBundles([{ ...backup, activities: backup.activities.slice(1) }]);
    expect(planRestore(current, [backup]).counts.activities).toEqual({
      replaced: 0,
      added: 1,
      removed: 0,
    });
    expect(planRestore(rowsOfBundles([backup]), [backup]).changes).toEqual([]);
  });
});

describe('reading a programme file merges and never touches another organisation', () => {
  it('merges a file of the same organisation: adds and updates, removes nothing', () => {
    const base = demo();
    const current = rowsOfBundles([base]);
    const extra: Activity = { ...base.activities[0]!, id: 'uit-bestand' as Activity['id'] };
    const file = { ...base, activities: [extra, { ...base.activities[1]!, title: 'Anders' }] };
    expect(organisationsOf(current, [file])).toEqual({ kind: 'same' });
    const plan = planImport(current, [file], { separate: false, newId: () => 'x' });
    expect(plan.counts.activities).toEqual({ replaced: 1, added: 1, removed: 0 });
    expect(plan.remapped).toBe(0);
  });

  it('says a file of another organisation is another, and adds it with fresh ids when asked', () => {
    const base = demo();
    const current = rowsOfBundles([base]);
    const other = {
      ...otherOrganisation(),
      organisation: { ...base.organisation, id: 'org-x' } as Organisation,
    };
    // The other organisation's file holds the demo's activities with the same ids.
    const file: ProgrammeBundle = { ...base, ...{ organisation: other.organisation } };
    expect(organisationsOf(current, [file])).toEqual({
      kind: 'other',
      names: [base.organisation.name],
    });
    let n = 0;
    const plan = planImport(current, [file], { separate: true, newId: () => `fresh-${++n}` });
    // Only additions: nothing that is there changes.
    expect(plan.changes.every((c) => c.before === null)).toBe(true);
    expect(plan.counts.activities.added).toBe(base.activities.length);
    expect(plan.counts.organisations.added).toBe(1);
    const ids = new Set(current.activities.map((a) => a.id as string));
    expect(plan.changes.some((c) => ids.has(c.key))).toBe(false);
  });

  it('gives a fresh id to a row whose id belongs to another organisation', () => {
    const base = demo();
    const b = otherOrganisation();
    const current = rowsOfBundles([base, b]);
    // A file of the demo organisation whose team carries the id of organisation B's team.
    const stolen = { ...base.teams[0]!, id: 'team-b' as Team['id'] };
    const file = { ...base, teams: [stolen], activities: [], programmes: [] };
    const plan = planImport(current, [file], { separate: false, newId: () => 'team-nieuw' });
    expect(plan.remapped).toBe(1);
    expect(plan.changes.some((c) => c.key === 'team-b')).toBe(false);
    expect(plan.changes.find((c) => c.table === 'teams')?.key).toBe('team-nieuw');
  });
});

describe('reading a programme file never replaces a stored version', () => {
  /** The demo with a version of its programme, adopted. */
  const withVersion = (name: string): ProgrammeBundle => {
    const base = demo();
    const version = {
      id: 'v-vastgesteld',
      programmeId: base.programmes[0]!.id,
      name,
      note: '',
      savedAt: '2025-10-09T10:00:00.000Z',
      author: '',
      format: 4,
      content: { inhoud: name },
    } as unknown as ProgrammeBundle['versions'][number];
    return { ...base, versions: [version] };
  };

  it('keeps the stored version, counts the one of the file as kept, and merges the rest', () => {
    const current = rowsOfBundles([withVersion('Vastgesteld')]);
    const file = withVersion('Anders');
    const changed = { ...file.activities[0]!, title: 'Anders' };
    const plan = planImport(current, [{ ...file, activities: [changed] }], {
      separate: false,
      newId: () => 'x',
    });
    expect(plan.changes.some((c) => c.table === 'versions')).toBe(false);
    expect(plan.keptVersions).toBe(1);
    expect(plan.counts.versions).toEqual({ replaced: 0, added: 0, removed: 0 });
    expect(plan.counts.activities.replaced).toBe(1);
    expect(apply(current, plan.changes).versions).toEqual(current.versions);
  });

  it('adds a version the database does not hold, and keeps none when the stored one is equal', () => {
    const same = planImport(
      rowsOfBundles([withVersion('Vastgesteld')]),
      [withVersion('Vastgesteld')],
      {
        separate: false,
        newId: () => 'x',
      },
    );
    expect(same.keptVersions).toBe(0);
    expect(same.changes).toEqual([]);
    const added = planImport(rowsOfBundles([demo()]), [withVersion('Nieuw')], {
      separate: false,
      newId: () => 'x',
    });
    expect(added.keptVersions).toBe(0);
    expect(added.counts.versions.added).toBe(1);
  });
});

describe('an adoption and a stored version survive every file', () => {
  const adopted = (): ProgrammeBundle => createDemoLifeCycle();

  it('an import never undoes or moves an adoption, and merges the rest of the row', () => {
    const current = rowsOfBundles([adopted()]);
    const file = adopted();
    const p = file.programmes.find((x) => x.adoption !== null)!;
    const changed = {
      ...file,
      programmes: file.programmes.map((x) =>
        x.id === p.id ? { ...x, adoption: null, name: 'Andere naam' } : x,
      ),
    };
    const plan = planImport(current, [changed], { separate: false, newId: () => 'x' });
    const after = apply(current, plan.changes).programmes.find((x) => x.id === p.id)!;
    expect(after.adoption).toEqual(p.adoption);
    expect(after.name).toBe('Andere naam');
  });

  it('a restore keeps a stored version whose file copy differs (an older file migrated forward)', () => {
    const current = rowsOfBundles([adopted()]);
    const file = adopted();
    const other = {
      ...file,
      versions: file.versions.map((v) => ({ ...v, content: { ...v.content, activities: [] } })),
    };
    const plan = planRestore(current, [other]);
    expect(plan.changes.some((c) => c.table === 'versions')).toBe(false);
    expect(apply(current, plan.changes).versions).toEqual(current.versions);
  });
});
