import { diffRow } from '../delta/delta';
import type { AmendmentId } from '../domain/ids';
import { Activity, type Programme } from '../domain/schemas';
import { snapshotOf } from '../domain/snapshot';
import { hours, isoDate, monthKey } from '../domain/units';
import type { Amendment, Timestamp, Version } from '../domain/versions';
import { amendmentOf, type AmendReason } from '../edit/amendment';
import { adoptedWith, newVersion, type VersionInput } from '../edit/version';
import type { Message } from '../i18n/translate';
import { createDemoData, type DemoData } from './inspectie-jenv';
import { copyForward, copyForwardPlan } from '../edit/copy-forward';
import { euros } from '../domain/units';
import { createYear2025, withCarryOvers } from './year-2025';

/** The version the 2026 programme was adopted with. */
export const DEMO_ADOPTED_VERSION = 'v-wp-2026-vastgesteld';

/** Who signs the demo's versions and amendments (a department, not a person: illustrative). */
const AUTHOR = 'Strategie en Beleid';

/** One change to the adopted 2026 programme, with its reason (all invented, illustrative). */
type DemoAmendment = {
  readonly id: string;
  readonly on: string;
  readonly reason: AmendReason;
  readonly label: Message;
  /** The activity as it is after the change (null: removed); `before` null: added. */
  readonly change: (activities: readonly Activity[]) => {
    before: Activity | null;
    after: Activity | null;
  };
};

const activity = (list: readonly Activity[], id: string): Activity => {
  const found = list.find((a) => a.id === id);
  if (!found) throw new Error(`demo: no activity ${id}`);
  return found;
};

/** A short amendment log after adoption, in date order (illustrative). */
const AMENDMENTS: readonly DemoAmendment[] = [
  {
    id: 'wijz-2026-01-incident',
    on: '2026-01-27',
    reason: {
      reason: 'incident',
      explanation:
        'Ernstig incident in een penitentiaire inrichting op 20 januari 2026; de inspectie start een incidentonderzoek (illustratief).',
    },
    label: { key: 'history.addActivity' },
    change: () => ({
      before: null,
      after: Activity.parse({
        id: 'act-2026-incident-pi',
        programmeId: 'wp-2026',
        title: 'Incidentonderzoek ernstig incident in een penitentiaire inrichting',
        description:
          'Onderzoek naar de toedracht en naar wat de inrichting en de keten ervan kunnen leren (illustratief).',
        sourceRef: 'Wijziging 27-1-2026',
        domainId: 'dom-sanctie',
        primaryThemeId: 'thema-kwetsbaar',
        secondaryThemeIds: [],
        kind: 'incidentonderzoek',
        pyramidLevel: 'intensief',
        commitment: 'vast',
        legalBasis: 'Incidentenregeling; Werkprogramma 2026, § 1.4 (incidentreserve)',
        origin: 'nieuw',
        fundingConditional: false,
        fundingConfirmed: false,
        startMonth: monthKey('2026-02'),
        endMonth: monthKey('2026-07'),
        allocations: [
          { teamId: 'team-jeugd', month: null, hours: hours(900) },
          { teamId: 'team-signalering', month: null, hours: hours(120) },
        ],
        materialCents: 0,
        externalHireCents: 0,
        outputs: [
          {
            id: 'o1',
            kind: 'rapport',
            title: 'Rapport incidentonderzoek',
            plannedMonth: '2026-07',
          },
        ],
        partners: ['Dienst Justitiële Inrichtingen'],
        risk: { kans: 4, ernst: 5, omvang: 1, effect: 3 },
        status: 'in-uitvoering',
        force: null,
      }),
    }),
  },
  {
    id: 'wijz-2026-02-uitgesteld',
    on: '2026-03-10',
    reason: {
      reason: 'capaciteitstekort',
      explanation:
        'Team Politie en Nationale veiligheid heeft twee vacatures langer open dan voorzien; de verkenning schuift naar 2027.',
    },
    label: { key: 'history.editActivity' },
    change: (list) => {
      const before = activity(list, 'act-2026-milieucriminaliteit');
      return { before, after: { ...before, status: 'uitgesteld' } };
    },
  },
  {
    id: 'wijz-2026-03-verzoek',
    on: '2026-04-14',
    reason: {
      reason: 'verzoek-ministerie',
      explanation:
        'Op verzoek van het ministerie volgt de inspectie de screening ook bij de aanmeldcentra; 400 uur meer voor Team Migratie.',
    },
    label: { key: 'history.editActivity' },
    change: (list) => {
      const before = activity(list, 'act-2026-asielpact-screening');
      return {
        before,
        after: {
          ...before,
          allocations: before.allocations.map((a) =>
            a.teamId === 'team-migratie' ? { ...a, hours: hours(a.hours + 400) } : a,
          ),
        },
      };
    },
  },
  {
    id: 'wijz-2026-04-vervallen',
    on: '2026-06-02',
    reason: {
      reason: 'vervallen',
      explanation:
        'Defensie brengt de beschikbaarheid voor civiele autoriteiten zelf in beeld; de verkenning vervalt (illustratief).',
    },
    label: { key: 'history.editActivity' },
    change: (list) => {
      const before = activity(list, 'act-2026-defensie-beschikbaarheid');
      return { before, after: { ...before, status: 'vervallen' } };
    },
  },
];

