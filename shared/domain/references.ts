/**
 * The one definition of how the rows of an organisation refer to each other: which field of
 * which row points at a team, theme, domain, MJP, programme or the organisation. The delete
 * guards (a team, theme or domain still in use), the programme file's reference check and the
 * id remapping of an import all read it from here, so they cannot disagree.
 */
import type { Activity, Domain, Mjp, Organisation, Programme, Team, Theme } from './schemas';
import type { Comment, Decision, Scenario } from './review';
import type { Realisation } from './realisation';
import type { Amendment, Version } from './versions';
import { translate, type Message } from '../i18n/translate';

/** Every row of one organisation (all its programmes, not only the one on screen). */
export type OrganisationRows = {
  readonly organisation: Organisation;
  readonly mjps: readonly Mjp[];
  readonly themes: readonly Theme[];
  readonly domains: readonly Domain[];
  readonly teams: readonly Team[];
  readonly programmes: readonly Programme[];
  readonly activities: readonly Activity[];
  readonly versions: readonly Version[];
  readonly amendments: readonly Amendment[];
  readonly scenarios: readonly Scenario[];
  readonly decisions: readonly Decision[];
  readonly comments: readonly Comment[];
  readonly realisations: readonly Realisation[];
};

/** What a reference points at. */
export type ReferenceKind =
  'organisation' | 'mjp' | 'theme' | 'domain' | 'team' | 'programme' | 'version';

/** The tables of an organisation's rows that hold references. */
export type ReferringTable =
  | 'mjps'
  | 'themes'
  | 'domains'
  | 'teams'
  | 'programmes'
  | 'activities'
  | 'versions'
  | 'amendments'
  | 'scenarios'
  | 'decisions'
  | 'comments'
  | 'realisations';

/** Which field a reference sits in, for a message that says where. */
export type ReferenceSite =
  | 'owner'
  | 'themeMjp'
  | 'parentTheme'
  | 'programmeMjp'
  | 'capacity'
  | 'deduction'
  | 'staffing'
  | 'costModel'
  | 'activityProgramme'
  | 'domain'
  | 'primaryTheme'
  | 'secondaryTheme'
  | 'allocation'
  | 'adoption'
  | 'versionProgramme'
  | 'amendmentProgramme'
  | 'amendmentVersion'
  | 'reviewProgramme'
  | 'scenarioVersion'
  | 'realisationProgramme'
  | 'reserveDraw';

/** One reference: what it points at, and where it sits (table, row index, path inside). */
export type Reference = {
  readonly kind: ReferenceKind;
  readonly id: string;
  readonly site: ReferenceSite;
  readonly table: ReferringTable;
  readonly index: number;
  /** The full path from the rows object, e.g. `['activities', 3, 'allocations', 0, 'teamId']`. */
  readonly path: readonly (string | number)[];
};

