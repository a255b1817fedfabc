import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLargeDeviation, Realisation, realisedByActivity } from '../domain/realisation';
import { danglingReferences } from '../domain/references';
import { Activity, Programme } from '../domain/schemas';
import { Amendment, Version } from '../domain/versions';
import { snapshotOf } from '../domain/snapshot';
import { versionSnapshot } from '../file/version-content';
import { plan } from '../planning/plan';
import { lackingExplanation, planActual } from '../year-end/plan-actual';
import { createDemoLifeCycle } from './life-cycle';
import { CARRIED_FROM_2025, DEMO_2025_ADOPTED_VERSION, PROGRAMME_2025 } from './year-2025';

// The appendix (Bijlagen) of the Jaarbericht 2025, copied verbatim from the seed
// (shared/seeds/000_00f7b6eaf6d8fa72.txt, which is not in the repository); the last test checks
// the copy against the seed wherever the seed sits beside the checkout.
const APPENDIX = 'tests/fixtures/seeds/jaarbericht-2025-bijlagen.md';
const SEED_CANDIDATES = [
  '../shared/seeds/000_00f7b6eaf6d8fa72.txt',
  '../../shared/seeds/000_00f7b6eaf6d8fa72.txt',
];

/** Every publication of the appendix: each link of a list item with the date after it. */
function appendixPublications(text: string): { title: string; on: string }[] {
  const out: { title: string; on: string }[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('- ')) continue;
    const links = [...line.matchAll(/\[((?:[^\]\\]|\\.)*)\]\(#\)/g)].map((m) => ({
      title: (m[1] ?? '').replace(/\\(.)/g, '$1'),
      end: m.index + m[0].length,
    }));
    const dates = [...line.matchAll(/\((\d{2})-(\d{2})-(\d{4})\)/g)].map((m) => ({
      on: `${m[3] ?? ''}-${m[2] ?? ''}-${m[1] ?? ''}`,
      at: m.index,
    }));
    expect(links.length, line).toBeGreaterThan(0);
    expect(dates.length, line).toBeGreaterThan(0);
    // A link takes the first date after it ("[A] en [B] (datum)" dates both).
    for (const link of links) {
      const date = dates.find((d) => d.at >= link.end);
      expect(date, line).toBeDefined();
      out.push({ title: link.title, on: date?.on ?? '' });
    }
  }
  return out;
}

const demo = createDemoLifeCycle();
const p2025 = demo.programmes.find((p) => p.year === 2025)!;
const p2026 = demo.programmes.find((p) => p.year === 2026)!;
const in2025 = demo.activities.filter((a) => a.programmeId === PROGRAMME_2025);
const in2026 = demo.activities.filter((a) => a.programmeId === p2026.id);
const ENFORCEMENT = new Set(['boete', 'last-onder-dwangsom']);
const published = in2025.flatMap((a) =>
  a.outputs
    .filter((o) => o.publishedOn !== null && !ENFORCEMENT.has(o.kind))
    .map((o) => ({ title: o.publishedTitle || o.title, on: o.publishedOn ?? '', activity: a })),
);
const key = (p: { title: string; on: string }) => `${p.on} ${p.title}`;

