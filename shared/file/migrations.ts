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

/**
 * One organisation's rows from version 3 to 4 (the file and the database upgrade share it):
 * every planned output gets an id unique within its activity (`o1`, `o2`, …), so an edit names the
 * output it changes; a programme's `publishedOn` becomes its adoption, of a version holding the
 * programme as the file has it (the best record of what was adopted); the bundle gains its
 * (empty) list of amendments.
 */
export function bundleV3ToV4(bundle: Record<string, unknown>): Record<string, unknown> {
  const activities = asArray(bundle.activities).map((a): Record<string, unknown> => {
    const activity = asRecord(a);
    const outputs = asArray(activity.outputs).map((o, i) => ({ id: `o${i + 1}`, ...asRecord(o) }));
    return { ...activity, outputs };
  });
  const versions: Record<string, unknown>[] = [];
  const programmes = asArray(bundle.programmes).map((p) => {
    const { publishedOn, ...programme } = asRecord(p);
    const plain = { ...programme, adoption: null, closedOn: null };
    if (typeof publishedOn !== 'string') return plain;
    const versionId = `v-${String(programme.id)}`.slice(0, 100);
    const organisation = asRecord(bundle.organisation);
    const mjps = asArray(bundle.mjps).filter((m) => asRecord(m).id === programme.mjpId);
    versions.push({
      id: versionId,
      programmeId: programme.id,
      name: `Vastgesteld ${String(programme.year)}`,
      note: '',
      savedAt: `${publishedOn}T12:00:00.000Z`,
      author: '',
      format: 4,
      content: {
        organisation,
        mjps,
        themes: asArray(bundle.themes).filter((t) => asRecord(t).mjpId === programme.mjpId),
        domains: asArray(bundle.domains),
        teams: asArray(bundle.teams),
        programmes: [plain],
        activities: activities.filter((a) => a.programmeId === programme.id),
        versions: [],
        amendments: [],
      },
    });
    return { ...plain, adoption: { versionId, on: publishedOn } };
  });
  return { ...bundle, programmes, activities, versions, amendments: [] };
}

/** Version 4: output ids, versions and amendments (see `bundleV3ToV4`). */
const v3ToV4: Step = (file) => ({
  ...file,
  formatVersion: 4,
  organisations: asArray(file.organisations).map((b) => bundleV3ToV4(asRecord(b))),
});

/**
 * Version 5: scenarios, decisions and comments (issue 12) and realisations (issue 13), none in
 * an older file. The activities' and programmes' realisation fields come from the schema's
 * defaults (no year-end status, no publication, the 10% and 40 hours threshold).
 */
export function bundleV4ToV5(bundle: Record<string, unknown>): Record<string, unknown> {
  return { ...bundle, scenarios: [], decisions: [], comments: [], realisations: [] };
}

/** Version 5: see `bundleV4ToV5`. */
const v4ToV5: Step = (file) => ({
  ...file,
  formatVersion: 5,
  organisations: asArray(file.organisations).map((b) => bundleV4ToV5(asRecord(b))),
});

/**
 * Version 6: a programme's realised spending and its draws on the incident reserve, and an
 * activity's link to the activity of last year it continues (issue 13). All three have defaults
 * (none recorded, no draws, no link), so a version 5 bundle reads as it is; the version number
 * changes so an older Koers refuses a newer file instead of dropping these fields.
 */
export function bundleV5ToV6(bundle: Record<string, unknown>): Record<string, unknown> {
  return bundle;
}

/** Version 6: see `bundleV5ToV6`. */
const v5ToV6: Step = (file) => ({
  ...file,
  formatVersion: 6,
  organisations: asArray(file.organisations).map((b) => bundleV5ToV6(asRecord(b))),
});

/** The steps by the version they start from. */
const STEPS: Record<number, Step> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4, 4: v4ToV5, 5: v5ToV6 };

/** Migrates a parsed file from its version up to the current one, step by step. */
export function migrateForward(
  file: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  let current = file;
  for (let v = version; STEPS[v] !== undefined; v += 1) current = (STEPS[v] as Step)(current);
  return current;
}