/** Every reference in an organisation's rows, in file order (themes, programmes, activities). */
export function referencesIn(rows: Omit<OrganisationRows, 'organisation'>): Reference[] {
  const out: Reference[] = [];
  const add = (
    kind: ReferenceKind,
    id: string | null,
    site: ReferenceSite,
    table: ReferringTable,
    index: number,
    ...rest: (string | number)[]
  ) => {
    if (id !== null) out.push({ kind, id, site, table, index, path: [table, index, ...rest] });
  };
  for (const [i, m] of rows.mjps.entries())
    add('organisation', m.organisationId, 'owner', 'mjps', i, 'organisationId');
  for (const [i, t] of rows.themes.entries()) {
    add('mjp', t.mjpId, 'themeMjp', 'themes', i, 'mjpId');
    add('theme', t.parentId, 'parentTheme', 'themes', i, 'parentId');
  }
  for (const [i, d] of rows.domains.entries())
    add('organisation', d.organisationId, 'owner', 'domains', i, 'organisationId');
  for (const [i, t] of rows.teams.entries())
    add('organisation', t.organisationId, 'owner', 'teams', i, 'organisationId');
  for (const [i, p] of rows.programmes.entries()) {
    add('organisation', p.organisationId, 'owner', 'programmes', i, 'organisationId');
    add('mjp', p.mjpId, 'programmeMjp', 'programmes', i, 'mjpId');
    for (const [j, tc] of p.capacity.teams.entries())
      add('team', tc.teamId, 'capacity', 'programmes', i, 'capacity', 'teams', j, 'teamId');
    for (const [j, x] of p.capacity.deductions.entries())
      add('team', x.teamId, 'deduction', 'programmes', i, 'capacity', 'deductions', j, 'teamId');
    for (const [j, x] of p.capacity.staffingChanges.entries())
      add(
        'team',
        x.teamId,
        'staffing',
        'programmes',
        i,
        'capacity',
        'staffingChanges',
        j,
        'teamId',
      );
    for (const [j, x] of p.reserveDraws.entries())
      add('team', x.teamId, 'reserveDraw', 'programmes', i, 'reserveDraws', j, 'teamId');
    add(
      'version',
      p.adoption?.versionId ?? null,
      'adoption',
      'programmes',
      i,
      'adoption',
      'versionId',
    );
    for (const [j, x] of (p.budget.costModel?.teamMix ?? []).entries())
      add(
        'team',
        x.teamId,
        'costModel',
        'programmes',
        i,
        'budget',
        'costModel',
        'teamMix',
        j,
        'teamId',
      );
  }
  for (const [i, a] of rows.activities.entries()) {
    add('programme', a.programmeId, 'activityProgramme', 'activities', i, 'programmeId');
    add('domain', a.domainId, 'domain', 'activities', i, 'domainId');
    add('theme', a.primaryThemeId, 'primaryTheme', 'activities', i, 'primaryThemeId');
    for (const [j, id] of a.secondaryThemeIds.entries())
      add('theme', id, 'secondaryTheme', 'activities', i, 'secondaryThemeIds', j);
    for (const [j, al] of a.allocations.entries())
      add('team', al.teamId, 'allocation', 'activities', i, 'allocations', j, 'teamId');
  }
  // A version's content and an amendment's activity are history: they keep the ids of then.
  for (const [i, v] of rows.versions.entries())
    add('programme', v.programmeId, 'versionProgramme', 'versions', i, 'programmeId');
  for (const [i, a] of rows.amendments.entries()) {
    add('programme', a.programmeId, 'amendmentProgramme', 'amendments', i, 'programmeId');
    add('version', a.versionId, 'amendmentVersion', 'amendments', i, 'versionId');
  }
  // A review's rows belong to a programme; the activity a decision or comment is about may be
  // deleted later or exist only in a scenario, so it keeps its id (like an amendment's).
  for (const [i, s] of rows.scenarios.entries()) {
    add('programme', s.programmeId, 'reviewProgramme', 'scenarios', i, 'programmeId');
    if (s.base.kind === 'version')
      add('version', s.base.versionId, 'scenarioVersion', 'scenarios', i, 'base', 'versionId');
  }
  for (const [i, d] of rows.decisions.entries())
    add('programme', d.programmeId, 'reviewProgramme', 'decisions', i, 'programmeId');
  for (const [i, c] of rows.comments.entries())
    add('programme', c.programmeId, 'reviewProgramme', 'comments', i, 'programmeId');
  // A realisation row belongs to a programme; the activity and team it names keep their ids when
  // deleted later (what was spent stays spent), like an amendment's activity.
  for (const [i, r] of rows.realisations.entries())
    add('programme', r.programmeId, 'realisationProgramme', 'realisations', i, 'programmeId');
  return out;
}

/** The ids of the rows each kind of reference may point at. */
function targets(rows: OrganisationRows): Record<ReferenceKind, ReadonlySet<string>> {
  const ids = (list: readonly { id: string }[]) => new Set<string>(list.map((r) => r.id));
  return {
    organisation: new Set<string>([rows.organisation.id]),
    mjp: ids(rows.mjps),
    theme: ids(rows.themes),
    domain: ids(rows.domains),
    team: ids(rows.teams),
    programme: ids(rows.programmes),
    version: ids(rows.versions),
  };
}

/** Where a row is still referenced (empty: nothing refers to it, it can go). */
export function usesOf(
  rows: OrganisationRows,
  kind: Exclude<ReferenceKind, 'organisation'>,
  id: string,
): Reference[] {
  return referencesIn(rows).filter((r) => r.kind === kind && r.id === id);
}

/** References to a row that is not among the rows (a file that would break the database). */
export function danglingReferences(rows: OrganisationRows): Reference[] {
  const known = targets(rows);
  return referencesIn(rows).filter((r) => !known[r.kind].has(r.id));
}

/** Says in Dutch where one reference sits: "activiteit „…” (Werkprogramma 2027)". */
export function describeUse(rows: OrganisationRows, ref: Reference): Message {
  const programmeName = (id: string) => rows.programmes.find((p) => p.id === id)?.name ?? id;
  if (ref.table === 'activities') {
    const a = rows.activities[ref.index];
    return {
      key: 'references.activity',
      params: { title: a?.title ?? '', programme: programmeName(a?.programmeId ?? '') },
    };
  }
  if (ref.table === 'programmes') {
    const p = rows.programmes[ref.index];
    const key =
      ref.site === 'deduction'
        ? 'references.deduction'
        : ref.site === 'staffing'
          ? 'references.staffing'
          : ref.site === 'costModel'
            ? 'references.costModel'
            : ref.site === 'capacity'
              ? 'references.capacity'
              : 'references.programme';
    return { key, params: { programme: p?.name ?? '' } };
  }
  if (ref.table === 'themes')
    return { key: 'references.childTheme', params: { name: rows.themes[ref.index]?.name ?? '' } };
  return { key: 'references.other', params: { table: ref.table } };
}