describe('the demo’s Werkprogramma 2025 (Jaarbericht 2025)', () => {
  it('is an adopted, illustrative programme of the same organisation and MJP as 2026', () => {
    expect(p2025.name).toBe('Werkprogramma 2025');
    expect(p2025.illustrative).toBe(true);
    expect(p2025.organisationId).toBe(p2026.organisationId);
    expect(p2025.mjpId).toBe(p2026.mjpId);
    expect(p2025.adoption?.versionId).toBe(DEMO_2025_ADOPTED_VERSION);
    expect(p2025.adoption!.on < '2025-01-01').toBe(true);
    // The formation 2025 is 149,55 fte (Jaarbericht 2025, § 4.1).
    const formation = p2025.capacity.teams.reduce(
      (s, t) => s + Math.round(t.formationFte * 100),
      0,
    );
    expect(formation).toBe(14955);
    // The 2026 programme in force still opens first: 2025 is the year before it.
    expect(p2026.adoption).not.toBeNull();
  });

  it('parses under the schemas, and every reference resolves', () => {
    expect(() => Programme.parse(p2025)).not.toThrow();
    for (const a of in2025) expect(() => Activity.parse(a)).not.toThrow();
    for (const r of demo.realisations) expect(() => Realisation.parse(r)).not.toThrow();
    for (const v of demo.versions) expect(() => Version.parse(v)).not.toThrow();
    for (const a of demo.amendments) expect(() => Amendment.parse(a)).not.toThrow();
    expect(danglingReferences(demo)).toEqual([]);
    const ids = new Set(in2025.map((a) => a.id as string));
    expect(new Set(demo.activities.map((a) => a.id)).size).toBe(demo.activities.length);
    expect(new Set(demo.realisations.map((r) => r.id)).size).toBe(demo.realisations.length);
    for (const r of demo.realisations) {
      expect(r.programmeId).toBe(PROGRAMME_2025);
      expect(ids.has(r.activityId)).toBe(true);
      expect(r.month.startsWith('2025-')).toBe(true);
      expect(Number.isInteger(r.costCents)).toBe(true);
    }
    const teams = new Set(demo.teams.map((t) => t.id as string));
    for (const d of p2025.reserveDraws) {
      expect(d.activityId === null || ids.has(d.activityId)).toBe(true);
      expect(teams.has(d.teamId)).toBe(true);
      for (const x of d.displaced) expect(ids.has(x.activityId)).toBe(true);
    }
  });

  it('holds the plan as adopted in its version: the year end is recorded after it, never in it', () => {
    const version = demo.versions.find((v) => v.id === DEMO_2025_ADOPTED_VERSION)!;
    const read = versionSnapshot(version);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.programme.spending).toBeNull();
    expect(read.value.programme.reserveDraws).toEqual([]);
    for (const a of read.value.activities) {
      expect(a.yearEnd).toBeNull();
      for (const o of a.outputs) expect(o.publishedOn).toBeNull();
    }
    // What was added after adoption came with an amendment: the incident investigations.
    const planned = new Set(read.value.activities.map((a) => a.id as string));
    const added = in2025.filter((a) => !planned.has(a.id));
    const mine = demo.amendments.filter((a) => a.programmeId === PROGRAMME_2025);
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(mine.flatMap((a) => a.changes.map((c) => c.key)))).toEqual(
      new Set(added.map((a) => a.id as string)),
    );
    for (const a of added) expect(a.kind).toBe('incidentonderzoek');
  });

  it('plans in its adopted version every activity it adopted: committed, or above the line, without forces', () => {
    const version = demo.versions.find((v) => v.id === DEMO_2025_ADOPTED_VERSION)!;
    const read = versionSnapshot(version);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const amended = new Set(
      demo.amendments
        .filter((a) => a.programmeId === PROGRAMME_2025)
        .flatMap((a) => a.changes.map((c) => c.key)),
    );
    const adopted = read.value.activities.filter(
      (a) => a.programmeId === PROGRAMME_2025 && !amended.has(a.id),
    );
    expect(adopted.length).toBeGreaterThanOrEqual(35);
    const { planning } = plan(read.value);
    const notPlanned = adopted.filter((a) => !planning.planned.has(a.id)).map((a) => a.title);
    expect(notPlanned).toEqual([]);
    for (const a of adopted) expect(a.force, a.title).toBeNull();
    // The plan fits: no team is loaded beyond its capacity in any quarter.
    const over = planning.load.filter((l) => l.over > 0).map((l) => `${l.teamId} ${l.period}`);
    expect(over).toEqual([]);
  });

  it('opens Verantwoording with every large deviation explained', () => {
    const version = demo.versions.find((v) => v.id === DEMO_2025_ADOPTED_VERSION)!;
    const read = versionSnapshot(version);
    const current = snapshotOf(demo, PROGRAMME_2025);
    expect(read.ok && current !== null).toBe(true);
    if (!read.ok || current === null) return;
    const result = planActual({
      current,
      adopted: read.value,
      realisations: demo.realisations.filter((r) => r.programmeId === PROGRAMME_2025),
      previous: null,
    });
    expect(result.basis).toBe('adopted');
    expect(lackingExplanation(result).map((a) => a.title)).toEqual([]);
    // Only the incident investigations added by amendment are outside the adopted plan, and
    // their notes say so.
    const outside = result.activities.filter((a) => !a.inPlan);
    expect(outside.length).toBe(p2025.reserveDraws.length);
    for (const a of outside) {
      expect(a.kind, a.title).toBe('incidentonderzoek');
      expect(a.large, a.title).toBe(true);
      expect(a.note, a.title).toMatch(/^Niet in het vastgestelde plan/);
    }
    expect(result.activities.filter((a) => a.large).length).toBeGreaterThanOrEqual(4);
  });

  it('tells one story per displacement: the draw’s effect, the year end and the explanation agree', () => {
    const byId = new Map(in2025.map((a) => [a.id as string, a]));
    const displacements = p2025.reserveDraws.flatMap((d) => d.displaced);
    expect(displacements.length).toBeGreaterThan(0);
    for (const x of displacements) {
      const a = byId.get(x.activityId)!;
      const status = a.yearEnd!.status;
      const text = `${a.yearEnd!.reason} ${a.deviationNote}`;
      const where = `${a.title}: ${x.effect}`;
      expect(a.deviationNote.trim(), where).not.toBe('');
      if (x.effect === 'uitgesteld') {
        expect(['uitgesteld', 'loopt-door'], where).toContain(status);
        expect(text, where).toMatch(/uitgesteld/i);
        expect(text, where).not.toMatch(/verklein/i);
      } else if (x.effect === 'verkleind') {
        expect(['uitgesteld', 'vervallen'], where).not.toContain(status);
        expect(a.deviationNote, where).toMatch(/verkleind|minder uren/i);
        expect(text, where).not.toMatch(/uitgesteld/i);
      } else {
        expect(status, where).not.toBe('uitgesteld');
        expect(text, where).not.toMatch(/uitgesteld|verklein/i);
      }
    }
  });

  it('gives every activity a year end with its reason, as the report tells it', () => {
    expect(in2025.length).toBeGreaterThanOrEqual(35);
    for (const a of in2025) {
      expect(a.yearEnd, a.title).not.toBeNull();
      expect(a.yearEnd!.reason.trim(), a.title).not.toBe('');
    }
    const statuses = new Set(in2025.map((a) => a.yearEnd!.status));
    for (const s of ['afgerond', 'loopt-door', 'uitgesteld'])
      expect(statuses.has(s as never)).toBe(true);
    // Every focus of the MJP has work in 2025.
    const themes = new Map(demo.themes.map((t) => [t.id as string, t]));
    const focusOf = (id: string): string => {
      const t = themes.get(id);
      return t?.parentId ? focusOf(t.parentId) : id;
    };
    const roots = demo.themes.filter((t) => t.mjpId === p2025.mjpId && t.parentId === null);
    const covered = new Set(in2025.map((a) => focusOf(a.primaryThemeId)));
    for (const r of roots) expect(covered.has(r.id)).toBe(true);
  });

  it('has every 2025 publication of the appendix with its date, and none besides', () => {
    const appendix = appendixPublications(readFileSync(APPENDIX, 'utf8'));
    expect(appendix.length).toBeGreaterThanOrEqual(60);
    expect(published.map(key).sort()).toEqual(appendix.map(key).sort());
    for (const p of appendix) expect(p.on.startsWith('2025-')).toBe(true);
  });

  it('records the enforcement decisions the report counts: Wki 3 lasten onder dwangsom and 1 boete, EGC 5 lasten', () => {
    const count = (pattern: RegExp, kind: string) =>
      in2025
        .filter((a) => pattern.test(a.legalBasis))
        .flatMap((a) => a.outputs)
        .filter((o) => o.kind === kind && o.publishedOn !== null).length;
    expect(count(/incassodienstverlening/, 'last-onder-dwangsom')).toBe(3);
    expect(count(/incassodienstverlening/, 'boete')).toBe(1);
    expect(count(/coffeeshopketen/, 'last-onder-dwangsom')).toBe(5);
    expect(count(/coffeeshopketen/, 'boete')).toBe(0);
  });

  it('realised spending 10,0% above the frame of € 16.696.000, external hire 5,1%', () => {
    const s = p2025.spending!;
    expect(s.finalFrameCents).toBe(1_669_600_000);
    const total = s.lines.reduce((sum, l) => sum + l.cents, 0);
    const line = (k: string) => s.lines.find((l) => l.key === k)?.cents ?? 0;
    const oneDecimal = (x: number) => (Math.round(x * 1000) / 10).toFixed(1);
    expect(oneDecimal((total - s.finalFrameCents!) / s.finalFrameCents!)).toBe('10.0');
    const external = line('external');
    expect(oneDecimal(external / (external + line('personnel')))).toBe('5.1');
    expect(s.note).toMatch(/Roemernorm/);
  });

  it('has illustrative realisation with large deviations, each explained', () => {
    const byActivity = realisedByActivity(demo.realisations);
    const plannedHours = (a: Activity) => a.allocations.reduce((s, x) => s + x.hours, 0);
    let over = 0;
    let under = 0;
    let large = 0;
    for (const a of in2025) {
      const real = byActivity.get(a.id)?.hours ?? 0;
      expect(real, a.title).toBeGreaterThan(0);
      if (real > plannedHours(a)) over++;
      if (real < plannedHours(a)) under++;
      if (isLargeDeviation(plannedHours(a), real, p2025.deviationThreshold)) {
        large++;
        expect(a.deviationNote.trim(), a.title).not.toBe('');
      }
    }
    expect(over).toBeGreaterThan(5);
    expect(under).toBeGreaterThan(5);
    expect(large).toBeGreaterThanOrEqual(4);
  });

  it('draws on the incident reserve for the investigations it names, each saying what it displaced', () => {
    expect(p2025.capacity.deductions.some((d) => d.kind === 'incidentreserve')).toBe(true);
    expect(p2025.reserveDraws.length).toBeGreaterThanOrEqual(2);
    expect(p2025.reserveDraws.some((d) => /Erasmusbrug/.test(d.title))).toBe(true);
    for (const d of p2025.reserveDraws) {
      expect(d.displaced.length).toBeGreaterThan(0);
      expect(d.on.startsWith('2025-')).toBe(true);
      expect(d.hours).toBeGreaterThan(0);
    }
  });

  it('points every 2026 carry-over back to the 2025 activity it continues', () => {
    const ids2025 = new Set(in2025.map((a) => a.id as string));
    for (const a of in2026.filter((x) => x.origin === 'loopt-door')) {
      // Every 2026 carry-over continues 2025 work (the 2026 programme names each one).
      expect(a.carriedFromId, a.title).not.toBeNull();
      expect(ids2025.has(a.carriedFromId!), a.title).toBe(true);
    }
    for (const a of in2026.filter((x) => x.carriedFromId !== null)) {
      const from = in2025.find((x) => x.id === a.carriedFromId)!;
      expect(from.yearEnd!.status, from.title).not.toBe('afgerond');
    }
    expect(Object.keys(CARRIED_FROM_2025).length).toBe(
      in2026.filter((a) => a.carriedFromId !== null).length,
    );
  });

  it.skipIf(!SEED_CANDIDATES.some((p) => existsSync(p)))(
    'copies the appendix verbatim from the seed (skipped where the seeds are not beside the checkout)',
    () => {
      const seed = readFileSync(
        SEED_CANDIDATES.find((p) => existsSync(p))!,
        'utf8',
      );
      const from = seed.indexOf('## Bijlagen');
      const to = seed.indexOf('**Dit is een uitgave van:**');
      expect(readFileSync(APPENDIX, 'utf8')).toBe(seed.slice(from, to));
    },
  );

  it('is the same every time (no clock, no randomness)', () => {
    expect(JSON.stringify(createDemoLifeCycle())).toBe(JSON.stringify(demo));
  });
});
