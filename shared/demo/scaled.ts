import type { Activity, Programme, Team } from '../domain/schemas';
import { fte, hours, monthKey } from '../domain/units';
import { createDemoData, type DemoData } from './inspectie-jenv';

/**
 * The demo scaled to `size` activities over 20 teams and 12 months (issue 11's benchmark): the
 * demo's activities repeated with new ids, their hours spread over the teams, every row valid
 * under the schemas. Deterministic: the same size gives the same programme.
 */
export function scaledDemo(size: number): DemoData {
  const base = createDemoData();
  const programme = base.programmes[0] as Programme;
  const extra = 20 - base.teams.length;
  const teams: Team[] = [
    ...base.teams,
    ...Array.from({ length: Math.max(0, extra) }, (_, i) => ({
      id: `team-extra-${String(i + 1)}` as Team['id'],
      organisationId: base.organisation.id,
      name: `Team ${String(i + 1)} (schaal)`,
      order: base.teams.length + i + 1,
    })),
  ];
  const scale = size / base.activities.length;
  const capacityTeams = teams.map((t) => {
    const known = programme.capacity.teams.find((c) => c.teamId === t.id);
    const f = (known?.formationFte ?? 15) * Math.max(1, scale) * (base.teams.length / 20);
    return {
      teamId: t.id,
      formationFte: fte(Math.round(f * 100) / 100),
      staffedFte: fte(Math.round(f * 95) / 100),
    };
  });
  const activities: Activity[] = Array.from({ length: size }, (_, i) => {
    const from = base.activities[i % base.activities.length] as Activity;
    const start = 1 + (i % 9);
    const team = (k: number) => (teams[(i + k * 7) % teams.length] as Team).id;
    const total = from.allocations.reduce((s, a) => s + a.hours, 0);
    return {
      ...from,
      id: `act-scaled-${String(i + 1)}` as Activity['id'],
      title: `${from.title} (${String(i + 1)})`.slice(0, 300),
      startMonth: monthKey(`2026-${String(start).padStart(2, '0')}`),
      endMonth: monthKey(`2026-${String(Math.min(12, start + 3 + (i % 4))).padStart(2, '0')}`),
      allocations: [0, 1, 2].map((k) => ({
        teamId: team(k),
        month: null,
        hours: hours(Math.round(total / 3)),
      })),
      force: null,
    };
  });
  return {
    ...base,
    teams,
    programmes: [{ ...programme, capacity: { ...programme.capacity, teams: capacityTeams } }],
    activities,
  };
}
