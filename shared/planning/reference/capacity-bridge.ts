// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { DeductionKind, StaffingChange } from '../../domain/capacity';
import type { Activity, Programme } from '../../domain/schemas';
import type { MonthKey } from '../../domain/units';
import { addMonths, format, parseISO } from 'date-fns';
import { monthsOfYear } from './months';
import { activityMonthHours } from './allocation';
import { countsForCapacity, isCommitted } from '../counting';
import { fundedStaffingChanges } from './funded-staffing';
import type {
  BridgeStep,
  CapacityBridge,
  CapacityInput,
  TeamMonth,
  TeamYear,
} from '../capacity-bridge';
// The types are the live module's: only the functions are kept as they were.
export type { BridgeStep, CapacityBridge, CapacityInput, TeamMonth, TeamYear };

/** The deduction kinds in the order the bridge shows them. */
export const DEDUCTION_ORDER: readonly DeductionKind[] = [
  'indirect',
  'opleiding',
  'incidentreserve',
  'responsief',
  'overig',
];

const zeroDeductions = (): Record<DeductionKind, number> => ({
  indirect: 0,
  opleiding: 0,
  incidentreserve: 0,
  responsief: 0,
  overig: 0,
});

/** The month a staffing change takes effect: its month plus the lead time. */
export function effectiveMonth(change: StaffingChange): MonthKey {
  return format(
    addMonths(parseISO(`${change.month}-01`), change.leadTimeMonths),
    'yyyy-MM',
  ) as MonthKey;
}

/**
 * Computes the bridge: formation FTE → staffed FTE per month (start staffing plus hires and
 * departures once their lead time has passed) → productive hours (norm ÷ 12 per staffed FTE
 * per month) → minus indirect work, training and reserves → capacity for planned supervision
 * → minus statutory and committed activities → the discretionary space.
 */
