import type { Activity, RiskScheme } from '../domain/schemas';
import type { MonthKey } from '../domain/units';
import { activityMonthHours } from './allocation';
import { toResources, type LineBasis } from './line-basis';
import { countsForCapacity, isCommitted } from './counting';
import { riskScore } from './risk-score';

/**
 * Hours per resource of the line: a team in a period (`teamId|Q2`, see line-basis.ts), so that
 * room is judged per team per quarter (or per year, or per month) with one mechanism.
 */
export type TeamHours = ReadonlyMap<string, number>;

/** A discretionary activity as the line sees it: its score and its hours per team and period. */
export type Candidate = {
  readonly id: string;
  readonly score: number;
  readonly hours: TeamHours;
  readonly force: 'in' | 'out' | null;
};

/** Where an activity ends up, and why. */
export type LineReason = 'forced-in' | 'forced-out' | 'fits' | 'does-not-fit' | 'after-line';

/** One activity's place relative to the line. */
export type LineEntry = {
  readonly id: string;
  readonly above: boolean;
  readonly reason: LineReason;
  /** Position in score order, 1 = highest (forced-in first). */
  readonly rank: number;
  /** For an activity that does not fit: the hours short per team and period. */
  readonly short?: TeamHours;
};

/** How the fill walks the ranking. */
export type FillOptions = {
  /** The old single cut-off ("strikte lijn"): after the first miss everything is below. */
  readonly strict?: boolean;
};

/** The ranked fill: who is above and below the line, and the first one that did not fit. */
export type LineResult = {
  readonly entries: readonly LineEntry[];
  readonly firstMiss: string | null;
  /** Hours per team used by the activities above the line. */
  readonly used: TeamHours;
  /** Discretionary space per team. */
  readonly space: TeamHours;
};

/** Rounding tolerance in hours: allocations spread in hundredths. */
const EPS = 1e-6;

/**
 * The activities that compete for the discretionary space, with their scores and their hours
 * per team and period of the basis, within the programme's months.
 */
export function candidatesOf(
  activities: readonly Activity[],
  scheme: RiskScheme,
  months: ReadonlySet<MonthKey>,
  basis: LineBasis = 'year',
): Candidate[] {
  const context = contextOf(`${basis}|${[...months].join(',')}`);
  return activities
    .filter((a) => countsForCapacity(a) && !isCommitted(a))
    .map((a) => candidateOf(a, scheme, months, basis, context));
}

/** A context of the candidates (basis and months), interned so a memo compares it by identity. */
type Context = { readonly key: string };
const contexts = new Map<string, Context>();

/** The interned context of a key. */
function contextOf(key: string): Context {
  let context = contexts.get(key);
  if (!context) {
    context = { key };
    if (contexts.size > 1_000) contexts.clear();
    contexts.set(key, context);
  }
  return context;
}

/** A row's candidate in one context, with the scheme it was scored on. */
type CandidateMemo = {
  readonly context: Context;
  readonly scheme: RiskScheme;
  readonly candidate: Candidate;
};
/** Per row: the candidate last asked for (rows are replaced, never mutated). */
const candidateCache = new WeakMap<Activity, CandidateMemo>();

/** One row's candidate, worked out once per row, scheme and context (rows are never mutated). */
function candidateOf(
  a: Activity,
  scheme: RiskScheme,
  months: ReadonlySet<MonthKey>,
  basis: LineBasis,
  context: Context,
): Candidate {
  const known = candidateCache.get(a);
  if (known && known.context === context && known.scheme === scheme) return known.candidate;
  const candidate: Candidate = {
    id: a.id,
    score: riskScore(a, scheme).score,
    hours: toResources(activityMonthHours(a), months, basis),
    force: a.force?.mode ?? null,
  };
  candidateCache.set(a, { context, scheme, candidate });
  return candidate;
}

/** Resources (`teamId|Q2`) numbered once for all plans, so the fill can work in typed arrays. */
const resourceIds = new Map<string, number>();
/** The resource of each number. */
const resourceKeys: string[] = [];

