/**
 * The demo organisation: the Inspectie Justitie en Veiligheid with its MJP 2025–2028 and its
 * Werkprogramma 2026, built from the public documents in shared/seeds (001: Werkprogramma 2026,
 * 003: MJP 2025–2028, 000: Jaarbericht 2025).
 *
 * From the seeds: the MJP tree and its descriptions, the domains, every activity chapter 1 and
 * § 2.5 of the Werkprogramma announce (title, section, theme, carry-over, statutory and
 * funding-conditional flags, start of the asylum pact "vanaf medio 2026"), the carry-overs the
 * Jaarbericht 2025 confirms, the partners the seeds name, the formation of 149,55 fte (001 § 3.3),
 * the budget frame of € 16.228.000 (001 § 3.2) and the publication date (9 oktober 2025).
 *
 * INVENTED for illustration (not public): the team split and staffing, every hour figure, the
 * risk scores, material and external-hire costs, fixed costs, deductions, planned output months
 * and the funding that comes with the asylum pact. The programme is marked `illustrative` and
 * the app says so.
 */
import type { Deduction, StaffingChange } from '../domain/capacity';
import { defaultCostModel } from '../budget/defaults';
import {
  Activity,
  Domain,
  Mjp,
  Organisation,
  Programme,
  Team,
  Theme,
  type ActivityKind,
  type ActivityStatus,
  type Commitment,
  type Origin,
  type OutputKind,
  type PyramidLevel,
} from '../domain/schemas';
import { euros, fte, hours, monthKey } from '../domain/units';
import type { Comment, Decision, Scenario } from '../domain/review';
import type { Realisation } from '../domain/realisation';
import type { Amendment, Version } from '../domain/versions';

/** Everything the demo puts in an empty database. */
export type DemoData = {
  organisation: Organisation;
  mjps: Mjp[];
  themes: Theme[];
  domains: Domain[];
  teams: Team[];
  programmes: Programme[];
  activities: Activity[];
  versions: Version[];
  amendments: Amendment[];
  scenarios: Scenario[];
  decisions: Decision[];
  comments: Comment[];
  realisations: Realisation[];
};

const ORG = 'org-inspectie-jenv';
const MJP = 'mjp-2025-2028';
const PROGRAMME = 'wp-2026';

/**
 * MJP 2025–2028 (seed 003, § 3; the Werkprogramma 2026 follows it in §§ 1.2–1.3.2): two foci,
 * each with the themes the MJP names under it. The names are the MJP's own; the Werkprogramma
 * spells the second focus "Focus op het maatschappelijk effect". The core values and "de
 * ontwikkeling van onze organisatie" (003 § 4) are how the inspectorate works, not themes that
 * activities are tied to, so they are not in the tree.
 */
const THEMES = [
  {
    id: 'focus-context',
    parentId: null,
    name: 'Focus op de context',
    description:
      'De context waarbinnen organisaties in het domein van JenV/AenM werken verandert voortdurend: wetten, stelsels, beleid, budgetten en de arbeidsmarkt, met meerdere bestuurslagen en stelsels. Het toezicht verbreedt zich naar die context en signaleert knelpunten die erdoor worden veroorzaakt.',
  },
  {
    id: 'thema-digitalisering',
    parentId: 'focus-context',
    name: 'Aandacht voor digitalisering',
    description:
      'Digitalisering raakt alle organisaties in het domein en vraagt wendbaarheid; zij biedt kansen voor innovatie en brengt zorgen over het veilig en rechtvaardig gebruik van algoritmes en AI, en nieuwe vormen van (cyber)criminaliteit.',
  },
  {
    id: 'focus-effect',
    parentId: null,
    name: 'Focus op het maatschappelijke effect',
    description:
      'Bereiken de organisaties hun doel en dragen zij bij aan een veiliger en rechtvaardiger Nederland? Responsief toezicht: actief op zoek naar signalen uit de omgeving, ‘van buiten naar binnen’.',
  },
  {
    id: 'thema-kwetsbaar',
    parentId: 'focus-effect',
    name: 'Oog voor mensen in een kwetsbare positie',
    description:
      'Mensen zijn vaak afhankelijk van de taakuitvoering van organisaties in het domein; die afhankelijkheid maakt hun positie kwetsbaar, zeker bij psychische, financiële of sociale problemen.',
  },
  {
    id: 'thema-weerbaar',
    parentId: 'focus-effect',
    name: 'Oog voor een weerbare samenleving',
    description:
      'Risico’s worden groter, langduriger, complexer en meer verweven; de samenleving is kwetsbaar voor georganiseerde ondermijnende criminaliteit en moet voorbereid zijn op crises.',
  },
] as const;

type ThemeKey = (typeof THEMES)[number]['id'];

/**
 * Supervision domains as the seeds name them (001 inleiding; 000 hoofdstuk 2: "jeugdbescherming,
 * migratie, politie, crisisbeheersing, vrijheidsbeneming en nationale veiligheid"; the market
 * supervision of the Wki and the Wietexperiment). "Domeinoverstijgend" holds the work that spans
 * all of them (signalering, algoritmen, UHT's).
 */
const DOMAINS = [
  ['dom-politie', 'Politie'],
  ['dom-jeugd', 'Jeugd'],
  ['dom-sanctie', 'Sanctietoepassing'],
  ['dom-migratie', 'Migratie'],
  ['dom-crisis', 'Crisisbeheersing en brandweerzorg'],
  ['dom-natveiligheid', 'Nationale veiligheid en security'],
  ['dom-markt', 'Markttoezicht (Wki, experiment gesloten coffeeshopketen)'],
  ['dom-overstijgend', 'Domeinoverstijgend'],
] as const;

