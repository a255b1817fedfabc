import { describe, expect, it } from 'vitest';
import { createDemoLifeCycle, DEMO_ADOPTED_VERSION } from '../demo/life-cycle';
import { rowsOfBundles, TABLE_NAMES, type TableRows } from '../domain/tables';
import { snapshotOf } from '../domain/snapshot';
import type { Comment, Decision, Scenario } from '../domain/review';
import { versionSnapshot } from '../file/version-content';
import { readProgrammeFile } from '../file/programme-file';
import { translate } from '../i18n/translate';
import { applyRowChanges, planReviewMerge } from './merge';
import { mergeBaseOf, packageRefusal, readReviewPackage, writeReviewPackage } from './package';

const demo = createDemoLifeCycle();
const rows = rowsOfBundles([demo]);
const version = demo.versions.find((v) => v.id === DEMO_ADOPTED_VERSION)!;
const programmeNow = snapshotOf(demo, version.programmeId)!.programme;
const other = demo.programmes.find((p) => p.id !== version.programmeId)!;

const decision = (id: string, author: string): Decision =>
  ({
    id,
    programmeId: version.programmeId,
    activityId: demo.activities[0]!.id,
    scenarioId: null,
    kind: 'accepteren',
    reason: 'Past in de lijn.',
    author,
    at: '2026-03-02T08:00:00.000Z',
  }) as Decision;

const comment = (id: string, text: string): Comment =>
  ({
    id,
    programmeId: version.programmeId,
    activityId: demo.activities[1]!.id,
    scenarioId: null,
    replyTo: null,
    text,
    author: 'Directeur',
    at: '2026-03-02T08:00:00.000Z',
  }) as Comment;

/** The version's package, with the given decisions and comments. */
async function versionPackage(decisions: Decision[] = [], comments: Comment[] = []) {
  const snapshot = versionSnapshot(version);
  if (!snapshot.ok) throw new Error('version unreadable');
  return writeReviewPackage({
    rows: snapshot.value,
    programmeNow,
    subject: { kind: 'version', versionId: version.id, name: version.name },
    baseVersionId: version.id,
    versions: [version],
    scenario: null,
    decisions,
    comments,
    exportedBy: 'Strategie',
    exportedAt: '2026-03-02T09:00:00.000Z',
    appVersion: 'test',
  });
}

const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as TableRows;

describe('a review package', () => {
  it('is a programme file of kind review with a manifest the file reader accepts', async () => {
    const text = await versionPackage([decision('d-1', 'Directeur')]);
    expect(readProgrammeFile('p.koers.json', text).ok).toBe(true);
    const read = await readReviewPackage('p.koers.json', text);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.value.manifest.programme).toEqual({
      id: programmeNow.id,
      name: programmeNow.name,
      year: programmeNow.year,
    });
    expect(read.value.manifest.baseVersionId).toBe(version.id);
    expect(read.value.manifest.exportedBy).toBe('Strategie');
    expect(read.value.manifest.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(read.value.rows.decisions.map((d) => d.id)).toEqual(['d-1']);
    // Only the one programme goes: not 2027, which the demo also holds.
    expect(read.value.rows.programmes.map((p) => p.id)).toEqual([programmeNow.id]);
    expect(read.value.rows.activities.every((a) => a.programmeId === programmeNow.id)).toBe(true);
  });

  it('refuses a file changed after exporting, saying so in Dutch', async () => {
    const text = await versionPackage([decision('d-1', 'Directeur')]);
    const tampered = text.replace('Past in de lijn.', 'Past niet in de lijn.');
    expect(tampered).not.toBe(text);
    const read = await readReviewPackage('p.koers.json', tampered);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(translate(read.error.key, read.error.params)).toContain(
      'het bestand is gewijzigd na het exporteren',
    );
  });

  it('does not mind indentation or key order (the checksum is over the content)', async () => {
    const text = await versionPackage();
    const compact = JSON.stringify(JSON.parse(text));
    expect((await readReviewPackage('p.koers.json', compact)).ok).toBe(true);
  });

  it('refuses a plain programme file as not a package', async () => {
    const text = (await versionPackage()).replace('"kind": "review"', '"kind": "uitwisseling"');
    const read = await readReviewPackage('p.koers.json', text);
    expect(read.ok ? null : read.error.key).toBe('reviewPackage.notPackage');
  });

  it('refuses a package for another programme than the one open, naming both', async () => {
    const read = await readReviewPackage('p.koers.json', await versionPackage());
    if (!read.ok) throw new Error(read.error.key);
    const refusal = packageRefusal(read.value, rows, other);
    expect(refusal).not.toBeNull();
    const text = translate(refusal!.key, refusal!.params);
    expect(text).toContain(`${programmeNow.name} (${programmeNow.year})`);
    expect(text).toContain(`${other.name} (${other.year})`);
    expect(packageRefusal(read.value, rows, programmeNow)).toBeNull();
    // A database without the programme takes it (an empty one, a fresh profile).
    expect(packageRefusal(read.value, empty, null)).toBeNull();
  });

  it('read into an empty database gives the whole programme, its version and decisions', async () => {
    const read = await readReviewPackage(
      'p.koers.json',
      await versionPackage([decision('d-1', 'X')]),
    );
    if (!read.ok) throw new Error(read.error.key);
    const plan = planReviewMerge(
      empty,
      read.value.rows,
      programmeNow.id,
      mergeBaseOf(read.value, empty),
    );
    const after = applyRowChanges(empty, plan.changes);
    expect(plan.conflicts).toEqual([]);
    const snapshot = snapshotOf(
      { ...after, organisation: after.organisations[0]! },
      programmeNow.id,
    );
    expect(snapshot?.activities.length).toBe(read.value.rows.activities.length);
    expect(snapshot?.activities.length).toBeGreaterThan(0);
    expect(after.programmes[0]?.adoption).toEqual(programmeNow.adoption);
    expect(after.versions.map((v) => v.id)).toEqual([version.id]);
    expect(after.decisions.map((d) => d.id)).toEqual(['d-1']);
  });

  it('read back where it was made: decisions and comments added, the draft untouched, once', async () => {
    const text = await versionPackage(
      [decision('d-1', 'Directeur')],
      [comment('c-1', 'Waarom zo veel uren?')],
    );
    const read = await readReviewPackage('p.koers.json', text);
    if (!read.ok) throw new Error(read.error.key);
    const base = mergeBaseOf(read.value, rows);
    expect(base).not.toBeNull();
    const plan = planReviewMerge(rows, read.value.rows, programmeNow.id, base);
    expect(plan.counts).toMatchObject({ decisions: 1, comments: 1, conflicts: 0, changed: 0 });
    const after = applyRowChanges(rows, plan.changes);
    // The amendments since adoption (the draft's edits) are all kept.
    expect(after.activities).toEqual(rows.activities);
    const again = planReviewMerge(after, read.value.rows, programmeNow.id, base);
    expect(again.changes).toEqual([]);
  });
});