export function capacityBridge(input: CapacityInput): CapacityBridge {
  const months = monthsOfYear(input.year);
  const inYear = new Set(months);
  const perMonthNorm = input.productiveHoursPerFte / 12;

  // Statutory and committed hours per team and month of this year.
  const committedByTeam = new Map<string, Map<MonthKey, number>>();
  for (const a of input.activities) {
    if (!countsForCapacity(a) || !isCommitted(a)) continue;
    for (const [teamId, row] of activityMonthHours(a)) {
      const target = committedByTeam.get(teamId) ?? new Map<MonthKey, number>();
      for (const [m, h] of row) if (inYear.has(m)) target.set(m, (target.get(m) ?? 0) + h);
      committedByTeam.set(teamId, target);
    }
  }

  // Productive hours per team and month.
  const productive = new Map<string, number[]>();
  const staffed = new Map<string, number[]>();
  const funded = input.fundedStaffing ?? [];
  const fundedFormation = new Map<string, number>();
  for (const c of funded) {
    const from = effectiveMonth(c);
    const active = months.filter((m) => from <= m).length;
    fundedFormation.set(
      c.teamId,
      (fundedFormation.get(c.teamId) ?? 0) + (c.fteDelta * active) / 12,
    );
  }
  for (const t of input.teams) {
    // Each change's month once, not once per month (date-fns is slow in a loop).
    const changes = [...input.staffingChanges, ...funded]
      .filter((c) => c.teamId === t.teamId)
      .map((c) => ({ from: effectiveMonth(c), fteDelta: c.fteDelta }));
    const fte = months.map((m) =>
      Math.max(
        0,
        changes.reduce<number>((s, c) => (c.from <= m ? s + c.fteDelta : s), t.staffedFte),
      ),
    );
    staffed.set(t.teamId, fte);
    productive.set(
      t.teamId,
      fte.map((f) => f * perMonthNorm),
    );
  }
  const totalProductive = [...productive.values()].reduce(
    (s, row) => s + row.reduce((a, b) => a + b, 0),
    0,
  );

  // Deductions per team and month.
  const deducted = new Map<string, Record<DeductionKind, number>[]>();
  for (const t of input.teams) deducted.set(t.teamId, months.map(zeroDeductions));
  for (const d of input.deductions) {
    const teams = input.teams.filter((t) => d.teamId === null || t.teamId === d.teamId);
    const pool = teams.reduce(
      (s, t) => s + (productive.get(t.teamId) ?? []).reduce((a, b) => a + b, 0),
      0,
    );
    for (const t of teams) {
      const prod = productive.get(t.teamId) ?? [];
      const rows = deducted.get(t.teamId) ?? [];
      prod.forEach((p, i) => {
        const amount = d.basis === 'share' ? d.value * p : pool > 0 ? (d.value * p) / pool : 0;
        const row = rows[i];
        if (row) row[d.kind] += amount;
      });
    }
  }

  const teams: TeamYear[] = input.teams.map((t) => {
    const prod = productive.get(t.teamId) ?? [];
    const ded = deducted.get(t.teamId) ?? [];
    const fteRow = staffed.get(t.teamId) ?? [];
    const committed = committedByTeam.get(t.teamId) ?? new Map<MonthKey, number>();
    const monthRows: TeamMonth[] = months.map((m, i) => {
      const p = prod[i] ?? 0;
      const dRow = ded[i] ?? zeroDeductions();
      const d = DEDUCTION_ORDER.reduce((s, k) => s + dRow[k], 0);
      return {
        month: m,
        staffedFte: fteRow[i] ?? 0,
        productive: p,
        deducted: d,
        capacity: p - d,
        committed: committed.get(m) ?? 0,
      };
    });
    const deductions = zeroDeductions();
    for (const row of ded) for (const k of DEDUCTION_ORDER) deductions[k] += row[k];
    const sum = (f: (r: TeamMonth) => number) => monthRows.reduce((s, r) => s + f(r), 0);
    const capacity = sum((r) => r.capacity);
    const committedTotal = sum((r) => r.committed);
    return {
      teamId: t.teamId,
      formationFte: t.formationFte,
      averageStaffedFte: sum((r) => r.staffedFte) / 12,
      formationHours:
        (t.formationFte + (fundedFormation.get(t.teamId) ?? 0)) * input.productiveHoursPerFte,
      productive: sum((r) => r.productive),
      deductions,
      capacity,
      committed: committedTotal,
      discretionary: capacity - committedTotal,
      months: monthRows,
    };
  });

  const total = (f: (t: TeamYear) => number) => teams.reduce((s, t) => s + f(t), 0);
  const formationHours = total((t) => t.formationHours);
  const planned = total((t) => t.capacity);
  const committed = total((t) => t.committed);
  const steps: BridgeStep[] = [
    { key: 'formation', kind: 'total', hours: formationHours },
    { key: 'vacancies', kind: 'minus', hours: formationHours - totalProductive },
    { key: 'productive', kind: 'subtotal', hours: totalProductive },
    ...DEDUCTION_ORDER.map((k): BridgeStep => ({
      key: k,
      kind: 'minus',
      hours: total((t) => t.deductions[k]),
    })).filter((s) => s.hours !== 0),
    { key: 'planned', kind: 'subtotal', hours: planned },
    { key: 'committed', kind: 'minus', hours: committed },
    { key: 'discretionary', kind: 'subtotal', hours: planned - committed },
  ];
  return { months, teams, steps };
}

/**
 * The bridge of a programme year from the programme's own capacity frame, with the people that
 * confirmed conditional funding pays for (when the programme's cost model is given).
 */
export function programmeBridge(
  programme: Pick<Programme, 'year' | 'capacity'> & { readonly budget?: Programme['budget'] },
  activities: readonly Activity[],
): CapacityBridge {
  const { budget } = programme;
  return capacityBridge({
    fundedStaffing: budget ? fundedStaffingChanges({ ...programme, budget }, activities) : [],
    year: programme.year,
    productiveHoursPerFte: programme.capacity.productiveHoursPerFte,
    teams: programme.capacity.teams,
    deductions: programme.capacity.deductions,
    staffingChanges: programme.capacity.staffingChanges,
    activities,
  });
}
