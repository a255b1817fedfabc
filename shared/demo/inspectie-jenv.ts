/**
 * The demo organisation: the Inspectie Justitie en Veiligheid with its MJP 2025–2028 and its
 * Werkprogramma 2026. The structure comes from the published documents in shared/seeds
 * (001: Werkprogramma 2026, 003: MJP 2025–2028): the themes, every activity chapters 1 and 2
 * announce with its section, the carry-over, statutory and funding-conditional flags, the
 * formation of 149,55 fte (§ 3.3), the budget frame of € 16.228.000 (§ 3.2) and the publication
 * date. The team split, staffing, hours, risk scores and costs are NOT public: they are invented
 * for illustration, and the app labels the programme as illustrative.
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
  type Commitment,
  type Origin,
  type OutputKind,
  type PyramidLevel,
} from '../domain/schemas';

/** Everything the demo puts in an empty database. */
export type DemoData = {
  organisation: Organisation;
  mjps: Mjp[];
  themes: Theme[];
  domains: Domain[];
  teams: Team[];
  programmes: Programme[];
  activities: Activity[];
};

const ORG = 'org-inspectie-jenv';
const MJP = 'mjp-2025-2028';
const PROGRAMME = 'wp-2026';

/** MJP 2025–2028 (seed 003): two foci, each with the themes the MJP names under it. */
const THEMES = [
  {
    id: 'focus-context',
    parentId: null,
    name: 'Focus op de context',
    description:
      'De context waarbinnen organisaties in het domein van JenV/AenM werken verandert voortdurend: wetten, stelsels, beleid, budgetten en de arbeidsmarkt. Het toezicht verbreedt zich naar die context.',
  },
  {
    id: 'thema-digitalisering',
    parentId: 'focus-context',
    name: 'Aandacht voor digitalisering',
    description:
      'Digitalisering raakt alle organisaties in het domein: wendbaarheid, innovatie, en zorgen over het gebruik van algoritmes en AI.',
  },
  {
    id: 'focus-effect',
    parentId: null,
    name: 'Focus op het maatschappelijke effect',
    description:
      'Bereiken de organisaties hun doel en dragen zij bij aan een veiliger en rechtvaardiger Nederland? Responsief toezicht: actief op zoek naar signalen uit de omgeving.',
  },
  {
    id: 'thema-kwetsbaar',
    parentId: 'focus-effect',
    name: 'Oog voor mensen in een kwetsbare positie',
    description:
      'Mensen zijn vaak afhankelijk van de taakuitvoering van organisaties in het domein; die afhankelijkheid maakt hun positie kwetsbaar.',
  },
  {
    id: 'thema-weerbaar',
    parentId: 'focus-effect',
    name: 'Oog voor een weerbare samenleving',
    description:
      'Risico’s worden groter, langduriger en complexer; de samenleving is kwetsbaar voor georganiseerde ondermijnende criminaliteit en moet voorbereid zijn op crises.',
  },
] as const;

type ThemeKey = (typeof THEMES)[number]['id'];

/** Supervision domains as the seeds name them. */
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
 * formation of 149,55 fte (Werkprogramma 2026, § 3.3).
 */
const TEAMS = [
  ['team-politie', 'Team Politie en Nationale veiligheid', 33.0, 30.6],
  ['team-jeugd', 'Team Jeugd en Sanctietoepassing', 15.0, 14.0],
  ['team-migratie', 'Team Migratie', 22.75, 20.9],
  ['team-crisis', 'Team Crisisbeheersing en Brandweerzorg', 15.0, 14.2],
  ['team-markt', 'Team Markttoezicht en Handhaving', 20.0, 18.2],
  ['team-signalering', 'Team Signalering, Analyse en Data', 14.8, 13.6],
  ['team-staf', 'Staf en Bedrijfsvoering', 29.0, 27.6],
] as const;

type TeamKey = (typeof TEAMS)[number][0];