/**
 * The demo through its life cycle (issue 10): the 2025 programme as the Jaarbericht 2025 reports
 * it (adopted, run, its year end recorded: shared/demo/year-2025.ts), the 2026 programme adopted
 * on 9 October 2025 as a saved version (its carry-overs pointing back to 2025), a short log of
 * amendments after it, each applied to the programme as the app would (the change and its
 * amendment together), and a concept 2027 made from 2026 by *Nieuw werkprogramma* as it stood in
 * September 2026. All figures are illustrative.
 */
export function createDemoLifeCycle(): DemoData {
  const concept = createDemoData();
  const base = { ...concept, activities: withCarryOvers(concept.activities) };
  const y2025 = createYear2025(base);
  const programme = base.programmes[0] as Programme;
  const { bundle: withAdoption, version } = adoptedBundle(base, programme.id, {
    id: DEMO_ADOPTED_VERSION,
    name: 'Werkprogramma 2026 zoals gepubliceerd',
    note: 'Zoals vastgesteld door de inspecteur-generaal en gepubliceerd op 9 oktober 2025.',
    savedAt: '2025-10-09T08:00:00.000Z',
    author: AUTHOR,
    on: '2025-10-09',
  });
  const adopted = withAdoption.programmes.find((p) => p.id === programme.id) as Programme;
  let activities = [...base.activities];
  const amendments: Amendment[] = [];
  for (const a of AMENDMENTS) {
    const { before, after } = a.change(activities);
    const key = (after ?? before)?.id ?? '';
    const delta = diffRow('activities', key, before, after);
    if (!delta) continue;
    activities = after
      ? before
        ? activities.map((x) => (x.id === key ? after : x))
        : [...activities, after]
      : activities.filter((x) => x.id !== key);
    amendments.push(
      amendmentOf([{ programmeId: programme.id, delta }], {
        id: a.id as AmendmentId,
        programme: adopted,
        on: isoDate(a.on),
        at: `${a.on}T10:00:00.000Z` as Timestamp,
        author: AUTHOR,
        reason: a.reason,
        label: a.label,
        activity: (id) => activities.find((x) => x.id === id) ?? null,
      }),
    );
  }
  const next = conceptNextYear({ ...base, programmes: [adopted], activities });
  return {
    ...base,
    programmes: [y2025.programme, adopted, next.programme],
    activities: [...y2025.activities, ...activities, ...next.activities],
    versions: [y2025.version, version],
    amendments: [...y2025.amendments, ...amendments],
    realisations: [...y2025.realisations],
  };
}

/**
 * A bundle with one programme saved as a version and adopted with it on `on`, as *Versie
 * opslaan* and *Vaststellen* do (`newVersion`, `adoptedWith`): the demo and the tests build an
 * adopted programme through the same rules as the app.
 */
export function adoptedBundle(
  bundle: DemoData,
  programmeId: string,
  input: VersionInput & { readonly on: string },
): { readonly bundle: DemoData; readonly version: Version } {
  const snapshot = snapshotOf(bundle, programmeId);
  if (!snapshot) throw new Error(`demo: no programme ${programmeId}`);
  const version = newVersion(snapshot, input);
  if (!version.ok) throw new Error(`demo: version refused (${version.error.key})`);
  const adopted = adoptedWith(snapshot.programme, version.value, input.on);
  if (!adopted.ok) throw new Error(`demo: adoption refused (${adopted.error.key})`);
  return {
    bundle: {
      ...bundle,
      programmes: bundle.programmes.map((p) => (p.id === programmeId ? adopted.value : p)),
      versions: [...bundle.versions, version.value],
    },
    version: version.value,
  };
}

/** The concept 2027, made from 2026 by the copy-forward with what it carries by default. */
function conceptNextYear(rows: DemoData) {
  const source = snapshotOf(rows, 'wp-2026');
  if (!source) throw new Error('demo: no 2026 programme');
  const cutOff = monthKey('2026-09');
  const carry = copyForwardPlan(source, { cutOff })
    .filter((row) => row.byDefault)
    .map((row) => row.activityId);
  const made = copyForward(
    source,
    {
      cutOff,
      frameCents: euros(16_350_000),
      frameSource: 'Illustratief: het kader 2027 zoals ingevuld bij Nieuw werkprogramma',
      carry,
      mjpId: null,
      themeMap: {},
    },
    {
      programmeId: 'wp-2027',
      activities: Object.fromEntries(
        source.activities.map((a) => [a.id, a.id.replace(/^act-2026-/, 'act-2027-')]),
      ),
    },
  );
  if (!made.ok) throw new Error('demo: the copy to 2027 was refused');
  return made.value;
}
