/**
 * Scenario snapshots of a programme as a director would make them (issue 12): a frame cut, a
 * statutory task taken on without its money, a team losing fte, a set of activities removed.
 * Used by the unit tests of *Vergelijk scenario's*, its bench and its browser harness. Each
 * returns a new snapshot; the base is never altered (rows are replaced, never mutated).
 */
import type { Activity, Programme } from '../../shared/domain/schemas';
import type { ProgrammeSnapshot } from '../../shared/domain/snapshot';
import { cents, fte } from '../../shared/domain/units';

/** The snapshot with its programme replaced (in `programme` and in `programmes`). */
function withProgramme(s: ProgrammeSnapshot, p: Programme): ProgrammeSnapshot {
  return { ...s, programme: p, programmes: s.programmes.map((x) => (x.id === p.id ? p : x)) };
}

/** *Taakstelling*: the budget frame cut by `share` (0,05 = 5%), rounded to whole euros. */
export function frameCut(s: ProgrammeSnapshot, share: number): ProgrammeSnapshot {
  const p = s.programme;
  const frame = Math.round((p.budget.frameCents * (1 - share)) / 100) * 100;
  return withProgramme(s, { ...p, budget: { ...p.budget, frameCents: cents(frame) } });
}

/**
 * A task without extra money: the activities `pick` chooses lose their funding condition and
 * their funding, so they take their hours (statutory work first) while no money comes with them.
 */
export function withoutMoney(
  s: ProgrammeSnapshot,
  pick: (a: Activity) => boolean,
): ProgrammeSnapshot {
  return {
    ...s,
    activities: s.activities.map((a) =>
      pick(a)
        ? { ...a, fundingConditional: false, fundingConfirmed: false, fundingCents: cents(0) }
        : a,
    ),
  };
}

/** A team losing `lost` staffed fte for the whole year (its formation unchanged). */
export function teamLoss(s: ProgrammeSnapshot, teamId: string, lost: number): ProgrammeSnapshot {
  const p = s.programme;
  const teams = p.capacity.teams.map((t) =>
    t.teamId === teamId
      ? { ...t, staffedFte: fte(Math.max(0, Math.round((t.staffedFte - lost) * 100) / 100)) }
      : t,
  );
  return withProgramme(s, { ...p, capacity: { ...p.capacity, teams } });
}

/** The activities `pick` chooses removed from the programme. */
export function removed(s: ProgrammeSnapshot, pick: (a: Activity) => boolean): ProgrammeSnapshot {
  return { ...s, activities: s.activities.filter((a) => !pick(a)) };
}

/** The four scenarios the bench and the harness compare, with their Dutch names. */
export function fourScenarios(
  s: ProgrammeSnapshot,
): { readonly id: string; readonly label: string; readonly snapshot: ProgrammeSnapshot }[] {
  const biggest = [...s.programme.capacity.teams].sort((a, b) => b.staffedFte - a.staffedFte)[0];
  const discretionary = s.activities.filter((a) => a.commitment === 'discretionair');
  const every = Math.max(1, Math.round(discretionary.length / 5));
  const dropped = new Set(discretionary.filter((_, i) => i % every === 0).map((a) => a.id));
  return [
    { id: 'taakstelling', label: 'Taakstelling 5%', snapshot: frameCut(s, 0.05) },
    {
      id: 'asielpact',
      label: 'Asielpact zonder extra middelen',
      snapshot: withoutMoney(s, (a) => a.fundingConditional && a.commitment === 'wettelijk'),
    },
    {
      id: 'team',
      label: 'Team verliest 5 fte',
      snapshot: biggest ? teamLoss(s, biggest.teamId, 5) : s,
    },
    {
      id: 'geschrapt',
      label: 'Een vijfde van de keuzes geschrapt',
      snapshot: removed(s, (a) => dropped.has(a.id)),
    },
  ];
}
