import type { Comment, Decision, Scenario } from './review';
import type { Realisation } from './realisation';
import type { Timestamp } from './versions';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { translate } from '../i18n/translate';
import {
  readProgrammeFile,
  writeProgrammeFile,
  type ProgrammeBundle,
} from '../file/programme-file';
import type { Activity, Programme, Team } from './schemas';
import {
  danglingReferences,
  inUseMessage,
  referencesIn,
  remapIds,
  usesOf,
  type IdMap,
  type OrganisationRows,
} from './references';

/** The demo with a second programme (2027) and a team whose hours are only in that programme. */
export function twoProgrammes(): OrganisationRows & { team2027: Team; programme2027: Programme } {
  const demo = createDemoData();
  const base = demo.programmes[0]!;
  const team2027 = { ...demo.teams[0]!, id: 'team-2027' as Team['id'], name: 'Team Toekomst' };
  const programme2027: Programme = {
    ...base,
    id: 'wp-2027' as Programme['id'],
    year: 2027,
    name: 'Werkprogramma 2027',
    // A draw on the incident reserve that postponed last year's first activity.
    reserveDraws: [
      {
        id: 'draw-1',
        on: '2027-03-02' as Programme['reserveDraws'][0]['on'],
        title: 'Incidentonderzoek',
        activityId: null,
        teamId: demo.teams[0]!.id,
        hours: 300 as Programme['reserveDraws'][0]['hours'],
        displaced: [
          {
            activityId: demo.activities[0]!.id,
            effect: 'uitgesteld',
            hours: 120 as Programme['reserveDraws'][0]['hours'],
            toMonth: null,
          },
        ],
        reason: '',
      },
    ],
  };
  const activity: Activity = {
    ...demo.activities[0]!,
    id: 'act-2027' as Activity['id'],
    programmeId: programme2027.id,
    title: 'Verkenning 2027',
    // Continues last year's first activity (a carry-over's link, remapped with the ids).
    carriedFromId: demo.activities[0]!.id,
    allocations: [
      { teamId: team2027.id, month: null, hours: 400 as Activity['allocations'][0]['hours'] },
    ],
  };
  return {
    ...demo,
    teams: [...demo.teams, team2027],
    programmes: [...demo.programmes, programme2027],
    activities: [...demo.activities, activity],
    team2027,
    programme2027,
  };
}

/** Only the organisation's rows (without the test's handles). */
function plainRows(rows: ReturnType<typeof twoProgrammes>): OrganisationRows {
  const { organisation, mjps, themes, domains, teams, programmes, activities } = rows;
  return {
    organisation,
    mjps,
    themes,
    domains,
    teams,
    programmes,
    activities,
    versions: [],
    amendments: [],
    ...reviewRows(programmes[0]!.id, activities[0]!.id),
    realisations: [
      {
        id: 'real-1',
        programmeId: programmes[0]!.id,
        activityId: activities[0]!.id,
        teamId: teams[0]!.id,
        month: '2026-03',
        hours: 12.5,
        costCents: 0,
        source: 'uren-2026.csv',
      } as unknown as Realisation,
    ],
  };
}

/** A scenario, a decision made in it and a comment with its answer, on one activity. */
function reviewRows(programmeId: string, activityId: string) {
  const at = '2025-09-12T10:00:00.000Z' as Timestamp;
  const scenario = {
    id: 'scen-1',
    programmeId,
    name: 'Taakstelling 5%',
    note: '',
    base: { kind: 'programme' },
    createdAt: at,
    author: 'IG',
    changes: [],
  } as unknown as Scenario;
  const decision = {
    id: 'dec-1',
    programmeId,
    activityId,
    scenarioId: scenario.id,
    kind: 'aanhouden',
    reason: 'Eerst het signaal afwachten',
    author: 'IG',
    at,
  } as unknown as Decision;
  const comment = (id: string, replyTo: string | null) =>
    ({
      id,
      programmeId,
      activityId,
      scenarioId: scenario.id,
      replyTo,
      text: 'Kan dit later?',
      author: 'IG',
      at,
    }) as unknown as Comment;
  return {
    scenarios: [scenario],
    decisions: [decision],
    comments: [comment('com-1', null), comment('com-2', 'com-1')],
  };
}