/** One activity as the demo describes it; the rest is filled in by `activity()`. */
type Spec = {
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
  conditional?: boolean;
  /** The money that comes with a funding-conditional activity (invented). */
  fundingEuros?: number;
  start?: string;
  end?: string;
  hours: [TeamKey, number][];
  risk: [number, number, number, number];
  materialEuros?: number;
  externalEuros?: number;
  outputs?: [OutputKind, string, string | null][];
  partners?: string[];
};

const WKI = 'Wet kwaliteit incassodienstverlening (Wki)';
const EGC = 'Wet experiment gesloten coffeeshopketen';

/** Every activity chapter 1 and § 2.5 of the Werkprogramma 2026 announce. */
const SPECS: Spec[] = [
  // § 1.1 Het toezicht
  {
    id: 'signalering',
    title: 'Signalering en risicoanalyse (fase 1 en 2 van het toezichtmodel)',
    description:
      'Continu signaleren en duiden: periodieke gesprekken met uitvoeringsorganisaties en ketenpartners, media, datastromen en onderzoeken van anderen, geordend tot een actueel beeld van de taakuitvoering.',
    sourceRef: '§ 1.1',
    domain: 'dom-overstijgend',
    theme: 'focus-effect',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Toezichtmodel Inspectie JenV (vier fases), sinds 2025',
    origin: 'doorlopend',
    hours: [
      ['team-signalering', 6200],
      ['team-politie', 900],
      ['team-migratie', 700],
    ],
    risk: [3, 3, 3, 2],
  },
  // § 1.2 Focus op de context
  {
    id: 'jeugdstrafrechtketen',
    title: 'Verkenning samenwerking in de jeugdstrafrechtketen',
    description:
      'Hoe ontwikkelt de samenwerking tussen onderdelen van de jeugdstrafrechtketen zich? Sluit aan bij het oordeel uit 2024 dat de samenwerking onvoldoende is, waardoor wachttijden oplopen.',
    sourceRef: '§ 1.2',
    domain: 'dom-jeugd',
    theme: 'focus-context',
    secondary: ['thema-kwetsbaar'],
    kind: 'verkenning',
    hours: [
      ['team-jeugd', 3400],
      ['team-signalering', 200],
    ],
    risk: [4, 4, 3, 3],
    outputs: [['rapport', 'Verkenning jeugdstrafrechtketen', '2026-11']],
  },
  {
    id: 'veiligheidsregios-inzicht',
    title: 'Verkenning inzicht van veiligheidsregio’s in het eigen functioneren',
    description:
      'Zonder dat inzicht kunnen veiligheidsregio’s zich niet goed regionaal of landelijk voorbereiden op dreigingen.',
    sourceRef: '§ 1.2',
    domain: 'dom-crisis',
    theme: 'focus-context',
    kind: 'verkenning',
    hours: [['team-crisis', 1600]],
    risk: [3, 4, 3, 2],
    outputs: [['brief', 'Brief met bevindingen', '2026-10']],
  },
  {
    id: 'kmar-politie-bewaken-beveiligen',
    title: 'Samenwerking KMar en politie in het stelsel bewaken en beveiligen',
    description:
      'De inspectie is aangewezen als toezichthouder op de wettelijke taakuitvoering in het vernieuwde stelsel; de rolverdeling is nog niet voor alle partijen duidelijk. Onderzoek naar de operationele samenwerking.',
    sourceRef: '§ 1.2',
    domain: 'dom-natveiligheid',
    theme: 'focus-context',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    hours: [['team-politie', 3000]],
    risk: [3, 5, 2, 3],
    outputs: [['rapport', 'Rapport samenwerking KMar en politie', '2026-12']],
    partners: ['Koninklijke Marechaussee', 'Politie'],
  },
  {
    id: 'nctv-wet-cbnv',
    title:
      'Toezicht op de NCTV onder de Wet coördinatie terrorismebestrijding en nationale veiligheid',
    description:
      'Concreet toezicht op de taakuitvoering van de NCTV onder de in 2025 in werking getreden wet, met nadruk op het tijdig teruggeven van bevindingen en risico’s.',
    sourceRef: '§ 1.2',
    domain: 'dom-natveiligheid',
    theme: 'focus-context',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Wet coördinatie terrorismebestrijding en nationale veiligheid',
    origin: 'loopt-door',
    hours: [['team-politie', 1800]],
    risk: [3, 5, 3, 2],
  },
  {
    id: 'wki-normen',
    title: 'Nadere duiding van normen uit de Wki',
    description:
      'Waar nodig nadere duiding geven aan normen uit de Wet kwaliteit incassodienstverlening, die in 2024 van kracht werd.',
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
      'In 2026 wordt de beleidsreactie op de invoeringstoets verwacht; de inspectie past haar toezicht aan op de knelpunten die worden opgelost.',
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
      'Een zo goed mogelijk beeld van de toezichtpopulatie, met als doel een gelijk speelveld.',
    sourceRef: '§ 1.2',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'monitor',
    commitment: 'vast',
    legalBasis: WKI,
    origin: 'doorlopend',
    hours: [
      ['team-markt', 1600],
      ['team-signalering', 400],
    ],
    risk: [3, 3, 3, 2],
  },
  {
    id: 'crisisbeheersing-nationaal',
    title: 'Doorontwikkeling van het stelsel crisisbeheersing op nationaal niveau',
    description:
      'Na de analyses van 2024 en 2025 op regionaal niveau ligt in 2026 de focus op de doorontwikkeling van het stelsel op nationaal niveau, in het licht van nieuwe risico’s.',
    sourceRef: '§ 1.2',
    domain: 'dom-crisis',
    theme: 'focus-context',
    secondary: ['thema-weerbaar'],
    kind: 'thematisch-onderzoek',
    origin: 'loopt-door',
    hours: [['team-crisis', 3200]],
    risk: [3, 4, 3, 3],
    outputs: [['rapport', 'Stelsel crisisbeheersing nationaal', '2026-12']],
  },
  {
    id: 'beveiligen-personen-beeld',
    title: 'Jaarlijkse bijstelling van het beeld van het stelsel beveiligen van personen',
    description:
      'Het beeld dat het onderzoek naar afbakening en mandaat van het stelsel beveiligen van personen oplevert, wordt jaarlijks bijgesteld.',
    sourceRef: '§ 1.2',
    domain: 'dom-natveiligheid',
    theme: 'focus-context',
    kind: 'monitor',
    commitment: 'vast',
    legalBasis: 'Aanwijzing als toezichthouder stelsel bewaken en beveiligen (kabinetsreactie)',
    origin: 'doorlopend',
    hours: [['team-politie', 700]],
    risk: [2, 4, 2, 2],
  },
  {
    id: 'egc-gelijk-speelveld',
    title: 'Gelijk speelveld in de handhaving op telers en coffeeshops (EGC)',
    description:
      'Binnen het Experiment Gesloten Coffeeshopketen hebben ook gemeenten bevoegdheden; gelijkmatig handhaven op gelijksoortige overtredingen bij telers en coffeeshops.',
    sourceRef: '§ 1.2',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: EGC,
    origin: 'doorlopend',
    hours: [['team-markt', 2400]],
    risk: [3, 3, 2, 3],
    partners: ['Gemeenten'],
  },
  // § 1.2.1 Aandacht voor digitalisering
  {
    id: 'enkelband-reclassering',
    title: 'Reclasseringstoezicht op dragers van een elektronische enkelband',
    description:
      'Onderzoek, gestart eind 2024, naar hoe de reclassering toezicht houdt op verdachten en veroordeelden met een enkelband. Loopt in 2026 door.',
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
    outputs: [['rapport', 'Rapport enkelbandtoezicht', '2026-06']],
    partners: ['Reclassering Nederland'],
  },
  {
    id: 'algoritmen',
    title: 'Toezicht op het gebruik van algoritmen in het domein JenV/AenM',
    description:
      'Met het plan van aanpak en toetsingskader uit 2025 en de in 2025 opgevraagde informatie volgen nieuwe toezichtacties op de inzet van algoritmen.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-overstijgend',
    theme: 'thema-digitalisering',
    kind: 'thematisch-onderzoek',
    origin: 'loopt-door',
    hours: [
      ['team-signalering', 1400],
      ['team-politie', 600],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 45000,
    outputs: [['rapport', 'Beeld inzet algoritmen', '2026-10']],
  },
  {
    id: 'hackbevoegdheid',
    title: 'Toezicht op de hackbevoegdheid van de politie',
    description:
      'Doorlopende wettelijke taak in het kader van het toezicht op de hackbevoegdheid van de politie.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-politie',
    theme: 'thema-digitalisering',
    kind: 'wettelijke-taak',
    commitment: 'wettelijk',
    legalBasis: 'Wet computercriminaliteit III (hackbevoegdheid, art. 126nba Sv)',
    origin: 'doorlopend',
    hours: [
      ['team-politie', 1600],
      ['team-signalering', 200],
    ],
    risk: [3, 5, 2, 3],
    outputs: [['rapport', 'Jaarrapportage hackbevoegdheid', '2026-09']],
  },
  {
    id: 'wki-ai-correspondentie',
    title: 'Handhavingstoezicht op AI in de correspondentie van incassodienstverleners',
    description:
      'Signalen dat incassodienstverleners AI gebruiken in hun correspondentie met schuldenaren: is dat in overeenstemming met de wettelijke voorschriften?',
    sourceRef: '§ 1.2.1',
    domain: 'dom-markt',
    theme: 'thema-digitalisering',
    secondary: ['thema-kwetsbaar'],
    kind: 'handhaving',
    commitment: 'wettelijk',
    legalBasis: WKI,
    hours: [
      ['team-markt', 1400],
      ['team-signalering', 300],
    ],
    risk: [3, 3, 3, 3],
  },
  {
    id: 'digitale-opsporing',
    title:
      'Expertise voor de aanpak van digitale criminaliteit en effectiviteit van digitale opsporing',
    description:
      'In 2025 signaleerde de inspectie dat de politie niet overal beschikt over de juiste kennis, expertise en vaardigheden op digitaal vlak.',
    sourceRef: '§ 1.2.1',
    domain: 'dom-politie',
    theme: 'thema-digitalisering',
    secondary: ['thema-weerbaar'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    hours: [
      ['team-politie', 4600],
      ['team-signalering', 300],
    ],
    risk: [4, 4, 3, 3],
    externalEuros: 60000,
    outputs: [['rapport', 'Digitale opsporing bij de politie', '2026-12']],
  },
  // § 1.3.1 Oog voor mensen in een kwetsbare positie
  {
    id: 'intake-service-politie',
    title: 'Intake en service op het politiebureau',
    description:
      'Mensen die aangifte willen doen zijn afhankelijk van de dienstverlening van de politie: de stand van zaken van intake en service.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-politie',
    theme: 'thema-kwetsbaar',
    kind: 'inspectiebezoek',
    hours: [['team-politie', 3800]],
    risk: [3, 3, 3, 3],
    materialEuros: 8000,
    outputs: [['rapport', 'Intake en service', '2026-11']],
  },
  {
    id: 'toegankelijkheidsrichtlijn-112',
    title: 'Toezicht op de Europese Toegankelijkheidsrichtlijn: invulling voor 112',
    description:
      'Sinds medio 2025 een van de vijf nationale toezichthouders op de richtlijn; in 2026 in gesprek met het departement over de concrete invulling, specifiek voor het noodnummer 112.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-crisis',
    theme: 'thema-kwetsbaar',
    kind: 'verkenning',
    commitment: 'wettelijk',
    legalBasis: 'Europese Toegankelijkheidsrichtlijn (Richtlijn (EU) 2019/882)',
    hours: [['team-crisis', 500]],
    risk: [2, 3, 3, 2],
  },
  {
    id: 'asielpact-screening',
    title: 'Toezicht op de screenings- en asielgrensprocedure (Europees Migratie- en asielpact)',
    description:
      'Vanaf medio 2026, onder voorbehoud van voldoende middelen: toezien op de naleving van het Unierecht en internationaal recht, met expliciet oog voor grondrechten, bij de screening van asielzoekers.',
    sourceRef: '§ 1.3.1, § 2.5',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis:
      'Europees Migratie- en asielpact (screeningsverordening en asielgrensprocedureverordening)',
    conditional: true,
    fundingEuros: 450_000,
    start: '2026-06',
    hours: [['team-migratie', 3000]],
    risk: [4, 5, 3, 3],
    materialEuros: 25000,
  },
  {
    id: 'migratie-opvang',
    title: 'Toezicht op de opvang van asielzoekers',
    description:
      'Voortzetting van het bestaande toezicht op het nationale proces opvang van asielzoekers.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Aanwijzing toezicht migratieketen',
    origin: 'doorlopend',
    hours: [['team-migratie', 4400]],
    risk: [4, 4, 3, 3],
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
    legalBasis: 'Aanwijzing toezicht migratieketen',
    origin: 'doorlopend',
    hours: [['team-migratie', 2800]],
    risk: [3, 4, 3, 2],
  },
  {
    id: 'migratie-toegang',
    title: 'Toezicht op toegang en vreemdelingentoezicht',
    description:
      'Voortzetting van het bestaande toezicht op het nationale proces toegang en toezicht.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Aanwijzing toezicht migratieketen',
    origin: 'doorlopend',
    hours: [['team-migratie', 3000]],
    risk: [3, 4, 3, 2],
  },
  {
    id: 'migratie-terugkeer',
    title: 'Toezicht op terugkeer, nationaal en in Europees verband (Frontex)',
    description:
      'Toezicht op de terugkeer van vreemdelingen naar hun land van herkomst, zowel nationaal als in Europees verband.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Terugkeerrichtlijn (2008/115/EG), art. 8 lid 6: toezicht op gedwongen terugkeer',
    origin: 'doorlopend',
    hours: [['team-migratie', 3600]],
    risk: [3, 5, 3, 3],
    materialEuros: 30000,
    partners: ['Frontex'],
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
    hours: [['team-migratie', 1800]],
    risk: [4, 4, 3, 2],
  },
  {
    id: 'kind-van-de-rekening',
    title: 'Monitoren van de aanbevelingen uit ‘Het kind van de rekening’',
    description:
      'De aanbevelingen uit het rapport uit 2023 aan organisaties in de jeugdbeschermingsketen blijven gemonitord.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'monitor',
    origin: 'loopt-door',
    hours: [['team-jeugd', 2000]],
    risk: [4, 4, 3, 2],
    partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)'],
  },
  {
    id: 'rvdk-halt',
    title: 'Doorlopend toezicht op de Raad voor de Kinderbescherming en HALT verder opzetten',
    description:
      'Het algemene beeld dat dit doorlopende toezicht oplevert draagt bij aan de responsieve en risicogestuurde aanpak.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Doorlopend toezicht jeugdbescherming en jeugdreclassering',
    origin: 'loopt-door',
    hours: [['team-jeugd', 3200]],
    risk: [3, 4, 3, 3],
  },
  {
    id: 'meldpunt-wki',
    title: 'Meldpunt Wki voortzetten',
    description:
      'Het in 2025 ingerichte meldpunt voor misstanden bij incassodienstverleners; het helpt ook ongeregistreerde incassodienstverleners te identificeren.',
    sourceRef: '§ 1.3.1',
    domain: 'dom-markt',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: WKI,
    origin: 'loopt-door',
    hours: [
      ['team-markt', 1500],
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
      'Onderzoek naar het intelligenceproces van de politie binnen de aanpak van georganiseerde ondermijnende criminaliteit.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-politie',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    hours: [
      ['team-politie', 5200],
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
    hours: [
      ['team-politie', 3600],
      ['team-signalering', 500],
    ],
    risk: [3, 4, 3, 3],
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
    hours: [['team-politie', 2600]],
    risk: [3, 4, 2, 2],
  },
  {
    id: 'defensie-beschikbaarheid',
    title: 'Risico van verminderde beschikbaarheid van defensie voor civiele autoriteiten',
    description:
      'In crisisbeheersing en politie wordt meegenomen dat defensie minder beschikbaar kan zijn voor ondersteuning van veiligheidsregio’s, politie en KMar.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'verkenning',
    hours: [
      ['team-crisis', 900],
      ['team-politie', 400],
    ],
    risk: [3, 4, 3, 2],
  },
  {
    id: 'dvo-opleidingen',
    title: 'Opleidingen van de Dienst Vervoer en Ondersteuning (DV&O)',
    description: 'Onderzoek naar de opleidingen van DV&O, gestart in 2025; loopt in 2026 door.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-sanctie',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    origin: 'loopt-door',
    start: '2026-01',
    end: '2026-06',
    hours: [['team-jeugd', 2200]],
    risk: [3, 3, 2, 3],
    outputs: [['rapport', 'Opleidingen DV&O', '2026-06']],
  },
  {
    id: 'dekkingsplannen-brandweer',
    title: 'Dekkingsplannen voor de brandweer van de veiligheidsregio’s',
    description:
      'Hoe is het gesteld met de dekkingsplannen die veiligheidsregio’s opstellen voor de inzet van de brandweer?',
    sourceRef: '§ 1.3.2',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    hours: [['team-crisis', 4200]],
    risk: [3, 4, 3, 3],
    outputs: [['rapport', 'Dekkingsplannen brandweer', '2026-12']],
  },
  {
    id: 'c2000-continuiteit',
    title: 'Continuïteit van communicatie bij uitval van C2000',
    description:
      'Onderzoek, gestart in 2025, naar de continuïteit van communicatie tussen meldkamers en hulpdiensten bij uitval van C2000. Loopt in 2026 door.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    end: '2026-09',
    hours: [
      ['team-crisis', 2400],
      ['team-signalering', 200],
    ],
    risk: [3, 5, 3, 3],
    externalEuros: 35000,
    outputs: [['rapport', 'Continuïteit communicatie bij uitval C2000', '2026-09']],
  },
  {
    id: 'egc-inlekken-uitlekken',
    title: 'EGC: inlekken van illegale hasj en uitlekken van legale cannabis',
    description:
      'Toezicht op de geslotenheid van de keten: het ‘inlekken’ van illegale hasj bij coffeeshops en het ‘uitlekken’ van legale cannabis naar niet-deelnemende verkooppunten.',
    sourceRef: '§ 1.3.2',
    domain: 'dom-markt',
    theme: 'thema-weerbaar',
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: EGC,
    hours: [['team-markt', 2600]],
    risk: [4, 3, 3, 3],
    materialEuros: 12000,
  },
  // § 2.5 Nieuwe toezichttaken
  {
    id: 'cannabisextracten',
    title: 'Toezicht op cannabisextracten',
    description:
      'Nieuwe taak na wijziging van het Besluit experiment gesloten coffeeshopketen; eerste ervaringen in 2025, verbetering loopt door in 2026, met stevige samenwerking met politie en OM.',
    sourceRef: '§ 2.5',
    domain: 'dom-markt',
    theme: 'thema-weerbaar',
    kind: 'handhaving',
    commitment: 'wettelijk',
    legalBasis: 'Besluit experiment gesloten coffeeshopketen (gewijzigd)',
    origin: 'loopt-door',
    hours: [['team-markt', 1800]],
    risk: [3, 3, 2, 3],
    partners: ['Politie', 'Openbaar Ministerie'],
  },
];

/** Indirect work, training and reserves (invented shares; the incident reserve follows PRODUCT.md's 15% default range). */
const DEDUCTIONS: Deduction[] = [
  {
    id: 'ded-staf',
    kind: 'indirect',
    label: 'Staf en bedrijfsvoering: overige uren indirect',
    teamId: 'team-staf' as Deduction['teamId'],
    basis: 'share',
    value: 0.65,
    source: 'Demo',
  },
  {
    id: 'ded-indirect',
    kind: 'indirect',
    label: 'Leiding, overleg en kennisdeling',
    teamId: null,
    basis: 'share',
    value: 0.12,
    source: 'Demo',
  },
  {
    id: 'ded-opleiding',
    kind: 'opleiding',
    label: 'Opleiding en ontwikkeling',
    teamId: null,
    basis: 'share',
    value: 0.04,
    source: 'Demo',
  },
  {
    id: 'ded-incident',
    kind: 'incidentreserve',
    label: 'Reserve incidentonderzoeken',
    teamId: null,
    basis: 'share',
    value: 0.15,
    source: 'PRODUCT.md: 15% van gepland toezicht (bandbreedte 10–25%)',
  },
  {
    id: 'ded-responsief',
    kind: 'responsief',
    label: 'Responsief toezicht op nieuwe signalen',
    teamId: null,
    basis: 'share',
    value: 0.04,
    source: 'Demo',
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

/** Vacancies being filled during the year (invented). */
const STAFFING: StaffingChange[] = [
  {
    id: 'hire-markt',
    teamId: 'team-markt' as StaffingChange['teamId'],
    label: 'Twee inspecteurs Wki',
    fteDelta: 2,
    month: '2026-01' as StaffingChange['month'],
    leadTimeMonths: 4,
  },
  {
    id: 'hire-migratie',
    teamId: 'team-migratie' as StaffingChange['teamId'],
    label: 'Inspecteur migratie',
    fteDelta: 1,
    month: '2026-02' as StaffingChange['month'],
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
    publishedOn: '2025-10-09',
    illustrative: true,
    capacity: {
      productiveHoursPerFte: 1363,
      productiveHoursSource:
        'Handleiding Overheidstarieven (HOT) 2023: 1.363 productieve uren per fte van 1.872 contracturen',
      teams: TEAMS.map(([teamId, , formationFte, staffedFte]) => ({
        teamId,
        formationFte,
        staffedFte,
      })),
      deductions: DEDUCTIONS,
      staffingChanges: STAFFING,
    },
    budget: {
      frameCents: 16_228_000_00,
      frameSource: 'Werkprogramma 2026, § 3.2 Financiën',
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
          { id: 'vast-opleiding', kind: 'opleiding', label: 'Opleidingsbudget', cents: 240_000_00 },
          {
            id: 'vast-ict',
            kind: 'ict',
            label: 'Eigen toezichtapplicaties en data',
            cents: 310_000_00,
          },
          {
            id: 'vast-overig',
            kind: 'overig',
            label: 'Reizen, onderzoek en publicaties',
            cents: 160_000_00,
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
      fundingCents: (s.fundingEuros ?? 0) * 100,
      startMonth: s.start ?? '2026-01',
      endMonth: s.end ?? '2026-12',
      allocations: s.hours.map(([teamId, hours]) => ({ teamId, month: null, hours })),
      materialCents: (s.materialEuros ?? 0) * 100,
      externalHireCents: (s.externalEuros ?? 0) * 100,
      outputs: (s.outputs ?? []).map(([kind, title, plannedMonth]) => ({
        kind,
        title,
        plannedMonth,
      })),
      partners: s.partners ?? [],
      risk: { kans: s.risk[0], ernst: s.risk[1], omvang: s.risk[2], effect: s.risk[3] },
      status: s.origin === 'loopt-door' ? 'in-uitvoering' : 'gepland',
      force: null,
    }),
  );
  return { organisation, mjps, themes, domains, teams, programmes: [programme], activities };
}