/** The number of a resource key (given on first sight, kept for good). */
function resourceId(key: string): number {
  let id = resourceIds.get(key);
  if (id === undefined) {
    id = resourceKeys.length;
    resourceIds.set(key, id);
    resourceKeys.push(key);
  }
  return id;
}

/** A candidate's hours as numbered resources, in the order of its `hours`, and their total. */
type HoursVector = {
  readonly c: Candidate;
  /** Resource number and hours, pair after pair, in the order of `hours` (one flat array). */
  readonly pairs: readonly number[];
  /** The sum of its hours in the order of `hours` (what score order ties on). */
  readonly total: number;
  /** Its id's collation place, valid while `placeAge` is the current `placesAge`. */
  place: number;
  placeAge: number;
  /** Where the last fill that had it put it in score order (a hint for the next sort). */
  lastAt: number;
  /** Its place in the candidates of the fill being drawn (set and read within one fill). */
  at: number;
  /** The entry the last fill gave it: the next fill reuses it when it would be the same. */
  entry: LineEntry | null;
  /** What liftAll last said it would take to lift it (reused when the same again). */
  lift: LiftNeed | null;
};

/** Vectors per candidate object: candidates are cached per row, so these are too. */
const vectors = new WeakMap<Candidate, HoursVector>();

/** The hours vector of a candidate. */
function vectorOf(c: Candidate): HoursVector {
  const known = vectors.get(c);
  if (known) return known;
  const pairs: number[] = [];
  let total = 0;
  for (const [t, h] of c.hours) {
    pairs.push(resourceId(t), h);
    total += h;
  }
  const v: HoursVector = {
    c,
    pairs,
    total,
    place: 0,
    placeAge: -1,
    lastAt: -1,
    at: -1,
    entry: null,
    lift: null,
  };
  vectors.set(c, v);
  return v;
}

/** Hours per resource number (0 where a resource has none). */
function denseOf(map: TeamHours): Float64Array {
  for (const t of map.keys()) resourceId(t);
  const out = new Float64Array(resourceKeys.length);
  for (const [t, h] of map) out[resourceId(t)] = h;
  return out;
}

/** `roomAfterForced` in typed arrays, adding and clamping in the same order. */
function denseRoom(
  candidates: readonly Candidate[],
  space: TeamHours,
  vecs: readonly HoursVector[] = candidates.map(vectorOf),
): Float64Array {
  const room = denseOf(space);
  const n = resourceKeys.length;
  const touched = new Uint8Array(n);
  for (const t of space.keys()) touched[resourceId(t)] = 1;
  candidates.forEach((c, i) => {
    if (c.force !== 'in') return;
    const v = vecs[i] as HoursVector;
    for (let k = 0; k < v.pairs.length; k += 2) {
      const r = v.pairs[k] as number;
      room[r] = (room[r] as number) - (v.pairs[k + 1] as number);
      touched[r] = 1;
    }
  });
  for (let r = 0; r < n; r += 1) if (touched[r]) room[r] = Math.max(0, room[r] as number);
  return room;
}

/** `fits` on a vector against dense used and room. */
function fitsDense(v: HoursVector, used: Float64Array, room: Float64Array): boolean {
  for (let k = 0; k < v.pairs.length; k += 2) {
    const h = v.pairs[k + 1] as number;
    const r = v.pairs[k] as number;
    if (h > EPS && (used[r] as number) + h > (room[r] as number) + EPS) return false;
  }
  return true;
}

/**
 * Hours per resource found by a pass over a vector (shortfalls, hours to free): resource numbers
 * and amounts in the order found, kept between calls so a pass allocates nothing.
 */
const scratchKeys: number[] = [];
const scratchValues: number[] = [];

/** Puts a resource and its amount at place `n` of the scratch; the next free place. */
function putScratch(n: number, r: number, amount: number): number {
  scratchKeys[n] = r;
  scratchValues[n] = amount;
  return n + 1;
}