describe('a scenario review package', () => {
  const scenario = {
    id: 'scen-asiel',
    programmeId: programmeNow.id,
    name: 'Asielpact zonder extra middelen',
    note: '',
    base: { kind: 'adopted' },
    createdAt: '2026-03-01T09:00:00.000Z',
    author: 'Strategie',
    changes: [],
  } as unknown as Scenario;

  /** The scenario's package: the adopted version's rows and the scenario row with its changes. */
  async function scenarioPackage(s: Scenario) {
    const snapshot = versionSnapshot(version);
    if (!snapshot.ok) throw new Error('version unreadable');
    return writeReviewPackage({
      rows: snapshot.value,
      programmeNow,
      subject: { kind: 'scenario', scenarioId: s.id, name: s.name },
      baseVersionId: version.id,
      versions: [version],
      scenario: s,
      decisions: [],
      comments: [],
      exportedBy: 'Strategie',
      exportedAt: '2026-03-02T09:00:00.000Z',
      appVersion: 'test',
    });
  }

  it('carries the scenario row, which a Koers without it adds and one with it merges per field', async () => {
    const read = await readReviewPackage('s.koers.json', await scenarioPackage(scenario));
    if (!read.ok) throw new Error(read.error.key);
    expect(read.value.manifest.subject).toEqual({
      kind: 'scenario',
      scenarioId: scenario.id,
      name: scenario.name,
    });
    expect(read.value.rows.scenarios).toEqual([scenario]);
    const plan = planReviewMerge(
      rows,
      read.value.rows,
      programmeNow.id,
      mergeBaseOf(read.value, rows),
    );
    const after = applyRowChanges(rows, plan.changes);
    expect(after.scenarios).toEqual([scenario]);
    // The scenario renamed here meanwhile, its note changed in the package: both kept apart.
    const here = { ...after, scenarios: [{ ...scenario, name: 'Asielpact (herzien)' }] };
    const changed = await readReviewPackage(
      's.koers.json',
      await scenarioPackage({ ...scenario, note: 'Besproken in het MT.' }),
    );
    if (!changed.ok) throw new Error(changed.error.key);
    const merged = planReviewMerge(
      here,
      changed.value.rows,
      programmeNow.id,
      mergeBaseOf(changed.value, here),
    );
    expect(merged.conflicts.map((c) => c.field).sort()).toEqual(['name', 'note']);
    const kept = applyRowChanges(here, merged.changes);
    expect(kept.scenarios[0]?.name).toBe('Asielpact (herzien)');
  });
});