type DomainKey = (typeof DOMAINS)[number][0];

/**
 * Teams with formation and staffing (invented split). The formations add up to the 2026
 * formation of 149,55 fte (Werkprogramma 2026, § 3.3): quarters everywhere except one 0,05, so
 * the sum is exact in floating point too. Staffing is a little lower (vacancies); the hires
 * below never take a team above its formation.
 */
const TEAMS = [
  ['team-politie', 'Team Politie en Nationale veiligheid', 29.5, 27.5],
  ['team-jeugd', 'Team Jeugd en Sanctietoepassing', 18.75, 17.5],
  ['team-migratie', 'Team Migratie', 24.0, 22.25],
  ['team-crisis', 'Team Crisisbeheersing en Brandweerzorg', 14.75, 13.75],
  ['team-markt', 'Team Markttoezicht en Handhaving', 20.25, 18.25],
  ['team-signalering', 'Team Signalering, Analyse en Data', 14.25, 13.25],
  ['team-staf', 'Staf en Bedrijfsvoering', 28.05, 26.5],
] as const;

type TeamKey = (typeof TEAMS)[number][0];

/** One activity as the demo describes it; the rest is filled in by `createDemoData()`. */
type Spec = {
  /** Readable id; the activity id is `act-2026-<id>`. */
  id: string;
  title: string;
  description: string;
  sourceRef: string;
  domain: DomainKey;
  theme: ThemeKey;
  secondary?: ThemeKey[];
  kind: ActivityKind;
  level?: PyramidLevel;
  commitment?: Commitment;
  legalBasis?: string;
  origin?: Origin;
  /** "Onder voorbehoud van voldoende middelen". */
  conditional?: boolean;
  /** The money that comes with a funding-conditional activity (invented). */
  fundingEuros?: number;
  start?: string;
  end?: string;
  /** Hours per team over the activity's run (invented). */
  hours: [TeamKey, number][];
  /** Kans (1–5), ernst (1–5), omvang (1–3), verwacht effect (1–3); invented. */
  risk: [number, number, number, number];
  materialEuros?: number;
  externalEuros?: number;
  outputs?: [OutputKind, string, string | null][];
  partners?: string[];
  /** Defaults to 'in-uitvoering' for carry-overs and 'gepland' otherwise. */
  status?: ActivityStatus;
};

const WKI = 'Wet kwaliteit incassodienstverlening (Wki)';
const EGC = 'Wet experiment gesloten coffeeshopketen';
const MIGRATIE =
  'Doorlopend toezicht op de migratieketen (vaste taak; Werkprogramma 2026, § 1.3.1)';

/**
 * Every activity chapter 1 and § 2.5 of the Werkprogramma 2026 announce, in the order of the
 * document, plus one carry-over that the Jaarbericht 2025 confirms for 2026 (risicocommunicatie).
 */