/** How many places a refusal names before it says "and N more". */
const NAMED_USES = 3;

/** The refusal of a delete: what is still in use, how often, and the first places it is used. */
export function inUseMessage(
  rows: OrganisationRows,
  name: string,
  uses: readonly Reference[],
): Message {
  const named = uses.slice(0, NAMED_USES).map((u) => {
    const m = describeUse(rows, u);
    return translate(m.key, m.params);
  });
  if (uses.length > NAMED_USES)
    named.push(translate('validation.inUseMore', { count: uses.length - NAMED_USES }));
  return {
    key: 'validation.inUseWhere',
    params: { name, count: uses.length, where: named.join('; ') },
  };
}

/** A map from old to new ids, per kind (and for activities); ids not in it stay as they are. */
export type IdMap = Readonly<
  Record<
    ReferenceKind | 'activity' | 'amendment' | 'scenario' | 'decision' | 'comment' | 'realisation',
    ReadonlyMap<string, string>
  >
>;

/** Sets a value at a path inside plain JSON rows (the rows are copies made by the caller). */
function setAt(root: unknown, path: readonly (string | number)[], value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

/**
 * The same rows with ids replaced by the map: each row's own id and every reference to it, found
 * through `referencesIn`, so a remap can never miss a field the reference check knows. An empty
 * map changes nothing and gives the rows themselves (issue 11: the deep copy of a file's 20.000
 * activities was a 200 ms task of every import, with nothing to rename).
 */
export function remapIds(rows: OrganisationRows, map: IdMap): OrganisationRows {
  if (Object.values(map).every((m) => m.size === 0)) return rows;
  const copy = JSON.parse(JSON.stringify(rows)) as {
    -readonly [K in keyof OrganisationRows]: OrganisationRows[K];
  };
  for (const ref of referencesIn(rows)) {
    const to = map[ref.kind].get(ref.id);
    if (to !== undefined) setAt(copy, ref.path, to);
  }
  const own = <T extends { id: string }>(list: readonly T[], kind: keyof IdMap): T[] =>
    list.map((r) => ({ ...r, id: map[kind].get(r.id) ?? r.id }));
  return {
    organisation: {
      ...copy.organisation,
      id: (map.organisation.get(rows.organisation.id) ??
        rows.organisation.id) as Organisation['id'],
    },
    mjps: own(copy.mjps, 'mjp'),
    themes: own(copy.themes, 'theme'),
    domains: own(copy.domains, 'domain'),
    teams: own(copy.teams, 'team'),
    programmes: own(copy.programmes, 'programme').map((p) => ({
      ...p,
      reserveDraws: p.reserveDraws.map((d) => ({
        ...d,
        activityId:
          d.activityId === null
            ? null
            : ((map.activity.get(d.activityId) ?? d.activityId) as Activity['id']),
        displaced: d.displaced.map((x) => ({
          ...x,
          activityId: (map.activity.get(x.activityId) ?? x.activityId) as Activity['id'],
        })),
      })),
    })),
    activities: own(copy.activities, 'activity').map((a) => ({
      ...a,
      carriedFromId:
        a.carriedFromId === null
          ? null
          : ((map.activity.get(a.carriedFromId) ?? a.carriedFromId) as Activity['carriedFromId']),
    })),
    versions: own(copy.versions, 'version'),
    amendments: own(copy.amendments, 'amendment').map((a) => ({
      ...a,
      activityId:
        a.activityId === null
          ? null
          : ((map.activity.get(a.activityId) ?? a.activityId) as Amendment['activityId']),
    })),
    scenarios: own(copy.scenarios, 'scenario'),
    decisions: own(copy.decisions, 'decision').map((d) => ({
      ...d,
      activityId: (map.activity.get(d.activityId) ?? d.activityId) as Decision['activityId'],
      scenarioId:
        d.scenarioId === null
          ? null
          : ((map.scenario.get(d.scenarioId) ?? d.scenarioId) as Decision['scenarioId']),
    })),
    comments: own(copy.comments, 'comment').map((c) => ({
      ...c,
      activityId:
        c.activityId === null
          ? null
          : ((map.activity.get(c.activityId) ?? c.activityId) as Comment['activityId']),
      scenarioId:
        c.scenarioId === null
          ? null
          : ((map.scenario.get(c.scenarioId) ?? c.scenarioId) as Comment['scenarioId']),
      replyTo:
        c.replyTo === null
          ? null
          : ((map.comment.get(c.replyTo) ?? c.replyTo) as Comment['replyTo']),
    })),
    realisations: own(copy.realisations, 'realisation').map((r) => ({
      ...r,
      activityId: (map.activity.get(r.activityId) ?? r.activityId) as Realisation['activityId'],
      teamId:
        r.teamId === null ? null : ((map.team.get(r.teamId) ?? r.teamId) as Realisation['teamId']),
    })),
  };
}