/** Whether a map holds exactly the scratch's first `n` resources and amounts, in that order. */
function sameAsScratch(map: TeamHours | undefined, n: number): boolean {
  if (map === undefined || map.size !== n) return false;
  let k = 0;
  for (const [t, h] of map) {
    if (t !== resourceKeys[scratchKeys[k] as number] || !Object.is(h, scratchValues[k]))
      return false;
    k += 1;
  }
  return true;
}

/** The scratch's first `n` resources and amounts as a map. */
function mapOfScratch(n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < n; k += 1)
    out.set(resourceKeys[scratchKeys[k] as number] as string, scratchValues[k] as number);
  return out;
}

/**
 * A vector's line entry: the one its last fill gave it when that is the same (rows are replaced,
 * never mutated, so most entries stay the same between edits and need no new object), else a
 * new one. A shortfall is in the scratch (`n` resources) for 'does-not-fit'.
 */
function entryOf(
  v: HoursVector,
  above: boolean,
  reason: LineReason,
  rank: number,
  n = -1,
): LineEntry {
  const last = v.entry;
  if (
    last !== null &&
    last.id === v.c.id &&
    last.above === above &&
    last.reason === reason &&
    last.rank === rank &&
    (n < 0 ? last.short === undefined : sameAsScratch(last.short, n))
  )
    return last;
  const entry: LineEntry =
    n < 0
      ? { id: v.c.id, above, reason, rank }
      : { id: v.c.id, above, reason, rank, short: mapOfScratch(n) };
  v.entry = entry;
  return entry;
}

/** Compares ids as `String.prototype.localeCompare` does, without its per-call set-up. */
const collator = new Intl.Collator();

/** Every id seen, in collation order, and each one's place in it (ids that collate equal share one). */
let collated: string[] = [];
let placeOfId = new Map<string, number>();
/** Goes up each time the places are worked out again. */
let placesAge = 0;

/**
 * Gives each vector its id's collation place, so score order can break ties on numbers instead
 * of comparing strings: places are kept across plans and worked out again only when new ids come.
 */
function placeIds(vecs: readonly HoursVector[]): void {
  const stale = vecs.filter((v) => v.placeAge !== placesAge);
  const fresh = [...new Set(stale.map((v) => v.c.id).filter((id) => !placeOfId.has(id)))];
  if (fresh.length > 0) {
    if (collated.length + fresh.length > 200_000) collated = [];
    if (fresh.length > 64 || collated.length === 0) {
      collated = [...collated, ...fresh].sort(collator.compare);
    } else {
      for (const id of fresh) {
        let lo = 0;
        let hi = collated.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (collator.compare(collated[mid] as string, id) <= 0) lo = mid + 1;
          else hi = mid;
        }
        collated.splice(lo, 0, id);
      }
    }
    placeOfId = new Map();
    let place = 0;
    collated.forEach((id, i) => {
      if (i > 0 && collator.compare(collated[i - 1] as string, id) !== 0) place = i;
      placeOfId.set(id, place);
    });
    placesAge += 1;
  }
  for (const v of fresh.length > 0 ? vecs : stale) {
    v.place = placeOfId.get(v.c.id) as number;
    v.placeAge = placesAge;
  }
}

/** Score order on vectors: score, then total hours, then id (by collation place). */
const byScore = (a: HoursVector, b: HoursVector): number =>
  b.c.score - a.c.score || a.total - b.total || a.place - b.place;

/**
 * Candidates in score order (`scoreOrder`), as their vectors, and whether their ids are unique.
 * With unique ids and finite figures the order is total, so the sort may start from the order
 * the last fill left (nearly sorted after an edit: the sort then takes about one pass).
 */