describe('references: one definition of who points at what', () => {
  it('finds a team used only in a second programme, and says where', () => {
    const rows = twoProgrammes();
    const uses = usesOf(rows, 'team', rows.team2027.id);
    expect(uses.map((u) => u.site)).toEqual(['allocation']);
    const message = inUseMessage(rows, rows.team2027.name, uses);
    const text = translate(message.key, message.params);
    expect(text).toContain('Team Toekomst');
    expect(text).toContain('Verkenning 2027');
    expect(text).toContain('Werkprogramma 2027');
  });

  it('finds every kind of use of a theme and a domain', () => {
    const rows = twoProgrammes();
    const a = rows.activities[0]!;
    const themeUses = usesOf(rows, 'theme', a.primaryThemeId);
    expect(themeUses.some((u) => u.site === 'primaryTheme' && u.index === 0)).toBe(true);
    const parent = rows.themes.find((t) => t.id === rows.themes.find((x) => x.parentId)?.parentId);
    if (parent)
      expect(usesOf(rows, 'theme', parent.id).some((u) => u.site === 'parentTheme')).toBe(true);
    expect(usesOf(rows, 'domain', a.domainId).length).toBeGreaterThan(0);
    expect(usesOf(rows, 'domain', 'geen-domein')).toEqual([]);
  });

  it('reports a reference to a row that is not there', () => {
    const rows = twoProgrammes();
    const without = { ...rows, teams: rows.teams.filter((t) => t.id !== rows.team2027.id) };
    const dangling = danglingReferences(without);
    expect(dangling.map((d) => [d.kind, d.id, d.path.join('.')])).toEqual([
      ['team', 'team-2027', `activities.${rows.activities.length - 1}.allocations.0.teamId`],
    ]);
    expect(danglingReferences(rows)).toEqual([]);
  });

  it('the file import refuses a dangling reference with the same function, naming the place', () => {
    const rows = twoProgrammes();
    const plain = plainRows(rows);
    const without = { ...plain, teams: plain.teams.filter((t) => t.id !== rows.team2027.id) };
    const text = writeProgrammeFile([without as ProgrammeBundle], {
      kind: 'uitwisseling',
      exportedAt: '2026-01-01T00:00:00Z',
      appVersion: 'test',
    });
    const read = readProgrammeFile('los.koers.json', text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.key).toBe('import.unknownRef');
    expect(read.error.params?.id).toBe(danglingReferences(without)[0]!.id);
    expect(translate(read.error.key, read.error.params)).toContain(
      `activiteit ${rows.activities.length} („Verkenning 2027”), urenregel 1, team`,
    );
  });

  it('remaps every id and every reference to it, so nothing of the old ids is left', () => {
    const rows = twoProgrammes();
    const plain = plainRows(rows);
    let n = 0;
    const fresh = (list: readonly { id: string }[]) =>
      new Map(list.map((r) => [r.id, `fresh-${++n}`] as const));
    const map: IdMap = {
      organisation: fresh([plain.organisation]),
      mjp: fresh(plain.mjps),
      theme: fresh(plain.themes),
      domain: fresh(plain.domains),
      team: fresh(plain.teams),
      programme: fresh(plain.programmes),
      activity: fresh(plain.activities),
      version: new Map(),
      amendment: new Map(),
      scenario: fresh(plain.scenarios),
      decision: fresh(plain.decisions),
      comment: fresh(plain.comments),
      realisation: fresh(plain.realisations),
    };
    const out = remapIds(plain, map);
    expect(danglingReferences(out)).toEqual([]);
    const json = JSON.stringify(out);
    for (const m of Object.values(map))
      for (const old of m.keys()) expect(json).not.toContain(`"${old}"`);
    expect(referencesIn(out)).toHaveLength(referencesIn(plain).length);
    // The input is left as it was.
    expect(plain.teams.some((t) => t.id === rows.team2027.id)).toBe(true);
  });

  it('with nothing to rename gives the rows themselves, not a copy; one id to rename copies', () => {
    const plain = plainRows(twoProgrammes());
    const none: IdMap = {
      organisation: new Map(),
      mjp: new Map(),
      theme: new Map(),
      domain: new Map(),
      team: new Map(),
      programme: new Map(),
      activity: new Map(),
      version: new Map(),
      amendment: new Map(),
      scenario: new Map(),
      decision: new Map(),
      comment: new Map(),
      realisation: new Map(),
    };
    expect(remapIds(plain, none)).toBe(plain);
    const team = plain.teams[0];
    if (!team) throw new Error('no team');
    const one = remapIds(plain, { ...none, team: new Map([[team.id, 'team-nieuw']]) });
    expect(one).not.toBe(plain);
    expect(one.teams[0]?.id).toBe('team-nieuw');
    expect(plain.teams[0]?.id).toBe(team.id);
  });
});