const SPECS: Spec[] = [
  // § 1.1 Het toezicht
  {
    id: 'signalering',
    title: 'Signalering en risicoanalyse (fase 1 en 2 van het toezichtmodel)',
    description:
      'Continu signaleren en duiden: periodieke gesprekken met uitvoeringsorganisaties en ketenpartners, media, datastromen en onderzoeken van anderen, periodiek geordend tot een actueel beeld van de taakuitvoering. De kern van het risicogestuurde toezicht.',
    sourceRef: '§ 1.1',
    domain: 'dom-overstijgend',
    theme: 'focus-effect',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Toezichtmodel Inspectie JenV (vier fases), sinds 2025',
    origin: 'doorlopend',
    hours: [
      ['team-signalering', 6400],
      ['team-politie', 2600],
      ['team-migratie', 1800],
      ['team-jeugd', 1400],
      ['team-crisis', 1000],
      ['team-markt', 800],
    ],
    risk: [3, 3, 3, 2],
    externalEuros: 40_000,
  },
  // § 1.2 Focus op de context
  {
    id: 'jeugdstrafrechtketen',
    title: 'Verkenning samenwerking in de jeugdstrafrechtketen',
    description:
      'Hoe ontwikkelt de samenwerking tussen onderdelen van de jeugdstrafrechtketen zich? Sluit aan bij het oordeel uit 2024 dat de samenwerking onvoldoende is, waardoor wachttijden oplopen en het pedagogisch uitgangspunt onder druk staat.',
    sourceRef: '§ 1.2',
    domain: 'dom-jeugd',
    theme: 'focus-context',
    secondary: ['thema-kwetsbaar'],
    kind: 'verkenning',
    start: '2026-03',
    end: '2026-11',
    hours: [
      ['team-jeugd', 800],
      ['team-signalering', 100],
    ],
    risk: [4, 4, 3, 3],
    outputs: [['brief', 'Brief met bevindingen verkenning jeugdstrafrechtketen', '2026-11']],
  },
  {
    id: 'veiligheidsregios-inzicht',
    title: 'Verkenning inzicht van veiligheidsregio’s in het eigen functioneren',
    description:
      'Zonder inzicht in hun eigen functioneren kunnen veiligheidsregio’s zich niet goed regionaal of landelijk voorbereiden op dreigingen.',
    sourceRef: '§ 1.2',
    domain: 'dom-crisis',
    theme: 'focus-context',
    secondary: ['thema-weerbaar'],
    kind: 'verkenning',
    start: '2026-02',
    end: '2026-10',
    hours: [['team-crisis', 850]],
    risk: [3, 4, 3, 2],
    outputs: [['brief', 'Brief met bevindingen verkenning', '2026-10']],
    partners: ['Veiligheidsregio’s'],
  },
  {
    id: 'kmar-politie-bewaken-beveiligen',
    title: 'Samenwerking KMar en politie in het stelsel bewaken en beveiligen',
    description:
      'De inspectie is aangewezen als toezichthouder op de wettelijke taakuitvoering in het vernieuwde stelsel; de rolverdeling is nog niet voor alle betrokken partijen duidelijk. Onderzoek naar de operationele samenwerking tussen KMar en politie.',
    sourceRef: '§ 1.2',
    domain: 'dom-natveiligheid',
    theme: 'focus-context',
    secondary: ['thema-weerbaar'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    hours: [
      ['team-politie', 3200],
      ['team-signalering', 300],
    ],
    risk: [3, 5, 2, 3],
    outputs: [['rapport', 'Rapport samenwerking KMar en politie', '2026-12']],
    partners: ['Koninklijke Marechaussee', 'Politie'],
  },
  {
    id: 'nctv-wet-cbnv',
    title:
      'Toezicht op de NCTV onder de Wet coördinatie terrorismebestrijding en nationale veiligheid',
    description:
      'Concreet toezicht op de taakuitvoering van de NCTV onder de in 2025 in werking getreden wet; omdat de NCTV nog volop in ontwikkeling is, vooral gericht op het tijdig teruggeven van bevindingen en risico’s. In 2025 volgde de inspectie de voorbereidingen (plan van aanpak januari 2025).',
    sourceRef: '§ 1.2',
    domain: 'dom-natveiligheid',
    theme: 'focus-context',
    secondary: ['thema-weerbaar'],
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Wet coördinatie terrorismebestrijding en nationale veiligheid',
    origin: 'loopt-door',
    hours: [['team-politie', 3000]],
    risk: [3, 5, 3, 2],
    outputs: [
      ['brief', 'Terugkoppeling bevindingen en risico’s aan de NCTV', '2026-06'],
      ['brief', 'Brief toezicht op de NCTV 2026', '2026-12'],
    ],
    partners: ['NCTV'],
  },
  {
    id: 'wki-normen',
    title: 'Nadere duiding van normen uit de Wki',
    description:
      'Waar nodig nadere duiding geven aan normen uit de Wet kwaliteit incassodienstverlening, die in 2024 van kracht werd; in de praktijk duiken aandachtspunten op die bij de invoering niet voorzien waren.',
    sourceRef: '§ 1.2',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'handhaving',
    commitment: 'wettelijk',
    legalBasis: WKI,
    origin: 'doorlopend',
    hours: [['team-markt', 900]],
    risk: [3, 3, 2, 2],
    outputs: [['publieksversie', 'Normuitleg Wki', '2026-06']],
  },
  {
    id: 'wki-invoeringstoets',
    title: 'Toezicht aanpassen op de uitkomsten van de invoeringstoets Wki',
    description:
      'In 2026 wordt de beleidsreactie op de invoeringstoets van het ministerie verwacht, en daarmee welke door markt en inspectie gesignaleerde knelpunten worden opgelost; de inspectie past haar toezicht daarop aan.',
    sourceRef: '§ 1.2',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'verkenning',
    commitment: 'wettelijk',
    legalBasis: WKI,
    start: '2026-04',
    hours: [['team-markt', 600]],
    risk: [2, 3, 3, 2],
  },
  {
    id: 'incassosector-monitor',
    title: 'Monitor van de incassosector',
    description:
      'De incassosector blijven monitoren voor een zo goed mogelijk beeld van de toezichtpopulatie, met als doel een gelijk speelveld.',
    sourceRef: '§ 1.2',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'monitor',
    commitment: 'vast',
    legalBasis: WKI,
    origin: 'doorlopend',
    hours: [
      ['team-markt', 1800],
      ['team-signalering', 500],
    ],
    risk: [3, 3, 3, 2],
  },
  {
    id: 'crisisbeheersing-nationaal',
    title: 'Doorontwikkeling van het stelsel crisisbeheersing op nationaal niveau',
    description:
      'Na de analyses van 2024 en 2025 van de doorontwikkeling op regionaal niveau ligt in 2026 de focus op de doorontwikkeling van het stelsel op nationaal niveau, in het licht van nieuwe risico’s.',
    sourceRef: '§ 1.2',
    domain: 'dom-crisis',
    theme: 'focus-context',
    secondary: ['thema-weerbaar'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    hours: [
      ['team-crisis', 3200],
      ['team-signalering', 300],
    ],
    risk: [3, 4, 3, 3],
    outputs: [['rapport', 'Stelsel crisisbeheersing op nationaal niveau', '2026-12']],
  },
  {
    id: 'beveiligen-personen-beeld',
    title: 'Jaarlijkse bijstelling van het beeld van het stelsel beveiligen van personen',
    description:
      'Het beeld dat het onderzoek naar de afbakening en het mandaat van het stelsel beveiligen van personen oplevert, wordt jaarlijks bijgesteld om te anticiperen op de veranderende context.',
    sourceRef: '§ 1.2',
    domain: 'dom-natveiligheid',
    theme: 'focus-context',
    kind: 'monitor',
    commitment: 'vast',
    legalBasis:
      'Aanwijzing als toezichthouder in het stelsel bewaken en beveiligen (kabinetsreactie vernieuwing stelsel)',
    origin: 'doorlopend',
    hours: [['team-politie', 1500]],
    risk: [2, 4, 2, 2],
  },
  {
    id: 'egc-gelijk-speelveld',
    title: 'Gelijk speelveld in de handhaving op telers en coffeeshops (EGC)',
    description:
      'Binnen het Experiment Gesloten Coffeeshopketen hebben ook gemeenten bevoegdheden in coffeeshops; in 2025 waren sommige terughoudend terwijl de inspectie bij telers handhaafde. Gelijkmatig handhaven op gelijksoortige overtredingen, met verscherpte aandacht voor de beveiliging van teeltlocaties.',
    sourceRef: '§ 1.2',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: EGC,
    origin: 'doorlopend',
    hours: [['team-markt', 5200]],
    risk: [3, 3, 2, 3],
    materialEuros: 15_000,
    outputs: [['overig', 'Rapporten van bevindingen coffeeshopinspecties aan gemeenten', null]],
    partners: ['Gemeenten'],
  },
  // § 1.2.1 Aandacht voor digitalisering
  {
    id: 'enkelband-reclassering',
    title: 'Reclasseringstoezicht op dragers van een elektronische enkelband',
    description:
      'Onderzoek, gestart eind 2024, naar hoe de reclassering toezicht houdt op verdachten en veroordeelden die een elektronische enkelband moeten dragen. Loopt in 2026 door.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-sanctie',
    theme: 'thema-digitalisering',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    start: '2026-01',
    end: '2026-06',
    hours: [['team-jeugd', 2400]],
    risk: [3, 4, 2, 3],
    outputs: [['rapport', 'Rapport toezicht op dragers van een enkelband', '2026-06']],
    partners: ['Reclassering'],
  },
  {
    id: 'algoritmen',
    title: 'Toezicht op het gebruik van algoritmen in het domein JenV/AenM',
    description:
      'Met het plan van aanpak en toetsingskader uit 2025 en de in 2025 opgevraagde informatie over de inzet van algoritmes volgen nieuwe toezichtacties; het eerste onderzoek (reclasseringsorganisaties) wordt begin 2026 gepubliceerd.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-overstijgend',
    theme: 'thema-digitalisering',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    hours: [
      ['team-signalering', 1800],
      ['team-politie', 800],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 60_000,
    outputs: [
      ['rapport', 'Algoritmegebruik bij de reclasseringsorganisaties', '2026-02'],
      ['plan-van-aanpak', 'Plan van aanpak volgende toezichtactie algoritmen', '2026-09'],
    ],
  },
  {
    id: 'hackbevoegdheid',
    title: 'Toezicht op de hackbevoegdheid van de politie',
    description:
      'Doorlopende wettelijke taak: toezicht op de inzet van de hackbevoegdheid door de politie, met een jaarlijks verslag.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-politie',
    theme: 'thema-digitalisering',
    kind: 'wettelijke-taak',
    commitment: 'wettelijk',
    legalBasis: 'Wet computercriminaliteit III (hackbevoegdheid, art. 126nba Sv)',
    origin: 'doorlopend',
    hours: [
      ['team-politie', 2000],
      ['team-signalering', 200],
    ],
    risk: [3, 5, 2, 3],
    outputs: [['brief', 'Verslag toezicht wettelijke hackbevoegdheid politie 2025', '2026-09']],
  },
  {
    id: 'wki-ai-correspondentie',
    title: 'Handhavingstoezicht op AI in de correspondentie van incassodienstverleners',
    description:
      'Er zijn signalen dat incassodienstverleners AI gebruiken in hun correspondentie met schuldenaren; het handhavingstoezicht richt zich op de vraag of dat in overeenstemming is met de wettelijke voorschriften.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-markt',
    theme: 'thema-digitalisering',
    secondary: ['thema-kwetsbaar'],
    kind: 'handhaving',
    level: 'verdiepend',
    commitment: 'wettelijk',
    legalBasis: WKI,
    hours: [
      ['team-markt', 1500],
      ['team-signalering', 300],
    ],
    risk: [3, 3, 3, 3],
    externalEuros: 35_000,
  },
  {
    id: 'digitale-opsporing',
    title:
      'Expertise voor de aanpak van digitale criminaliteit en effectiviteit van digitale opsporing',
    description:
      'In 2025 signaleerde de inspectie dat de politie niet overal beschikt over de juiste kennis, expertise en vaardigheden op digitaal vlak. De al voor 2025 voorgenomen onderzoeken worden in 2026 verder opgepakt (Jaarbericht 2025).',
    sourceRef: '§ 1.2.1',
    domain: 'dom-politie',
    theme: 'thema-digitalisering',
    secondary: ['thema-weerbaar'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    hours: [
      ['team-politie', 3600],
      ['team-signalering', 400],
    ],
    risk: [4, 4, 3, 3],
    externalEuros: 90_000,
    outputs: [['rapport', 'Digitale opsporing bij de politie', '2026-12']],
  },
  // § 1.3.1 Oog voor mensen in een kwetsbare positie
  {
    id: 'uht',
    title: 'Uitvoerbaarheids- en handhaafbaarheidstoetsen (UHT’s) bij nieuwe wet- en regelgeving',
    description:
      'Toetsen van nieuw beleid en nieuwe wet- en regelgeving op uitvoerbaarheid en handhaafbaarheid, met expliciete aandacht voor de toegankelijkheid voor mensen in een kwetsbare positie. In 2025 vijf reacties, alle op het terrein van migratie en jeugd.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-overstijgend',
    theme: 'thema-kwetsbaar',
    secondary: ['focus-context'],
    kind: 'uht',
    commitment: 'vast',
    legalBasis:
      'Aanwijzingen inzake de rijksinspecties: beleidsvoornemens worden aan de inspectie voorgelegd',
    origin: 'doorlopend',
    hours: [
      ['team-migratie', 900],
      ['team-jeugd', 600],
      ['team-markt', 300],
    ],
    risk: [3, 3, 3, 2],
    outputs: [['uht', 'UHT’s op verzoek van de departementen', null]],
  },
  {
    id: 'intake-service-politie',
    title: 'Intake en service op het politiebureau',
    description:
      'Mensen die aangifte willen doen zijn afhankelijk van de dienstverlening van de politie: onderzoek naar de stand van zaken van het proces intake en service op het politiebureau.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-politie',
    theme: 'thema-kwetsbaar',
    kind: 'inspectiebezoek',
    start: '2026-01',
    end: '2026-11',
    hours: [
      ['team-politie', 3400],
      ['team-signalering', 200],
    ],
    risk: [3, 3, 3, 3],
    materialEuros: 8_000,
    outputs: [['rapport', 'Intake en service op het politiebureau', '2026-11']],
  },
  {
    id: 'toegankelijkheidsrichtlijn-112',
    title: 'Toezicht op de Europese Toegankelijkheidsrichtlijn: invulling voor 112',
    description:
      'Sinds medio 2025 een van de vijf nationale toezichthouders op de richtlijn; in 2026 in gesprek met het departement over de concrete invulling van dit toezicht, specifiek op het noodnummer 112.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-crisis',
    theme: 'thema-kwetsbaar',
    kind: 'verkenning',
    commitment: 'wettelijk',
    legalBasis: 'Europese Toegankelijkheidsrichtlijn (Richtlijn (EU) 2019/882)',
    start: '2026-01',
    end: '2026-06',
    hours: [['team-crisis', 600]],
    risk: [2, 3, 3, 2],
    outputs: [['plan-van-aanpak', 'Invulling toezicht toegankelijkheid 112', '2026-06']],
  },
  {
    id: 'asielpact-screening',
    title: 'Toezicht op de screenings- en asielgrensprocedure (Europees Migratie- en asielpact)',
    description:
      'Vanaf medio 2026, onder voorbehoud van voldoende middelen: toezien op de naleving van het Unierecht en internationaal recht bij de screening van asielzoekers voorafgaand aan de asielprocedure, met expliciet oog voor grondrechten. Het pact moet op 12 juni 2026 geïmplementeerd zijn.',
    sourceRef: '§ 1.3.1, § 2.5',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    secondary: ['focus-context'],
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis:
      'Europees Migratie- en asielpact (screeningsverordening en asielgrensprocedureverordening)',
    conditional: true,
    fundingEuros: 450_000,
    start: '2026-06',
    hours: [['team-migratie', 3000]],
    risk: [4, 5, 3, 3],
    materialEuros: 25_000,
    partners: ['College voor de Rechten van de Mens'],
  },
  {
    id: 'migratie-opvang',
    title: 'Toezicht op de opvang van asielzoekers',
    description:
      'Voortzetting van het bestaande toezicht op het nationale proces opvang van asielzoekers, met locatiebezoeken; in 2026 ook de rapportage over het toezicht in Ter Apel in 2025.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: MIGRATIE,
    origin: 'doorlopend',
    hours: [['team-migratie', 5200]],
    risk: [4, 4, 3, 3],
    materialEuros: 6_000,
    outputs: [['rapport', 'Bevindingen toezicht Ter Apel 2025', '2026-04']],
    partners: ['COA'],
  },
  {
    id: 'migratie-toelating',
    title: 'Toezicht op toelating en naturalisatie',
    description:
      'Voortzetting van het bestaande toezicht op het nationale proces toelating en naturalisatie.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: MIGRATIE,
    origin: 'doorlopend',
    hours: [['team-migratie', 3000]],
    risk: [3, 4, 3, 2],
  },
  {
    id: 'migratie-toegang',
    title: 'Toezicht op toegang en vreemdelingentoezicht',
    description:
      'Voortzetting van het bestaande toezicht op het nationale proces toegang en toezicht, waaronder de grensprocedure.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: MIGRATIE,
    origin: 'doorlopend',
    hours: [['team-migratie', 3400]],
    risk: [3, 4, 3, 2],
  },
  {
    id: 'migratie-terugkeer',
    title: 'Toezicht op terugkeer, nationaal en in Europees verband (Frontex)',
    description:
      'Toezicht op de terugkeer van vreemdelingen naar hun land van herkomst, zowel nationaal als in Europees verband (Frontex).',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Terugkeerrichtlijn (2008/115/EG), art. 8 lid 6: toezicht op gedwongen terugkeer',
    origin: 'doorlopend',
    hours: [['team-migratie', 4800]],
    risk: [3, 5, 3, 3],
    materialEuros: 30_000,
    partners: ['Frontex', 'Koninklijke Marechaussee'],
  },
  {
    id: 'migratie-kwetsbare-groepen',
    title: 'Risico’s voor kwetsbare groepen in de migratieketen monitoren',
    description:
      'Bijzondere aandacht voor kinderen in noodopvanglocaties, kinderen in het terugkeerproces en vreemdelingen met een zorg- en beveiligingsbehoefte.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'monitor',
    origin: 'doorlopend',
    hours: [['team-migratie', 2000]],
    risk: [4, 4, 3, 2],
    partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)', 'Inspectie van het Onderwijs'],
  },
  {
    id: 'jeugdbescherming-jeugdreclassering',
    title: 'Toezicht op jeugdbescherming en jeugdreclassering',
    description:
      'Het toezicht op de jeugdbescherming en jeugdreclassering loopt in 2026 door, samen met de IGJ: onder meer de opvolging van de verbeterplannen van de gecertificeerde instellingen uit 2025.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Jeugdwet, hoofdstuk 9 (toezicht door IGJ en Inspectie JenV)',
    origin: 'loopt-door',
    hours: [['team-jeugd', 5000]],
    risk: [4, 5, 3, 3],
    partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)'],
  },
  {
    id: 'kind-van-de-rekening',
    title: 'Monitoren van de aanbevelingen uit ‘Het kind van de rekening’',
    description:
      'De reeds gedane aanbevelingen aan organisaties in de jeugdbeschermingsketen uit het rapport ‘Het kind van de rekening’ (2023) worden gemonitord.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'monitor',
    origin: 'loopt-door',
    hours: [['team-jeugd', 1600]],
    risk: [4, 4, 3, 2],
  },
  {
    id: 'rvdk-halt',
    title: 'Doorlopend toezicht op de Raad voor de Kinderbescherming en HALT verder opzetten',
    description:
      'Het doorlopend toezicht op de RvdK en HALT wordt verder opgezet; het algemene beeld dat het oplevert draagt bij aan de responsieve en risicogestuurde aanpak.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Doorlopend toezicht jeugdbescherming en jeugdreclassering',
    origin: 'loopt-door',
    hours: [['team-jeugd', 3400]],
    risk: [3, 4, 3, 3],
    partners: ['Raad voor de Kinderbescherming', 'HALT'],
  },
  {
    id: 'meldpunt-wki',
    title: 'Meldpunt Wki voortzetten',
    description:
      'Het in 2025 ingerichte meldpunt waar mensen veilig, snel en vertrouwelijk misstanden bij of overtredingen door incassodienstverleners kunnen melden; het helpt ook ongeregistreerde incassodienstverleners te identificeren.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-markt',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: WKI,
    origin: 'loopt-door',
    hours: [
      ['team-markt', 2200],
      ['team-signalering', 300],
    ],
    risk: [3, 3, 2, 2],
  },
  // § 1.3.2 Oog voor een weerbare samenleving
  {
    id: 'intelligenceproces-politie',
    title:
      'Intelligenceproces van de politie bij de aanpak van georganiseerde ondermijnende criminaliteit',
    description:
      'Onderzoek naar het intelligenceproces van de politie binnen de context van de aanpak van georganiseerde ondermijnende criminaliteit.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-politie',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2026-02',
    hours: [
      ['team-politie', 3600],
      ['team-signalering', 400],
    ],
    risk: [4, 5, 3, 3],
    outputs: [['rapport', 'Intelligenceproces politie', '2026-12']],
  },
  {
    id: 'datagedreven-politie',
    title: 'Governance en uitvoering van datagedreven werken bij de politie',
    description:
      'Hoe geeft de politie sturing aan datagedreven werken, en hoe gaat dat in de uitvoering?',
    sourceRef: '§ 1.3.2',
    domain: 'dom-politie',
    theme: 'thema-weerbaar',
    secondary: ['thema-digitalisering'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2026-04',
    hours: [
      ['team-politie', 3000],
      ['team-signalering', 400],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 45_000,
    outputs: [['rapport', 'Datagedreven werken bij de politie', '2026-12']],
  },
  {
    id: 'milieucriminaliteit',
    title: 'Aanpak van milieucriminaliteit in relatie tot criminele ondermijning',
    description:
      'Aandacht voor de aanpak van milieucriminaliteit waar die raakt aan criminele ondermijning.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-politie',
    theme: 'thema-weerbaar',
    kind: 'verkenning',
    start: '2026-06',
    hours: [['team-politie', 900]],
    risk: [3, 4, 2, 2],
    outputs: [['brief', 'Brief verkenning milieucriminaliteit', '2026-12']],
  },
  {
    id: 'defensie-beschikbaarheid',
    title: 'Risico van verminderde beschikbaarheid van defensie voor civiele autoriteiten',
    description:
      'In crisisbeheersing en politie wordt het risico meegenomen dat defensie, met meer focus op hoofdtaak 1, minder beschikbaar is voor ondersteuning van veiligheidsregio’s, politie en KMar.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'verkenning',
    start: '2026-05',
    end: '2026-10',
    hours: [
      ['team-crisis', 500],
      ['team-politie', 200],
    ],
    risk: [3, 4, 3, 2],
    partners: ['Ministerie van Defensie'],
  },
  {
    id: 'dvo-opleidingen',
    title: 'Opleidingen van de Dienst Vervoer en Ondersteuning (DV&O)',
    description:
      'Onderzoek naar de opleidingen van DV&O, gestart in 2025 (plan van aanpak maart 2025); loopt in 2026 door.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-sanctie',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    start: '2026-01',
    end: '2026-06',
    hours: [['team-jeugd', 2000]],
    risk: [3, 3, 2, 3],
    outputs: [['rapport', 'Opleidingen DV&O', '2026-06']],
  },
  {
    id: 'dekkingsplannen-brandweer',
    title: 'Dekkingsplannen voor de brandweer van de veiligheidsregio’s',
    description:
      'Veiligheidsregio’s stellen op basis van lokale, regionale en landelijke risico’s dekkingsplannen op voor de inzet van de brandweer; hoe is het daarmee gesteld?',
    sourceRef: '§ 1.3.2',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2026-03',
    hours: [
      ['team-crisis', 3200],
      ['team-signalering', 300],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 30_000,
    outputs: [['rapport', 'Dekkingsplannen brandweer', '2026-12']],
    partners: ['Veiligheidsregio’s'],
  },
  {
    id: 'c2000-continuiteit',
    title: 'Continuïteit van communicatie bij uitval van C2000',
    description:
      'Onderzoek, gestart in 2025 (plan van aanpak juli 2025), naar de continuïteit van communicatie tussen meldkamers en hulpdiensten bij uitval van het C2000-communicatiesysteem. Loopt in 2026 door.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    secondary: ['thema-digitalisering'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    end: '2026-09',
    hours: [
      ['team-crisis', 2400],
      ['team-signalering', 200],
    ],
    risk: [3, 5, 3, 3],
    externalEuros: 50_000,
    outputs: [['rapport', 'Continuïteit van communicatie bij uitval van C2000', '2026-09']],
  },
  {
    id: 'risicocommunicatie',
    title: 'Risicocommunicatie: voorbereiding op de eerste 72 uur van een crisis',
    description:
      'Onderzoek, gestart in 2025, naar begrijpelijke, tijdige en herhaalbare risicocommunicatie waarmee mensen zich kunnen voorbereiden op de eerste 72 uur van een crisis. Niet in het werkprogramma genoemd; het Jaarbericht 2025 meldt dat het in 2026 verder wordt uitgevoerd.',
    sourceRef: 'Jaarbericht 2025, § 1.1',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    end: '2026-07',
    hours: [['team-crisis', 2000]],
    risk: [3, 4, 3, 2],
    outputs: [['rapport', 'Risicocommunicatie', '2026-07']],
  },
  {
    id: 'egc-inlekken-uitlekken',
    title: 'EGC: inlekken van illegale hasj en uitlekken van legale cannabis',
    description:
      'Toezicht op de geslotenheid van de keten, die voor hasj tot september 2025 was uitgesteld: nadrukkelijk gericht op het ‘inlekken’ van illegale hasj bij coffeeshops en het ‘uitlekken’ van legale cannabis naar niet-deelnemende verkooppunten.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-markt',
    theme: 'thema-weerbaar',
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: EGC,
    hours: [['team-markt', 2800]],
    risk: [4, 3, 3, 3],
    materialEuros: 12_000,
    partners: ['Gemeenten'],
  },
  // § 2.5 Nieuwe toezichttaken (the asylum pact, also in § 2.5, is above under § 1.3.1)
  {
    id: 'cannabisextracten',
    title: 'Toezicht op cannabisextracten',
    description:
      'Nieuwe taak na wijziging van het Besluit experiment gesloten coffeeshopketen (bijvoorbeeld voor spacecakes). Eerste ervaringen in 2025; het (verbeteren van het) uitvoeren loopt door in 2026, met stevige samenwerking met politie en OM, die de handhavingsbevoegdheid delen.',
    sourceRef: '§ 2.5',
    domain: 'dom-markt',
    theme: 'thema-weerbaar',
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: 'Besluit experiment gesloten coffeeshopketen (gewijzigd: cannabisextracten)',
    origin: 'loopt-door',
    hours: [['team-markt', 2000]],
    risk: [3, 3, 2, 3],
    partners: ['Politie', 'Openbaar Ministerie'],
  },
];

/**
 * Indirect work, training and reserves (invented shares). The incident reserve keeps room for
 * incident investigations (Werkprogramma 2026, § 1.4) at PRODUCT.md's 15% default; the staff
 * team's own hours are indirect work altogether.
 */
const DEDUCTIONS: Deduction[] = [
  {
    id: 'ded-staf',
    kind: 'indirect',
    label: 'Staf en bedrijfsvoering: overige uren indirect',
    teamId: 'team-staf' as Deduction['teamId'],
    basis: 'share',
    value: 0.69,
    source: 'Demo',
  },
  {
    id: 'ded-indirect',
    kind: 'indirect',
    label: 'Leiding, overleg en kennisdeling',
    teamId: null,
    basis: 'share',
    value: 0.1,
    source: 'Demo',
  },
  {
    id: 'ded-opleiding',
    kind: 'opleiding',
    label: 'Opleiding en ontwikkeling',
    teamId: null,
    basis: 'share',
    value: 0.03,
    source: 'Demo',
  },
  {
    id: 'ded-incident',
    kind: 'incidentreserve',
    label: 'Reserve incidentonderzoeken',
    teamId: null,
    basis: 'share',
    value: 0.15,
    source:
      'Werkprogramma 2026, § 1.4 (ruimte voor incidentonderzoeken); PRODUCT.md: 15% (bandbreedte 10–25%)',
  },
  {
    id: 'ded-responsief',
    kind: 'responsief',
    label: 'Responsief toezicht op nieuwe signalen',
    teamId: null,
    basis: 'share',
    value: 0.03,
    source: 'Werkprogramma 2026, § 2.2 (responsief toezicht); aandeel: demo',
  },
];

/** Invented scale mixes: inspection teams and the staff. */
const INSPECTOR_MIX: [number, number][] = [
  [10, 0.15],
  [11, 0.45],
  [12, 0.3],
  [13, 0.1],
];
const STAFF_MIX: [number, number][] = [
  [8, 0.15],
  [9, 0.25],
  [10, 0.3],
  [11, 0.2],
  [13, 0.1],
];

/** Vacancies being filled during the year (invented; never above the team's formation). */
const STAFFING: StaffingChange[] = [
  {
    id: 'hire-markt',
    teamId: 'team-markt' as StaffingChange['teamId'],
    label: 'Twee inspecteurs Wki',
    fteDelta: 2,
    month: monthKey('2026-01'),
    leadTimeMonths: 4,
  },
  {
    id: 'hire-migratie',
    teamId: 'team-migratie' as StaffingChange['teamId'],
    label: 'Inspecteur migratie',
    fteDelta: 1,
    month: monthKey('2026-02'),
    leadTimeMonths: 3,
  },
];

/** The Inspectie JenV demo: MJP 2025–2028, its domains and teams, the Werkprogramma 2026. */
export function createDemoData(): DemoData {
  const organisation = Organisation.parse({
    id: ORG,
    name: 'Inspectie Justitie en Veiligheid',
    shortName: 'Inspectie JenV',
  });
  const mjps = [
    Mjp.parse({
      id: MJP,
      organisationId: ORG,
      name: 'MJP 2025–2028',
      startYear: 2025,
      endYear: 2028,
    }),
  ];
  const themes = THEMES.map((t, i) => Theme.parse({ ...t, mjpId: MJP, order: i + 1 }));
  const domains = DOMAINS.map(([id, name], i) =>
    Domain.parse({ id, organisationId: ORG, name, order: i + 1 }),
  );
  const teams = TEAMS.map(([id, name], i) =>
    Team.parse({ id, organisationId: ORG, name, order: i + 1 }),
  );
  const programme = Programme.parse({
    id: PROGRAMME,
    organisationId: ORG,
    mjpId: MJP,
    year: 2026,
    name: 'Werkprogramma 2026',
    illustrative: true,
    capacity: {
      productiveHoursPerFte: hours(1363),
      productiveHoursSource:
        'Handleiding Overheidstarieven (HOT) 2023: 1.363 productieve uren per fte van 1.872 contracturen',
      teams: TEAMS.map(([teamId, , formationFte, staffedFte]) => ({
        teamId,
        formationFte: fte(formationFte),
        staffedFte: fte(staffedFte),
      })),
      deductions: DEDUCTIONS,
      staffingChanges: STAFFING,
    },
    budget: {
      frameCents: euros(16_228_000),
      frameSource: 'Werkprogramma 2026, § 3.2 Financiën: budgettair kader € 16,228 miljoen',
      costModel: {
        ...defaultCostModel(),
        teamMix: TEAMS.map(([teamId]) => ({
          teamId,
          mix: (teamId === 'team-staf' ? STAFF_MIX : INSPECTOR_MIX).map(([scale, share]) => ({
            scale,
            share,
          })),
        })),
        fixedCosts: [
          {
            id: 'vast-opleiding',
            kind: 'opleiding',
            label: 'Opleidingsbudget',
            cents: euros(240_000),
          },
          {
            id: 'vast-ict',
            kind: 'ict',
            label: 'Eigen toezichtapplicaties en data',
            cents: euros(310_000),
          },
          {
            id: 'vast-overig',
            kind: 'overig',
            label: 'Reizen, onderzoek en publicaties',
            cents: euros(160_000),
          },
        ],
      },
    },
    riskScheme: {
      criteria: [
        {
          id: 'kans',
          name: 'Kans',
          min: 1,
          max: 5,
          weight: 0.35,
          labels: ['zeer klein', 'klein', 'mogelijk', 'waarschijnlijk', '(bijna) zeker'],
        },
        {
          id: 'ernst',
          name: 'Ernst',
          min: 1,
          max: 5,
          weight: 0.35,
          labels: ['beperkt', 'gering', 'aanzienlijk', 'ernstig', 'zeer ernstig'],
        },
        {
          id: 'omvang',
          name: 'Omvang',
          min: 1,
          max: 3,
          weight: 0.15,
          labels: ['één organisatie', 'sector', 'keten/landelijk'],
        },
        {
          id: 'effect',
          name: 'Verwacht effect van toezicht',
          min: 1,
          max: 3,
          weight: 0.15,
          labels: ['gering', 'matig', 'groot'],
        },
      ],
      source:
        'Schalen zoals gebruikt door Nederlandse inspecties (NLA); OECD Regulatory Enforcement and Inspections Toolkit, criteria 3 en 4.4',
      comparisons: [],
    },
  });
  const activities = SPECS.map((s) =>
    Activity.parse({
      id: `act-2026-${s.id}`,
      programmeId: PROGRAMME,
      title: s.title,
      description: s.description,
      sourceRef: s.sourceRef,
      domainId: s.domain,
      primaryThemeId: s.theme,
      secondaryThemeIds: s.secondary ?? [],
      kind: s.kind,
      pyramidLevel: s.level ?? 'regulier',
      commitment: s.commitment ?? 'discretionair',
      legalBasis: s.legalBasis ?? '',
      origin: s.origin ?? 'nieuw',
      fundingConditional: s.conditional ?? false,
      fundingConfirmed: false,
      fundingCents: euros(s.fundingEuros ?? 0),
      startMonth: monthKey(s.start ?? '2026-01'),
      endMonth: monthKey(s.end ?? '2026-12'),
      allocations: s.hours.map(([teamId, h]) => ({ teamId, month: null, hours: hours(h) })),
      materialCents: euros(s.materialEuros ?? 0),
      externalHireCents: euros(s.externalEuros ?? 0),
      outputs: (s.outputs ?? []).map(([kind, title, plannedMonth], i) => ({
        id: `o${i + 1}`,
        kind,
        title,
        plannedMonth: plannedMonth === null ? null : monthKey(plannedMonth),
      })),
      partners: s.partners ?? [],
      risk: { kans: s.risk[0], ernst: s.risk[1], omvang: s.risk[2], effect: s.risk[3] },
      status: s.status ?? (s.origin === 'loopt-door' ? 'in-uitvoering' : 'gepland'),
      force: null,
    }),
  );
  return {
    organisation,
    mjps,
    themes,
    domains,
    teams,
    programmes: [programme],
    activities,
    versions: [],
    amendments: [],
    scenarios: [],
    decisions: [],
    comments: [],
    realisations: [],
  };
}