function scoreOrdered(vecs: readonly HoursVector[]): { ordered: HoursVector[]; unique: boolean } {
  placeIds(vecs);
  // Ids that collate apart are different ids; equal places may be one id twice (or two that
  // collate equal): then liftAll looks ids up as liftNeed does.
  const taken = new Uint8Array(collated.length);
  let unique = true;
  let finite = true;
  for (const v of vecs) {
    if (taken[v.place]) unique = false;
    taken[v.place] = 1;
    if (!Number.isFinite(v.c.score) || !Number.isFinite(v.total)) finite = false;
  }
  if (!unique || !finite) return { ordered: [...vecs].sort(byScore), unique };
  const slots: (HoursVector | undefined)[] = new Array<HoursVector | undefined>(vecs.length);
  const rest: HoursVector[] = [];
  for (const v of vecs) {
    if (v.lastAt >= 0 && v.lastAt < vecs.length && slots[v.lastAt] === undefined)
      slots[v.lastAt] = v;
    else rest.push(v);
  }
  const ordered = slots.filter((v): v is HoursVector => v !== undefined);
  for (const v of rest) ordered.push(v);
  ordered.sort(byScore);
  ordered.forEach((v, i) => {
    v.lastAt = i;
  });
  return { ordered, unique };
}

/** The hours short per resource when `hours` is added to `used` within `room`. */
export function shortfall(hours: TeamHours, used: TeamHours, room: TeamHours): Map<string, number> {
  const short = new Map<string, number>();
  for (const [t, h] of hours) {
    if (h <= EPS) continue;
    const over = (used.get(t) ?? 0) + h - (room.get(t) ?? 0);
    if (over > EPS) short.set(t, over);
  }
  return short;
}

/** Score order: highest first; equal scores by fewer hours, then by id (a stable order). */
export function scoreOrder(a: Candidate, b: Candidate): number {
  return b.score - a.score || vectorOf(a).total - vectorOf(b).total || collator.compare(a.id, b.id);
}

/** The room per team once forced-in activities have taken theirs (never below zero). */
export function roomAfterForced(
  candidates: readonly Candidate[],
  space: TeamHours,
): Map<string, number> {
  const room = new Map(space);
  for (const c of candidates)
    if (c.force === 'in') for (const [t, h] of c.hours) room.set(t, (room.get(t) ?? 0) - h);
  for (const [t, h] of room) room.set(t, Math.max(0, h));
  return room;
}

/** True when hours fit in the room left per team. */
export function fits(hours: TeamHours, used: TeamHours, room: TeamHours): boolean {
  for (const [t, h] of hours)
    if (h > EPS && (used.get(t) ?? 0) + h > (room.get(t) ?? 0) + EPS) return false;
  return true;
}

/**
 * The line per team ("kiezen in schaarste"): forced-in activities first, whatever they take;
 * then, in score order, each activity goes above the line when every team it needs still has
 * room in every period it needs it, after the higher-ranked activities that fit. One that does
 * not fit is skipped and says which team lacks how many hours; lower ones that fit still go in,
 * so one team's shortage never pushes another team's work below the line. Forced-out activities
 * are always below. With `strict`, the old single cut-off: the first miss and everything after.
 */
