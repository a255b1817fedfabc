/**
 * Forward migrations of the programme file, one per format version. Released versions are
 * never changed; a new version adds a step here and a fixture test.
 */

/** One step: turns a file of version `from` into version `from + 1`. */
type Step = (file: Record<string, unknown>) => Record<string, unknown>;

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Version 1 (the foundation) had no capacity deductions, staffing changes, pairwise comparisons,
 * cost model, forces or funding amounts. Version 2 adds them, empty.
 */
const v1ToV2: Step = (file) => {
  const data = asRecord(file.data);
  const programmes = asArray(data.programmes).map((p) => {
    const programme = asRecord(p);
    const capacity = asRecord(programme.capacity);
    const riskScheme = asRecord(programme.riskScheme);
    const budget = asRecord(programme.budget);
    return {
      ...programme,
      capacity: { deductions: [], staffingChanges: [], ...capacity },
      riskScheme: { comparisons: [], ...riskScheme },
      budget: { costModel: null, ...budget },
    };
  });
  const activities = asArray(data.activities).map((a) => ({
    force: null,
    fundingCents: 0,
    ...asRecord(a),
  }));
  return { ...file, formatVersion: 2, data: { ...data, programmes, activities } };
};

/**
 * Version 2 held one organisation under `data`; version 3 holds a list under `organisations`, so
 * a backup keeps every organisation of the database. A version 2 file is a list of one.
 */
const v2ToV3: Step = (file) => {
  const { data, ...rest } = file;
  return { ...rest, formatVersion: 3, organisations: [data] };
};

/** The steps by the version they start from. */
const STEPS: Record<number, Step> = { 1: v1ToV2, 2: v2ToV3 };

/** Migrates a parsed file from its version up to the current one, step by step. */
export function migrateForward(
  file: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  let current = file;
  for (let v = version; STEPS[v] !== undefined; v += 1) current = (STEPS[v] as Step)(current);
  return current;
}
