import { parseResource } from './line-basis';
import { rankedFill, type Candidate, type FillOptions, type TeamHours } from './ranking';

/** The forces that make the line equal a chosen set: ids to force in, and ids to force out. */
export type Adoption = {
  readonly forceIn: readonly string[];
  readonly forceOut: readonly string[];
};

/**
 * The fewest forces that make the ranked fill put exactly `selected` above the line: first
 * force in what the selection adds and force out what it drops; then, as long as the fill
 * still differs (room freed or taken changes what fits further down), force the ones that
 * differ too. Each round adds at least one force, so it ends; with every candidate forced the
 * fill equals the selection by definition. Activities already forced keep their force.
 */
export function adoptionForces(
  candidates: readonly Candidate[],
  space: TeamHours,
  selected: ReadonlySet<string>,
  options: FillOptions = {},
): Adoption {
  const force = new Map<string, 'in' | 'out'>();
  const withForces = (): Candidate[] =>
    candidates.map((c) => {
      const f = force.get(c.id);
      return f ? { ...c, force: f } : c;
    });
  for (;;) {
    const line = rankedFill(withForces(), space, options);
    let changed = false;
    for (const e of line.entries) {
      const want = selected.has(e.id);
      if (e.above === want) continue;
      const c = candidates.find((x) => x.id === e.id);
      if (!c || force.has(e.id)) continue;
      force.set(e.id, want ? 'in' : 'out');
      changed = true;
    }
    if (!changed) break;
  }
  const ids = (mode: 'in' | 'out') =>
    [...force]
      .filter(([id, m]) => m === mode && candidates.find((c) => c.id === id)?.force !== mode)
      .map(([id]) => id);
  return { forceIn: ids('in'), forceOut: ids('out') };
}

/** Hours per team (summed over periods) that a set of candidates takes. */
export function teamHoursOf(
  candidates: readonly Candidate[],
  ids: ReadonlySet<string>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of candidates) {
    if (!ids.has(c.id)) continue;
    for (const [resource, h] of c.hours) {
      const team = parseResource(resource).teamId;
      out.set(team, (out.get(team) ?? 0) + h);
    }
  }
  return out;
}