export function rankedFill(
  candidates: readonly Candidate[],
  space: TeamHours,
  options: FillOptions = {},
): LineResult {
  const vecs = candidates.map(vectorOf);
  const room = denseRoom(candidates, space, vecs);
  const n = resourceKeys.length;
  const used = new Float64Array(n);
  const forcedUsed = new Float64Array(n);
  // Which resources were first touched when, so the maps come out in the order they always did.
  const usedSeen = new Uint8Array(n);
  const forcedSeen = new Uint8Array(n);
  const usedOrder: number[] = [];
  const forcedOrder: number[] = [];
  const entries: LineEntry[] = [];
  let firstMiss: string | null = null;
  const { ordered, unique } = scoreOrdered(vecs);
  const forcedIn = ordered.filter((v) => v.c.force === 'in');
  const rest = ordered.filter((v) => v.c.force !== 'in');
  let rank = 0;
  for (const v of forcedIn) {
    rank += 1;
    for (let k = 0; k < v.pairs.length; k += 2) {
      const r = v.pairs[k] as number;
      forcedUsed[r] = (forcedUsed[r] as number) + (v.pairs[k + 1] as number);
      if (!forcedSeen[r]) {
        forcedSeen[r] = 1;
        forcedOrder.push(r);
      }
    }
    entries.push(entryOf(v, true, 'forced-in', rank));
  }
  for (const v of rest) {
    const c = v.c;
    rank += 1;
    if (c.force === 'out') {
      entries.push(entryOf(v, false, 'forced-out', rank));
    } else if (options.strict === true && firstMiss !== null) {
      entries.push(entryOf(v, false, 'after-line', rank));
    } else if (fitsDense(v, used, room)) {
      for (let k = 0; k < v.pairs.length; k += 2) {
        const r = v.pairs[k] as number;
        used[r] = (used[r] as number) + (v.pairs[k + 1] as number);
        if (!usedSeen[r]) {
          usedSeen[r] = 1;
          usedOrder.push(r);
        }
      }
      entries.push(entryOf(v, true, 'fits', rank));
    } else {
      firstMiss ??= c.id;
      // The shortfall per resource (a vector's resources are a map's keys: each once).
      let n = 0;
      for (let k = 0; k < v.pairs.length; k += 2) {
        const h = v.pairs[k + 1] as number;
        if (h <= EPS) continue;
        const r = v.pairs[k] as number;
        const over = (used[r] as number) + h - (room[r] as number);
        if (over > EPS) n = putScratch(n, r, over);
      }
      entries.push(entryOf(v, false, 'does-not-fit', rank, n));
    }
  }
  const total = new Map<string, number>();
  for (const r of forcedOrder) total.set(resourceKeys[r] as string, forcedUsed[r] as number);
  for (const r of usedOrder)
    total.set(
      resourceKeys[r] as string,
      (forcedSeen[r] ? (forcedUsed[r] as number) : 0) + (used[r] as number),
    );
  const result = { entries, firstMiss, used: total, space };
  const byEntry = [...forcedIn, ...rest];
  // With unique ids, each vector stands for one candidate: its place in `candidates` is `at`.
  let flags: Uint8Array | null = null;
  if (unique) {
    vecs.forEach((v, i) => {
      v.at = i;
    });
    flags = new Uint8Array(candidates.length);
    entries.forEach((e, i) => {
      if (e.above) (flags as Uint8Array)[(byEntry[i] as HoursVector).at] = 1;
    });
  }
  fills.set(result, { candidates, byEntry, unique, flags });
  return result;
}

/** What a fill was drawn from: the candidate of each entry, and whether ids were unique. */
type FillSource = {
  readonly candidates: readonly Candidate[];
  readonly byEntry: readonly HoursVector[];
  readonly unique: boolean;
  /** Whether each candidate is above, in the order of `candidates` (null unless ids are unique). */
  readonly flags: Uint8Array | null;
};
/** The source of each line drawn here, so liftAll needs no lookups by id. */
const fills = new WeakMap<LineResult, FillSource>();

/**
 * Whether each candidate is above the line, in the order of `candidates`, for a line that
 * `rankedFill` drew from these very candidates with unique ids (so "its id is above" and "its
 * entry is above" agree); null otherwise, and the caller asks by id.
 */
export function aboveFlags(candidates: readonly Candidate[], line: LineResult): Uint8Array | null {
  const source = fills.get(line);
  return source && source.candidates === candidates ? source.flags : null;
}

/** What it would take to lift a below-the-line activity above it. */
export type LiftNeed = {
  /** Hours to free per team so that it fits after everything now above the line. */
  readonly hoursToFree: TeamHours;
  /** The score it would need to be placed in time (null: no score lifts it; free hours). */
  readonly scoreNeeded: number | null;
};

/**
 * For an activity below the line: the hours per team that must be freed for it to fit after
 * everything above the line, and the score it would need to rank before the first activity
 * whose hours it needs (or before the first miss, when it would fit but the line broke earlier).
 */
