import { describe, expect, it } from 'vitest';
import { createDemoLifeCycle } from '../demo/life-cycle';
import { PROGRAMME_2025 } from '../demo/year-2025';
import { snapshotOf } from '../domain/snapshot';
import { amendmentsTable } from '../export/amendments-table';
import { versionSnapshot } from '../file/version-content';
import { amendmentLookups } from '../format/amendment';
import { plan } from '../planning/plan';
import { documentProblems, type ReportDocument, type ReportTable } from '../report/document';
import { yearEndPack } from './pack';
import { planActual, type PlanActual } from './plan-actual';
import { postponementLog, reserveLedger, reserveOfTeams } from './reserve';
import { spendingResult } from './spending';

/** The pack of the demo's 2025 programme, built the way the Verantwoording screen builds it. */
function pack2025(change: (pa: PlanActual) => PlanActual = (pa) => pa): {
  doc: ReportDocument;
  draws: number;
  displaced: number;
} {
  const demo = createDemoLifeCycle();
  const data = snapshotOf(demo, PROGRAMME_2025)!;
  const version = demo.versions.find((v) => v.id === data.programme.adoption?.versionId)!;
  const read = versionSnapshot(version);
  if (!read.ok) throw new Error('no adopted version');
  const adopted = read.value;
  const realisations = demo.realisations.filter((r) => r.programmeId === data.programme.id);
  const pa = change(planActual({ current: data, adopted, realisations, previous: null }));
  const amendments = demo.amendments.filter((a) => a.programmeId === data.programme.id);
  const lookups = amendmentLookups(data, adopted);
  const themes = data.themes.filter((t) => t.mjpId === data.programme.mjpId);
  const draws = data.programme.reserveDraws;
  const doc = yearEndPack({
    programme: data.programme,
    teams: data.teams,
    planActual: pa,
    spending: spendingResult(data.programme, plan(data).budget?.result.lines ?? []),
    ledger: reserveLedger(reserveOfTeams(plan(data).planning.bridge), draws),
    postponements: postponementLog(draws, data.activities),
    amendments: amendmentsTable(
      data.programme.name,
      amendments,
      themes,
      lookups.themeOf,
      lookups,
      'iso',
    ),
  });
  return { doc, draws: draws.length, displaced: draws.flatMap((d) => d.displaced).length };
}

const table = (doc: ReportDocument, name: string): ReportTable =>
  doc.sections.flatMap((s) => s.tables).find((t) => t.name === name)!;

describe('the year-end pack', () => {
  const { doc, displaced } = pack2025();

  it('holds the six parts the annual report needs, and every total adds up', () => {
    expect(doc.title).toBe('Jaarverantwoording 2025');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Plan en realisatie per MJP-focus',
      'Publicaties',
      'Handhaving',
      'Budget en Roemernorm',
      'Wijzigingen na vaststelling',
      'Incidentreserve en uitstel',
    ]);
    expect(documentProblems(doc)).toEqual([]);
  });

  it('says the 2025 realisation in the jaarbericht’s words', () => {
    const budget = doc.sections[3]!;
    expect(budget.paragraphs.join(' ')).toContain('overschrijding 10,0%');
    expect(budget.paragraphs.join(' ')).toContain('Externe inhuur 5,1% (binnen de Roemernorm)');
    const frame = table(doc, 'Kader');
    expect(frame.rows[0]![0]).toBe(1_669_600_000);
  });

  it('lists the publications by date, counts the enforcement decisions, logs each postponement', () => {
    const publications = table(doc, 'Publicaties');
    const dates = publications.rows.map((r) => r[0] as string);
    expect(dates).toEqual([...dates].sort());
    expect(publications.rows.length).toBeGreaterThanOrEqual(70);
    const enforcement = table(doc, 'Handhaving');
    // The jaarbericht: Wki 3 lasten onder dwangsom and 1 boete, EGC 5 lasten onder dwangsom.
    expect(enforcement.rows).toEqual([
      ['Boete', 1],
      ['Last onder dwangsom', 8],
    ]);
    expect(enforcement.totals![1]).toBe(9);
    expect(table(doc, 'Uitstel').rows).toHaveLength(displaced);
    expect(displaced).toBeGreaterThan(0);
  });

  it('refuses a pack that lost a row on the way: the hours totals are the derivation’s', () => {
    const focus = table(doc, 'Uren per focus');
    expect(focus.totals![1]).toBeGreaterThan(0);
    const { doc: lost } = pack2025((pa) => ({ ...pa, activities: pa.activities.slice(1) }));
    const problems = documentProblems(lost);
    expect(problems.map((p) => p.params?.table)).toEqual(['Activiteiten', 'Activiteiten']);
  });
});