export function liftNeed(
  candidates: readonly Candidate[],
  line: LineResult,
  id: string,
): LiftNeed | null {
  const target = candidates.find((c) => c.id === id);
  const entry = line.entries.find((e) => e.id === id);
  if (!target || !entry || entry.above) return null;
  const room = roomAfterForced(candidates, line.space);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const above = line.entries
    .filter((e) => e.above && e.reason === 'fits')
    .map((e) => byId.get(e.id))
    .filter((c): c is Candidate => c !== undefined);
  const usedAbove = new Map<string, number>();
  for (const c of above)
    for (const [t, h] of c.hours) usedAbove.set(t, (usedAbove.get(t) ?? 0) + h);
  // Forced-in hours count in full: when they overflow a team, that overflow must be freed too.
  for (const c of candidates)
    if (c.force === 'in')
      for (const [t, h] of c.hours) usedAbove.set(t, (usedAbove.get(t) ?? 0) + h);
  const hoursToFree = new Map<string, number>();
  for (const [t, h] of target.hours) {
    const short = (usedAbove.get(t) ?? 0) + h - (line.space.get(t) ?? 0);
    if (short > EPS) hoursToFree.set(t, short);
  }
  if (target.force === 'out') return { hoursToFree, scoreNeeded: null };
  if (!fits(target.hours, new Map(), room)) return { hoursToFree, scoreNeeded: null };
  // Walk the activities above the line in order; it must rank before the first one after
  // which it no longer fits.
  const prefix = new Map<string, number>();
  for (const c of above) {
    const withC = new Map(prefix);
    for (const [t, h] of c.hours) withC.set(t, (withC.get(t) ?? 0) + h);
    if (!fits(target.hours, withC, room)) return { hoursToFree, scoreNeeded: c.score };
    for (const [t, h] of c.hours) prefix.set(t, (prefix.get(t) ?? 0) + h);
  }
  const miss = line.firstMiss === null ? undefined : byId.get(line.firstMiss);
  return { hoursToFree, scoreNeeded: miss && miss.id !== id ? miss.score : null };
}

/**
 * `liftNeed` for every activity below the line at once, in the order of the line (the same
 * answers, in linear time): the hours above the line are summed once per team and period, and
 * for each activity the first one above the line after which it no longer fits is found by
 * binary search in each of its resources' running sums (they only grow), the earliest of them.
 */
export function liftAll(
  candidates: readonly Candidate[],
  line: LineResult,
): ReadonlyMap<string, LiftNeed> {
  const out = new Map<string, LiftNeed>();
  const source = fills.get(line);
  // Each below-the-line entry with its candidate; the fits above it; the first miss.
  const targetEntries: LineEntry[] = [];
  const targetCandidates: Candidate[] = [];
  const targetVecs: HoursVector[] = [];
  const target = (e: LineEntry, c: Candidate, v: HoursVector): void => {
    targetEntries.push(e);
    targetCandidates.push(c);
    targetVecs.push(v);
  };
  const above: Candidate[] = [];
  const aboveVecs: HoursVector[] = [];
  let miss: Candidate | undefined;
  if (source && source.candidates === candidates && source.unique) {
    // Drawn here from these candidates with unique ids: each entry's candidate is known.
    line.entries.forEach((e, i) => {
      const v = source.byEntry[i] as HoursVector;
      const c = v.c;
      if (!e.above) target(e, c, v);
      else if (e.reason === 'fits') {
        above.push(c);
        aboveVecs.push(v);
      }
      if (e.id === line.firstMiss) miss = c;
    });
  } else {
    // Otherwise by id, as liftNeed: the first candidate and entry of an id, the last for others.
    const firstCandidate = new Map<string, Candidate>();
    const byId = new Map<string, Candidate>();
    for (const c of candidates) {
      if (!firstCandidate.has(c.id)) firstCandidate.set(c.id, c);
      byId.set(c.id, c);
    }
    const firstEntry = new Map<string, LineEntry>();
    for (const e of line.entries) if (!firstEntry.has(e.id)) firstEntry.set(e.id, e);
    for (const e of line.entries) {
      const c = firstCandidate.get(e.id);
      if (!e.above && firstEntry.get(e.id)?.above === false && c) target(e, c, vectorOf(c));
      const fit = e.above && e.reason === 'fits' ? byId.get(e.id) : undefined;
      if (fit) {
        above.push(fit);
        aboveVecs.push(vectorOf(fit));
      }
    }
    miss = line.firstMiss === null ? undefined : byId.get(line.firstMiss);
  }
  if (targetEntries.length === 0) return out;
  const room = denseRoom(candidates, line.space);
  const space = denseOf(line.space);
  const n = resourceKeys.length;
  // Running sums per resource over the activities above the line, at each one that adds to it.
  const prefix = new Float64Array(n);
  const steps: { at: number[]; sum: number[] }[] = Array.from({ length: n }, () => ({
    at: [],
    sum: [],
  }));
  aboveVecs.forEach((v, i) => {
    for (let k = 0; k < v.pairs.length; k += 2) {
      const r = v.pairs[k] as number;
      prefix[r] = (prefix[r] as number) + (v.pairs[k + 1] as number);
      const step = steps[r] as { at: number[]; sum: number[] };
      step.at.push(i);
      step.sum.push(prefix[r]);
    }
  });
  // Forced-in hours count in full: when they overflow a team, that overflow must be freed too.
  const usedAbove = Float64Array.from(prefix);
  for (const c of candidates) {
    if (c.force !== 'in') continue;
    const v = vectorOf(c);
    for (let k = 0; k < v.pairs.length; k += 2) {
      const r = v.pairs[k] as number;
      usedAbove[r] = (usedAbove[r] as number) + (v.pairs[k + 1] as number);
    }
  }
  const none = new Float64Array(n);
  // Each target's answer in order; the map is built once they are known (and may be reused).
  const ids: string[] = [];
  const needs: LiftNeed[] = [];
  for (let t = 0; t < targetEntries.length; t += 1) {
    const e = targetEntries[t] as LineEntry;
    const c = targetCandidates[t] as Candidate;
    const v = targetVecs[t] as HoursVector;
    let free = 0;
    for (let k = 0; k < v.pairs.length; k += 2) {
      const r = v.pairs[k] as number;
      const short = (usedAbove[r] as number) + (v.pairs[k + 1] as number) - (space[r] as number);
      if (short > EPS) free = putScratch(free, r, short);
    }
    ids.push(e.id);
    if (c.force === 'out' || !fitsDense(v, none, room)) {
      needs.push(liftOf(v, free, null));
      continue;
    }
    let first = above.length;
    for (let k = 0; k < v.pairs.length; k += 2) {
      const h = v.pairs[k + 1] as number;
      if (h <= EPS) continue;
      const r = v.pairs[k] as number;
      const limit = room[r] as number;
      const step = steps[r] as { at: number[]; sum: number[] };
      // The first running sum after which the target's hours exceed the room (sums only grow).
      let lo = 0;
      let hi = step.sum.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((step.sum[mid] as number) + h > limit + EPS) hi = mid;
        else lo = mid + 1;
      }
      if (lo < step.sum.length) first = Math.min(first, step.at[lo] as number);
    }
    const blocker = above[first];
    needs.push(
      liftOf(v, free, blocker ? blocker.score : miss && miss.id !== e.id ? miss.score : null),
    );
  }
  // The last answer again when every entry is the same (an edit seldom moves what lifts others).
  const last = lastLift;
  if (last !== null && last.size === ids.length) {
    let t = 0;
    let same = true;
    for (const [id, need] of last) {
      if (id !== ids[t] || need !== needs[t]) {
        same = false;
        break;
      }
      t += 1;
    }
    if (same) return last;
  }
  for (let t = 0; t < ids.length; t += 1) out.set(ids[t] as string, needs[t] as LiftNeed);
  lastLift = out;
  return out;
}

/** The map liftAll gave last (never changed once given: callers only read it). */
let lastLift: Map<string, LiftNeed> | null = null;

/**
 * A vector's lift need with the hours to free in the scratch (`n` resources): the one liftAll
 * gave it last when that is the same, else a new one.
 */
function liftOf(v: HoursVector, n: number, scoreNeeded: number | null): LiftNeed {
  const last = v.lift;
  if (
    last !== null &&
    Object.is(last.scoreNeeded, scoreNeeded) &&
    sameAsScratch(last.hoursToFree, n)
  )
    return last;
  const need: LiftNeed = { hoursToFree: mapOfScratch(n), scoreNeeded };
  v.lift = need;
  return need;
}
