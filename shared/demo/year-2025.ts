/**
 * The demo's Werkprogramma 2025, reconstructed from the Jaarbericht 2025 (seed 000): the year the
 * 2026 programme continues, adopted, run and accounted for, so the year end has a real year to
 * show.
 *
 * From the seed: an activity for what chapter 1 reports per MJP focus (with its year-end status
 * and the reason the report gives: afgerond, loopt door in 2026, uitgesteld), every 2025
 * publication in the appendix (Bijlagen) with its title and date, attached to the activity it
 * belongs to (or to the catch-all activity of its focus when the report does not say), the
 * enforcement decisions of the Wki and the EGC (§ 1.1), the formation of 149,55 fte and the frame
 * as finally set, € 16.696.000, with a realisation 10% above it and external hire at 5,1% (§ 4.1).
 * The three incident investigations the report names (Erasmusbrug, Nieuwegein via TSD, Weski)
 * are draws on the incident reserve, added to the adopted programme by amendment.
 *
 * INVENTED for illustration (not public): the adoption date (the seeds do not give it), the frame
 * at adoption, every hour figure (plan and realisation), the cost per hour, the split of the
 * realised spending over the cost lines (only its total and the external-hire share are public),
 * planned months, risk scores, the dates of the enforcement decisions and of the reserve draws,
 * and which activities a draw displaced. The programme is marked `illustrative`.
 *
 * The invented hours fit the 2025 capacity: the programme as adopted holds all the work the report
 * accounts for, so every activity of the adopted version is planned (committed, or above the line
 * in every team and quarter of the frame, after its deductions) without forces. The staff team's
 * hours are indirect work in the frame, so no activity plans them.
 */
import { diffRow } from '../delta/delta';
import type { AmendmentId } from '../domain/ids';
import { Activity, Programme, type ActivityKind, type OutputKind } from '../domain/schemas';
import type { Realisation, ReserveDraw, Spending } from '../domain/realisation';
import { euros, hours, isoDate, monthKey, type Cents } from '../domain/units';
import type { Amendment, Timestamp, Version } from '../domain/versions';
import { amendmentOf, type AmendReason } from '../edit/amendment';
import type { DemoData } from './inspectie-jenv';
import { adoptedBundle } from './life-cycle';

/** The 2025 programme's id. */
export const PROGRAMME_2025 = 'wp-2025';

/** The version the 2025 programme was adopted with. */
export const DEMO_2025_ADOPTED_VERSION = 'v-wp-2025-vastgesteld';

/**
 * The adoption date of the Werkprogramma 2025. The seeds do not give it (the Jaarbericht 2025
 * lists only the 2026 programme, published 9 oktober 2025); a plausible date in the same season a
 * year earlier, illustrative.
 */
export const ADOPTED_2025_ON = '2024-10-10';

/** The frame as finally set for 2025 (Jaarbericht 2025, § 4.1 Financiën). */
export const FINAL_FRAME_2025_EUROS = 16_696_000;

/** Who signs the demo's versions and amendments (a department, not a person: illustrative). */
const AUTHOR = 'Strategie en Beleid';

type TeamKey =
  | 'team-politie'
  | 'team-jeugd'
  | 'team-migratie'
  | 'team-crisis'
  | 'team-markt'
  | 'team-signalering'
  | 'team-staf';

type ThemeKey =
  'focus-context' | 'thema-digitalisering' | 'focus-effect' | 'thema-kwetsbaar' | 'thema-weerbaar';

type DomainKey =
  | 'dom-politie'
  | 'dom-jeugd'
  | 'dom-sanctie'
  | 'dom-migratie'
  | 'dom-crisis'
  | 'dom-natveiligheid'
  | 'dom-markt'
  | 'dom-overstijgend';

/**
 * One output: kind, title (as published, from the appendix), the publication date as the
 * appendix writes it (dd-mm-yyyy; null: not published in 2025), and the planned month (omitted:
 * the month it was published; null: not scheduled in the plan, e.g. a letter on a signal).
 * `working` is the title the plan used when the published one differs.
 */
type OutputSpec = {
  kind: OutputKind;
  title: string;
  published: string | null;
  planned?: string | null;
  working?: string;
};

/** One 2025 activity as the demo describes it; `createYear2025` fills in the rest. */
type Spec = {
  /** Readable id; the activity id is `act-2025-<id>`. */
  id: string;
  title: string;
  description: string;
  /** Where the Jaarbericht 2025 (or the Werkprogramma 2026) reports it. */
  sourceRef: string;
  domain: DomainKey;
  theme: ThemeKey;
  secondary?: ThemeKey[];
  kind: ActivityKind;
  level?: 'regulier' | 'verdiepend' | 'intensief';
  commitment?: 'wettelijk' | 'vast' | 'discretionair';
  legalBasis?: string;
  origin?: 'nieuw' | 'loopt-door' | 'doorlopend';
  start?: string;
  end?: string;
  /** Planned hours per team (invented). */
  hours: [TeamKey, number][];
  risk: [number, number, number, number];
  externalEuros?: number;
  materialEuros?: number;
  outputs?: OutputSpec[];
  partners?: string[];
  /** The year end as the report tells it. */
  yearEnd: { status: 'afgerond' | 'loopt-door' | 'uitgesteld'; reason: string };
  /** Realised hours as a share of the plan (invented); default a small deviation. */
  realised?: number;
  /**
   * The explanation of a large deviation (required when `realised` makes one, and for the
   * incident investigations: they were not in the adopted plan, so all their hours deviate).
   */
  note?: string;
};

const WKI = 'Wet kwaliteit incassodienstverlening (Wki)';
const EGC = 'Wet experiment gesloten coffeeshopketen';
const MIGRATIE = 'Doorlopend toezicht op de migratieketen (vaste taak)';
const DOORLOPEND = 'Doorlopende taak; loopt in 2026 door.';

/** "Waarschuwingsbrief" and the like are counted in the text: the model has no output kind for them. */
const ENFORCEMENT_NOTE_WKI =
  '21 inspectiebezoeken (waarvan acht herinspecties), elf waarschuwingsbrieven, drie lasten onder dwangsom (waaronder een voornemen) en een bestuurlijke boete; drie handhavingsverzoeken ontvangen (§ 3.5). De data van de besluiten zijn illustratief.';
const ENFORCEMENT_NOTE_EGC =
  '36 telerinspecties met 34 overtredingen: zeven waarschuwingsbrieven, een normoverdragend gesprek, vijf lasten onder dwangsom en driemaal een voornemen tot invorderingsbeschikking; 362 coffeeshopinspecties met rapporten van bevindingen aan de gemeenten. De data van de besluiten zijn illustratief.';

/**
 * The activities of 2025, per MJP focus in the order of the Jaarbericht 2025, § 1.1, with the
 * publications of the appendix attached. The three incident investigations are not here: they
 * were added during the year (INCIDENTS).
 */
const SPECS: Spec[] = [
  // Focus op de context
  {
    id: 'signalering',
    title: 'Signalering en risicoanalyse (fase 1 en 2 van het toezichtmodel)',
    description:
      'Continu signaleren en duiden, sinds 2025 volgens het vernieuwde toezichtmodel; stelselwijzigingen op de voet volgen (Toekomstscenario kind- en gezinsbescherming, implementatie van het Europees Asiel- en Migratiepact).',
    sourceRef: 'Jaarbericht 2025, § 1.1 Focus op de context',
    domain: 'dom-overstijgend',
    theme: 'focus-context',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Toezichtmodel Inspectie JenV (vier fases), sinds 2025',
    origin: 'doorlopend',
    hours: [
      ['team-signalering', 5800],
      ['team-politie', 2400],
      ['team-migratie', 1400],
      ['team-jeugd', 1000],
      ['team-crisis', 900],
      ['team-markt', 700],
    ],
    risk: [3, 3, 3, 2],
    externalEuros: 40_000,
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'demonstraties',
    title: 'Taken van de politie bij demonstraties',
    description:
      'Historische analyse en een representatief burgerpanel: welke taken heeft de politie bij demonstraties, en wat verwacht de samenleving?',
    sourceRef: 'Jaarbericht 2025, § 1.1 Focus op de context',
    domain: 'dom-politie',
    theme: 'focus-context',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    end: '2025-05',
    hours: [
      ['team-politie', 1600],
      ['team-signalering', 200],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 30_000,
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport Faciliteren of begrenzen?',
        published: '15-05-2025',
        planned: '2025-04',
        working: 'Rapport politie bij demonstraties',
      },
      {
        kind: 'publieksversie',
        title: 'Publieksversie Politie bij demonstraties',
        published: '15-05-2025',
        planned: '2025-04',
      },
      {
        kind: 'brief',
        title: 'Brief onderzoek demonstraties',
        published: '15-05-2025',
        planned: null,
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason:
        'Rapport en publieksversie gepubliceerd op 15 mei 2025; bevindingen over het politieoptreden zelf in een aanvullende brief aan de korpschef.',
    },
  },
  {
    id: 'toezichtkader-onderwijs',
    title: 'Toezichtkader voor het onderwijs bij politie, brandweer en crisisbeheersing',
    description:
      'Gebrek aan een goed inwerktraject en begeleiding van nieuwe medewerkers is een risico voor de taakuitvoering (Jaarbericht 2024): een toezichtkader voor de kwaliteit van het onderwijs.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Focus op de context',
    domain: 'dom-politie',
    theme: 'focus-context',
    secondary: ['thema-weerbaar'],
    kind: 'overig',
    hours: [
      ['team-politie', 700],
      ['team-crisis', 300],
    ],
    risk: [3, 3, 3, 2],
    outputs: [
      {
        kind: 'overig',
        title: 'Toezichtkader onderwijs',
        published: '07-10-2025',
        planned: '2025-06',
      },
      {
        kind: 'overig',
        title: 'Gespreksnotitie Inspectie JenV t.b.v. rondetafelgesprek politieonderwijs',
        published: '02-05-2025',
        planned: null,
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Toezichtkader onderwijs gepubliceerd op 7 oktober 2025, later dan gepland.',
    },
  },
  {
    id: 'werkwijze',
    title: 'Verantwoording en werkwijze: werkprogramma, jaarbericht en protocollen',
    description:
      'De publicaties over het toezicht zelf: werkprogramma, jaarbericht, het herziene Protocol voor de werkwijze (§ 3.3) en het geactualiseerde afstemmingsprotocol met het OM (§ 1.4). Ook de verzamelplaats voor publicaties bij de focus op de context die het jaarbericht niet aan een activiteit verbindt.',
    sourceRef: 'Jaarbericht 2025, § 1.4, § 3.3, Bijlagen (Overig)',
    domain: 'dom-overstijgend',
    theme: 'focus-context',
    kind: 'overig',
    commitment: 'vast',
    legalBasis: 'Aanwijzingen inzake de rijksinspecties (werkprogramma en jaarverslag)',
    origin: 'doorlopend',
    // The staff team's share is indirect work in the capacity frame (its deduction), not planned here.
    hours: [['team-signalering', 500]],
    risk: [1, 2, 3, 1],
    outputs: [
      {
        kind: 'overig',
        title: 'Jaarbericht 2024 en dashboard Jaarbericht 2024',
        published: '13-05-2025',
        planned: '2025-04',
      },
      {
        kind: 'overig',
        title: 'Protocol Openbaar Ministerie & Inspectie Justitie en Veiligheid',
        published: '15-04-2025',
      },
      {
        kind: 'overig',
        title: 'Protocol voor de werkwijze',
        published: '30-09-2025',
        planned: '2025-06',
      },
      {
        kind: 'overig',
        title: 'Werkprogramma 2026 Inspectie Justitie en Veiligheid',
        published: '09-10-2025',
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  // Aandacht voor digitalisering
  {
    id: 'algoritmen',
    title: 'Toezicht op het gebruik van algoritmen: eerste onderzoek bij de reclassering',
    description:
      'Een toezichtkader voor het toezicht op algoritmes en het eerste onderzoek: ontwikkelen en gebruiken de drie reclasseringsorganisaties algoritmes op een verantwoorde manier?',
    sourceRef: 'Jaarbericht 2025, § 1.1 Aandacht voor digitalisering',
    domain: 'dom-overstijgend',
    theme: 'thema-digitalisering',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    hours: [
      ['team-signalering', 1200],
      ['team-jeugd', 500],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 55_000,
    outputs: [
      {
        kind: 'plan-van-aanpak',
        title: 'Plan van aanpak toezicht op algoritmes',
        published: '16-01-2025',
      },
      {
        kind: 'rapport',
        title: 'Rapport algoritmegebruik bij de reclasseringsorganisaties',
        published: null,
        planned: '2025-11',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: 'De bevindingen van het onderzoek bij de reclassering zijn begin 2026 gepubliceerd.',
    },
  },
  {
    id: 'hackbevoegdheid',
    title: 'Toezicht op de hackbevoegdheid van de politie',
    description:
      'Doorlopende wettelijke taak: toezicht op de inzet van de hackbevoegdheid door de politie, met een jaarlijks verslag.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Aandacht voor digitalisering',
    domain: 'dom-politie',
    theme: 'thema-digitalisering',
    kind: 'wettelijke-taak',
    commitment: 'wettelijk',
    legalBasis: 'Wet computercriminaliteit III (hackbevoegdheid, art. 126nba Sv)',
    origin: 'doorlopend',
    hours: [
      ['team-politie', 1300],
      ['team-signalering', 200],
    ],
    risk: [3, 4, 2, 2],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief Verslag toezicht wettelijke hackbevoegdheid politie 2024',
        published: '26-09-2025',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'Jaarverslag over 2024 gepubliceerd: vertrouwen dat de politie vanaf eind 2025 zelf de kwaliteit van de inzet beter controleert. Wettelijke taak, loopt door.',
    },
  },
  {
    id: 'digitale-opsporing',
    title: 'Aanpak van digitale criminaliteit en effectiviteit van digitale opsporing',
    description:
      'De voorgenomen onderzoeken naar de aanpak van digitale criminaliteit door de politie en de effectiviteit van digitale opsporing.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Aandacht voor digitalisering',
    domain: 'dom-politie',
    theme: 'thema-digitalisering',
    secondary: ['thema-weerbaar'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2025-03',
    hours: [
      ['team-politie', 2600],
      ['team-signalering', 400],
    ],
    risk: [4, 4, 3, 3],
    externalEuros: 60_000,
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport digitale opsporing bij de politie',
        published: null,
        planned: '2025-12',
      },
    ],
    yearEnd: {
      status: 'uitgesteld',
      reason: 'De voorgenomen onderzoeken worden in 2026 verder opgepakt (Jaarbericht 2025).',
    },
    realised: 0.4,
    note: 'Uitgesteld naar 2026: Team Politie zette de capaciteit in voor het incidentonderzoek naar aanleiding van het steekincident in Nieuwegein (beroep op de incidentreserve).',
  },
  {
    id: 'enkelband',
    title: 'Reclasseringstoezicht op dragers van een elektronische enkelband',
    description:
      'Onderzoek, gestart eind 2024, naar hoe de reclassering toezicht houdt op verdachten en veroordeelden die een elektronische enkelband moeten dragen.',
    sourceRef: 'Werkprogramma 2026, § 1.2.1',
    domain: 'dom-sanctie',
    theme: 'thema-digitalisering',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    hours: [['team-jeugd', 1400]],
    risk: [3, 4, 2, 3],
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport toezicht op dragers van een enkelband',
        published: null,
        planned: '2025-11',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'Het onderzoek loopt in 2026 door (Werkprogramma 2026, § 1.2.1); de rapportage, gepland voor november 2025, is uitgesteld naar 2026.',
    },
    // The plan less the 400 hours postponed for the Erasmusbrug investigation.
    realised: (1400 - 400) / 1400,
    note: 'Minder uren: 400 uur zijn uitgesteld naar 2026, omdat Team Jeugd en Sanctietoepassing ze inzette voor het incidentonderzoek Erasmusbrug (beroep op de incidentreserve); de rapportage volgt in 2026.',
  },
  // Oog voor mensen in een kwetsbare positie
  {
    id: 'jeugdbescherming',
    title: 'Toezicht op jeugdbescherming en jeugdreclassering (gecertificeerde instellingen)',
    description:
      'Samen met de IGJ: vervolgonderzoek bij de William Schrikker Stichting na de casus van het pleegmeisje in Vlaardingen, en toezicht bij Jeugdbescherming West, Amsterdam, Gelderland en Noord.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor mensen in een kwetsbare positie',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: 'Jeugdwet, hoofdstuk 9 (toezicht door IGJ en Inspectie JenV)',
    origin: 'loopt-door',
    hours: [
      ['team-jeugd', 5200],
      ['team-signalering', 300],
    ],
    risk: [5, 5, 3, 3],
    partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)'],
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport Zakelijke weergave Casusonderzoek pleegzorg meisje Vlaardingen',
        published: '30-01-2025',
        planned: '2025-01',
      },
      {
        kind: 'brief',
        title: 'Zorgen over kinderen die wachten op jeugdbescherming en jeugdreclassering',
        published: '27-02-2025',
        planned: null,
      },
      {
        kind: 'rapport',
        title: 'Rapport William Schrikker Stichting Jeugdbescherming & Jeugdreclassering',
        published: '17-06-2025',
      },
      {
        kind: 'plan-van-aanpak',
        title: 'Kennisgeving verscherpt toezicht en rapport Jeugdbescherming Noord in Groningen',
        published: '24-07-2025',
        planned: null,
      },
      {
        kind: 'rapport',
        title: 'Jeugdbescherming West 2025',
        published: '18-09-2025',
        planned: '2025-07',
      },
      {
        kind: 'publieksversie',
        title: 'Publieksversie rapport Jeugdbescherming West',
        published: '18-09-2025',
        planned: '2025-07',
      },
      {
        kind: 'rapport',
        title: 'Jeugdbescherming Gelderland 2025',
        published: '18-09-2025',
        planned: '2025-07',
      },
      {
        kind: 'publieksversie',
        title: 'Publieksversie rapport Jeugdbescherming Gelderland',
        published: '18-09-2025',
        planned: '2025-07',
      },
      {
        kind: 'rapport',
        title: 'Inspectierapport Stichting Jeugdbescherming Regio Amsterdam',
        published: '22-09-2025',
        planned: '2025-08',
      },
      {
        kind: 'publieksversie',
        title: 'Jongerenrapport Jeugdbescherming Regio Amsterdam',
        published: '22-09-2025',
        planned: '2025-08',
      },
      {
        kind: 'rapport',
        title: 'Rapport Als zelfs overheidsingrijpen kinderen geen bescherming biedt',
        published: '25-09-2025',
      },
      { kind: 'brief', title: 'Afsluitbrief Jeugdbescherming Gelderland', published: '22-12-2025' },
      { kind: 'brief', title: 'Afsluitbrief Jeugdbescherming west', published: '22-12-2025' },
      {
        kind: 'brief',
        title: 'Afsluitbrief toezicht Jeugdbescherming regio Amsterdam',
        published: '22-12-2025',
      },
      {
        kind: 'brief',
        title: 'Afsluitbrief William Schrikker Stichting Jeugdbescherming & Jeugdreclassering',
        published: '22-12-2025',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'Vier GI’s stelden een verbeterplan op; Jeugdbescherming Noord staat vanaf juli 2025 zeven maanden onder verscherpt toezicht. Het toezicht loopt in 2026 door.',
    },
    realised: 1.28,
    note: 'Meer uren door het verscherpt toezicht op Jeugdbescherming Noord (vanaf juli 2025) en de technische briefing aan de Tweede Kamer.',
  },
  {
    id: 'kwetsbaar-stelsel',
    title: 'Reflectief signaal: pleegzorg, jeugdbescherming en jeugdreclassering',
    description:
      'Naar aanleiding van alle toezichttrajecten in 2024 en 2025 een reflectief signaal van beide inspecties, ook in een toegankelijke versie voor kinderen en jongeren.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor mensen in een kwetsbare positie',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'thematisch-onderzoek',
    start: '2025-04',
    end: '2025-09',
    hours: [['team-jeugd', 600]],
    risk: [4, 5, 3, 3],
    partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)'],
    outputs: [
      { kind: 'rapport', title: 'Kwetsbare kinderen, kwetsbaar stelsel', published: '25-09-2025' },
      {
        kind: 'publieksversie',
        title: 'Rapport voor kinderen en jongeren: Kwetsbare kinderen, kwetsbaar stelsel',
        published: '25-09-2025',
      },
    ],
    yearEnd: { status: 'afgerond', reason: 'Gepubliceerd op 25 september 2025.' },
  },
  {
    id: 'kind-van-de-rekening',
    title: 'Vervolgonderzoek ‘Het kind van de rekening’: discriminatie en gelijke behandeling',
    description:
      'Vervolgonderzoek naar aanleiding van het rapport over de kinderopvangtoeslagaffaire: risico’s op discriminatie en ongelijke behandeling van gezinnen in de jeugdbeschermingsketen.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor mensen in een kwetsbare positie',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'monitor',
    origin: 'loopt-door',
    end: '2025-03',
    hours: [['team-jeugd', 500]],
    risk: [3, 4, 3, 2],
    outputs: [
      {
        kind: 'brief',
        title:
          'Brief Inzichten Inspectie JenV over non-discriminatie en gelijke behandeling in de jeugdbeschermingsketen',
        published: '18-02-2025',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'Brief gepubliceerd; de aanbevelingen worden in 2026 gemonitord (Werkprogramma 2026, § 1.3.1).',
    },
  },
  {
    id: 'rvdk-halt',
    title: 'Doorlopend toezicht op de Raad voor de Kinderbescherming en HALT opzetten',
    description: 'Het doorlopend toezicht op de RvdK en HALT opzetten.',
    sourceRef: 'Werkprogramma 2026, § 1.3.1',
    domain: 'dom-jeugd',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Doorlopend toezicht jeugdbescherming en jeugdreclassering',
    start: '2025-03',
    hours: [['team-jeugd', 1300]],
    risk: [3, 3, 2, 2],
    partners: ['Raad voor de Kinderbescherming', 'HALT'],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Wordt in 2026 verder opgezet (Werkprogramma 2026, § 1.3.1).',
    },
    // The plan less the 250 hours that went to the Weski investigation.
    realised: (1300 - 250) / 1300,
    note: 'Minder uren: 250 uur gingen naar het onderzoek in de casus Weski (beroep op de incidentreserve); het opzetten loopt in 2026 door.',
  },
  {
    id: 'sanctietoepassing',
    title:
      'Doorlopend toezicht sanctietoepassing: capaciteit en veiligheid in de vrijheidsbeneming',
    description:
      'Capaciteitsproblemen in het gevangeniswezen, de JJI’s, de forensische zorg en de vreemdelingenbewaring; sociale veiligheid in PI Sittard; de hertoets bij FPA De Mare.',
    sourceRef:
      'Jaarbericht 2025, § 1.1 Focus op de context; Oog voor mensen in een kwetsbare positie',
    domain: 'dom-sanctie',
    theme: 'thema-kwetsbaar',
    secondary: ['focus-context'],
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: 'Doorlopend toezicht op de sanctietoepassing',
    origin: 'doorlopend',
    hours: [
      ['team-jeugd', 2900],
      ['team-signalering', 300],
    ],
    risk: [5, 4, 3, 2],
    partners: ['Dienst Justitiële Inrichtingen', 'Inspectie Gezondheidszorg en Jeugd (IGJ)'],
    outputs: [
      {
        kind: 'overig',
        title: 'Bevindingen Inspectie zwaar beveiligde gevangenis blijven geheim',
        published: '04-02-2025',
        planned: null,
      },
      {
        kind: 'rapport',
        title:
          'Rapport van de hertoets aan GGZ Westelijk Noord Brabant, forensisch psychiatrische afdeling De Mare, op 15 oktober 2024',
        published: '10-02-2025',
        planned: '2025-01',
      },
      {
        kind: 'brief',
        title: 'Brief bevindingen toezichtstraject cultuur PI Sittard',
        published: '27-02-2025',
      },
      {
        kind: 'brief',
        title: 'Brief Capaciteitsproblemen DJI',
        published: '09-04-2025',
        planned: null,
      },
      {
        kind: 'brief',
        title:
          'Brief Ernstige zorgen over effect acute personele tekorten op jongeren en medewerkers in RJJ De Hartelborgt',
        published: '31-07-2025',
        planned: null,
      },
      {
        kind: 'brief',
        title: 'FPC de Oostvaarderskliniek maart 2025 Almere',
        published: '09-09-2025',
        planned: '2025-06',
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'reflectie-incidentonderzoeken',
    title: 'Reflectieve analyse van 25 incidentonderzoeken',
    description:
      'Analyse van 25 eerder uitgevoerde incidentonderzoeken in het gevangeniswezen, de forensische zorg, de reclassering en de JJI’s: welke knelpunten keren terug?',
    sourceRef: 'Jaarbericht 2025, § 3.3',
    domain: 'dom-sanctie',
    theme: 'focus-effect',
    kind: 'thematisch-onderzoek',
    start: '2025-03',
    end: '2025-10',
    hours: [
      ['team-jeugd', 400],
      ['team-signalering', 300],
    ],
    risk: [2, 3, 3, 3],
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport Incidentonderzoeken onder de loep',
        published: '06-11-2025',
        planned: '2025-10',
      },
    ],
    yearEnd: { status: 'afgerond', reason: 'Gepubliceerd op 6 november 2025.' },
  },
  {
    id: 'slachtoffers-cjib',
    title: 'Verkenning informeren van slachtoffers en nabestaanden door het CJIB',
    description:
      'De verantwoordelijkheid voor het informeren van slachtoffers en nabestaanden tijdens de tenuitvoerlegging ging in 2025 geheel over van het OM naar het CJIB: een verkenning van die taakoverdracht.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor mensen in een kwetsbare positie',
    domain: 'dom-sanctie',
    theme: 'thema-kwetsbaar',
    kind: 'verkenning',
    start: '2025-02',
    end: '2025-08',
    hours: [['team-jeugd', 450]],
    risk: [3, 3, 2, 2],
    partners: ['Centraal Justitieel Incassobureau (CJIB)'],
    outputs: [
      {
        kind: 'brief',
        title:
          'Brief verkenning informeren en raadplegen slachtoffers en nabestaanden door het Centraal Justitieel Incasso Bureau (CJIB)',
        published: '01-09-2025',
        planned: '2025-08',
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Brief met aanbevelingen gepubliceerd op 1 september 2025.',
    },
  },
  {
    id: 'migratie-opvang',
    title: 'Toezicht op de opvang van asielzoekers',
    description:
      'Doorlopend toezicht op de opvang, met locatiebezoeken aan reguliere COA-locaties en het toezicht in Ter Apel.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor mensen in een kwetsbare positie',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: MIGRATIE,
    origin: 'doorlopend',
    hours: [['team-migratie', 5000]],
    risk: [4, 4, 3, 2],
    materialEuros: 6_000,
    partners: ['COA'],
    outputs: [
      {
        kind: 'brief',
        title: "Brief IJenV-COA Terugkoppeling locatiebezoeken reguliere azc's 2024",
        published: '17-06-2025',
        planned: '2025-04',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'In 2026 rapporteert de inspectie over het toezicht in Ter Apel in 2025. Doorlopende taak.',
    },
  },
  {
    id: 'migratie-toelating',
    title: 'Toezicht op toelating, naturalisatie en inburgering',
    description:
      'Doorlopend toezicht op toelating en naturalisatie; met TSD onderzoek naar de inburgering van statushouders vanuit de asielopvang.',
    sourceRef: 'Jaarbericht 2025, § 1.4 (Toezicht Sociaal Domein)',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: MIGRATIE,
    origin: 'doorlopend',
    hours: [['team-migratie', 3200]],
    risk: [3, 3, 3, 2],
    partners: ['Toezicht Sociaal Domein'],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief inburgering van statushouders vanuit de asielopvang',
        published: '25-03-2025',
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'migratie-toegang',
    title: 'Toezicht op toegang en vreemdelingentoezicht',
    description:
      'Doorlopend toezicht op toegang en toezicht, waaronder de grensprocedure bij het Aanmeldcentrum Schiphol.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor mensen in een kwetsbare positie',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis: MIGRATIE,
    origin: 'doorlopend',
    hours: [['team-migratie', 3300]],
    risk: [3, 4, 2, 2],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief Inspectiebezoek aanmeldcentrum Schiphol 21 november 2024',
        published: '25-02-2025',
        planned: '2025-01',
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'migratie-terugkeer',
    title: 'Toezicht op terugkeer, nationaal en in Europees verband (Frontex)',
    description:
      'Toezicht op uitzettingen van vreemdelingen; in de Frontex-pool van forced return monitors elf terugkeeroperaties (Duitsland en België).',
    sourceRef: 'Jaarbericht 2025, § 1.1, § 1.4 (Internationaal)',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Terugkeerrichtlijn (2008/115/EG), art. 8 lid 6: toezicht op gedwongen terugkeer',
    origin: 'doorlopend',
    hours: [['team-migratie', 4600]],
    risk: [3, 4, 2, 2],
    materialEuros: 28_000,
    partners: ['Frontex', 'Koninklijke Marechaussee'],
    outputs: [
      {
        kind: 'brief',
        title: 'Jaarbrief terugkeer vreemdelingen 2024',
        published: '30-07-2025',
        planned: '2025-06',
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'migratie-kwetsbare-groepen',
    title: 'Kinderen in de noodopvang en andere kwetsbare groepen in de migratieketen',
    description:
      'Met de IGJ en de Inspectie van het Onderwijs: de situatie van kinderen in de noodopvang en het welzijn van kinderen in de asielopvang.',
    sourceRef: 'Jaarbericht 2025, § 1.1, § 1.3',
    domain: 'dom-migratie',
    theme: 'thema-kwetsbaar',
    kind: 'monitor',
    origin: 'doorlopend',
    hours: [['team-migratie', 1600]],
    risk: [4, 4, 3, 2],
    partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)', 'Inspectie van het Onderwijs'],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief Verbetermaatregelen noodopvang: situatie kinderen onveranderd zorgelijk',
        published: '29-07-2025',
        planned: '2025-06',
      },
      {
        kind: 'overig',
        title:
          'Gespreksnotitie Inspectie Justitie en Veiligheid t.b.v. rondetafelgesprek Rechten van kinderen in de asielopvang',
        published: '09-09-2025',
        planned: null,
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'uht',
    title: 'Uitvoerbaarheids- en handhaafbaarheidstoetsen (UHT’s) bij nieuwe wet- en regelgeving',
    description:
      'Reacties op nieuwe wetsvoorstellen; in 2025 vijf, alle op het terrein van migratie en jeugd (§ 3.2), en de inbreng in de Kamer (§ 1.3).',
    sourceRef: 'Jaarbericht 2025, § 1.3, § 3.2',
    domain: 'dom-overstijgend',
    theme: 'thema-kwetsbaar',
    secondary: ['focus-context'],
    kind: 'uht',
    commitment: 'vast',
    legalBasis:
      'Aanwijzingen inzake de rijksinspecties: beleidsvoornemens worden aan de inspectie voorgelegd',
    origin: 'doorlopend',
    hours: [
      ['team-signalering', 900],
      ['team-migratie', 600],
      ['team-jeugd', 300],
    ],
    risk: [3, 3, 3, 2],
    outputs: [
      {
        kind: 'uht',
        title: 'UHT conceptwetsvoorstel uitvoeringswet asiel- en migratiepact',
        published: '19-02-2025',
        planned: null,
      },
      {
        kind: 'overig',
        title:
          'Reactie Inspectie JenV op wetsvoorstellen Asielnoodmaatregelenwet en Wet invoering tweestatusstelsel',
        published: '23-05-2025',
        planned: null,
      },
      {
        kind: 'uht',
        title:
          'UHT bij Besluit openbaarmaking toezicht- en uitvoeringsgegevens Gezondheidswet en de Jeugdwet',
        published: '23-06-2025',
        planned: null,
      },
      {
        kind: 'brief',
        title: 'Brief reactie inspecties strafbaarstelling niet-rechtmatig verblijf',
        published: '16-07-2025',
        planned: null,
      },
      {
        kind: 'uht',
        title: 'UHT uitvoeringstoets wetsvoorstel wijziging Asielnoodmaatregelenwet novelle',
        published: '26-09-2025',
        planned: null,
      },
      {
        kind: 'overig',
        title: 'Position Paper IJenV - Novelle strafbaarstelling illegaal verblijf',
        published: '11-12-2025',
        planned: null,
      },
    ],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'wki',
    title: 'Toezicht op de naleving van de Wki: inspecties en handhaving',
    description:
      'Sinds 1 januari 2025 toezicht op de naleving van de Wet kwaliteit incassodienstverlening, met nadruk op de registratieplicht (vanaf 1 april 2025) en coulance bij de opleidingseisen; bijdrage aan de invoeringstoets van het ministerie.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Wet kwaliteit incassodienstverleners',
    domain: 'dom-markt',
    theme: 'thema-kwetsbaar',
    secondary: ['focus-context'],
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: WKI,
    origin: 'doorlopend',
    hours: [['team-markt', 4200]],
    risk: [4, 3, 3, 3],
    materialEuros: 40_000,
    outputs: [
      {
        kind: 'overig',
        title: 'Inspectie coulant bij opleidingseisen incassodienstverleners',
        published: '28-03-2025',
        planned: null,
      },
      {
        kind: 'overig',
        title: 'Waarschuwingen voor incassodienstverleners',
        published: '14-04-2025',
        planned: null,
      },
      {
        kind: 'overig',
        title: 'Controle op registratieplicht incassodienstverleners',
        published: '17-07-2025',
        planned: '2025-04',
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom Wki (voornemen)',
        published: '12-05-2025',
        planned: null,
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom Wki',
        published: '08-07-2025',
        planned: null,
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom Wki',
        published: '21-10-2025',
        planned: null,
      },
      { kind: 'boete', title: 'Bestuurlijke boete Wki', published: '02-12-2025', planned: null },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: `Wettelijke taak, loopt door. ${ENFORCEMENT_NOTE_WKI}`,
    },
    realised: 1.22,
    note: 'Meer uren door de nadruk op de registratieplicht (het aantal geregistreerde incassodienstverleners blijft sterk achter) en de handhavingscommunicatie met advertenties in landelijke dagbladen.',
  },
  {
    id: 'meldpunt-wki',
    title: 'Meldpunt Wki inrichten',
    description:
      'Een meldpunt waar mensen veilig, snel en vertrouwelijk misstanden bij incassodienstverleners kunnen melden; in 2025 meer dan 350 klachten.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Wet kwaliteit incassodienstverleners',
    domain: 'dom-markt',
    theme: 'thema-kwetsbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: WKI,
    hours: [
      ['team-markt', 1200],
      ['team-signalering', 300],
    ],
    risk: [3, 3, 3, 2],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Ingericht; het meldpunt wordt in 2026 voortgezet (Werkprogramma 2026, § 1.3.1).',
    },
  },
  {
    id: 'incassosector-monitor',
    title: 'Monitor van de incassosector',
    description:
      'Datagedreven beeld van de toezichtpopulatie (webscrapers, dashboard), met als doel een gelijk speelveld.',
    sourceRef: 'Jaarbericht 2025, § 3.3',
    domain: 'dom-markt',
    theme: 'focus-context',
    kind: 'monitor',
    commitment: 'vast',
    legalBasis: WKI,
    origin: 'doorlopend',
    hours: [
      ['team-markt', 1500],
      ['team-signalering', 600],
    ],
    risk: [3, 3, 3, 2],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  // Oog voor een weerbare samenleving
  {
    id: 'crisisbeheersing',
    title: 'Versterking van het stelsel crisisbeheersing en brandweerzorg (regionaal niveau)',
    description:
      'De maatregelen waarmee het kabinet het stelsel toekomstbestendig wil maken, waaronder de herziening van de Wet veiligheidsregio’s; start van het onderzoek naar de voorbereiding van veiligheidsregio’s en Rijk op grootschalige incidenten.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    secondary: ['focus-context'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    hours: [
      ['team-crisis', 2400],
      ['team-signalering', 300],
    ],
    risk: [3, 4, 3, 3],
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport monitoring versterking crisisbeheersing',
        published: '29-09-2025',
      },
      {
        kind: 'plan-van-aanpak',
        title: 'Plan van aanpak Versterking Voorbereiding en Paraatheid',
        published: '22-12-2025',
        planned: '2025-10',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'Monitoring op regionaal niveau afgerond; in 2026 de doorontwikkeling van het stelsel op nationaal niveau (Werkprogramma 2026, § 1.2).',
    },
  },
  {
    id: 'stroomuitval',
    title: 'Toezicht op de preparatie op stroomuitval door de veiligheidsregio’s',
    description: 'Hoe bereiden veiligheidsregio’s zich voor op langdurige stroomuitval?',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'verkenning',
    start: '2025-02',
    end: '2025-07',
    hours: [['team-crisis', 900]],
    risk: [3, 5, 3, 3],
    partners: ['Veiligheidsregio’s'],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief Toezicht preparatie op stroomuitval',
        published: '07-08-2025',
        planned: '2025-07',
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Brief gepubliceerd op 7 augustus 2025: de voorbereiding is onvoldoende uniform.',
    },
  },
  {
    id: 'caribisch-nederland',
    title: 'Opvolging aanbevelingen crisisbeheersing en brandweerzorg Caribisch Nederland',
    description:
      'Monitoren van de opvolging van de aanbevelingen uit het onderzoek naar crisisbeheersing in Caribisch Nederland.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'monitor',
    start: '2025-04',
    end: '2025-11',
    hours: [['team-crisis', 600]],
    risk: [3, 4, 2, 2],
    materialEuros: 18_000,
    outputs: [
      {
        kind: 'brief',
        title: 'Brief crisisbeheersing en brandweezorg Caribisch Nederland',
        published: '24-11-2025',
      },
    ],
    yearEnd: { status: 'afgerond', reason: 'Brief gepubliceerd op 24 november 2025.' },
  },
  {
    id: 'ghor',
    title: 'Verkennend onderzoek taakuitvoering GHOR',
    description:
      'De taakuitvoering van de Geneeskundige Hulpverleningsorganisatie in de Regio (GHOR) en de samenwerking met de veiligheidsregio’s.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'verkenning',
    start: '2025-03',
    end: '2025-10',
    hours: [['team-crisis', 800]],
    risk: [3, 4, 3, 2],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief verkennend onderzoek taakuitvoering GHOR',
        published: '14-11-2025',
        planned: '2025-10',
      },
    ],
    yearEnd: { status: 'afgerond', reason: 'Brief gepubliceerd op 14 november 2025.' },
  },
  {
    id: 'risicocommunicatie',
    title: 'Risicocommunicatie: voorbereiding op de eerste 72 uur van een crisis',
    description:
      'Begrijpelijke, tijdige en herhaalbare informatie waarmee mensen zich kunnen voorbereiden op de eerste 72 uur van een crisis.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2025-03',
    hours: [['team-crisis', 1400]],
    risk: [3, 4, 3, 3],
    outputs: [
      {
        kind: 'plan-van-aanpak',
        title: 'Plan van aanpak Risicocommunicatie',
        published: '17-04-2025',
        planned: '2025-03',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Wordt in 2026 verder uitgevoerd (Jaarbericht 2025).',
    },
  },
  {
    id: 'c2000',
    title: 'Continuïteit van communicatie bij uitval van C2000',
    description:
      'Alternatieven en aanvullingen op C2000 voor robuuste communicatie tussen meldkamers en hulpdiensten.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    secondary: ['thema-digitalisering'],
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2025-05',
    hours: [['team-crisis', 1100]],
    risk: [3, 5, 3, 3],
    externalEuros: 25_000,
    outputs: [
      {
        kind: 'plan-van-aanpak',
        title:
          'Plan van aanpak Continuïteit van communicatie tussen meldkamers en hulpdiensten bij uitval van C2000',
        published: '10-07-2025',
        planned: '2025-06',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Wordt in 2026 verder uitgevoerd (Jaarbericht 2025; Werkprogramma 2026, § 1.3.2).',
    },
  },
  {
    id: 'meldkamer',
    title: 'Governance van de meldkamers',
    description:
      'Het contact met hulpdiensten via 112: 54 organisaties zijn bij de aansturing van de meldkamers betrokken.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'verkenning',
    end: '2025-04',
    hours: [['team-crisis', 500]],
    risk: [3, 4, 3, 2],
    outputs: [
      {
        kind: 'brief',
        title: 'Brief inrichting governance meldkamer',
        published: '24-04-2025',
        planned: '2025-03',
      },
    ],
    yearEnd: { status: 'afgerond', reason: 'Brief gepubliceerd op 24 april 2025.' },
  },
  {
    id: 'brandweerzorg',
    title: 'Uniformiteit van de werkwijze in de brandweerzorg',
    description:
      'De uniformiteit van de werkwijze tussen veiligheidsregio’s, en de inzet van brandweerassistenten (Veiligheidsregio Zeeland).',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    hours: [
      ['team-crisis', 2000],
      ['team-signalering', 200],
    ],
    risk: [3, 4, 3, 3],
    externalEuros: 20_000,
    outputs: [
      {
        kind: 'brief',
        title: 'Brief Verkennend onderzoek brandweezorg',
        published: '20-02-2025',
        planned: '2025-02',
      },
      {
        kind: 'rapport',
        title: 'Rapport Grenzen bereikt',
        published: '25-11-2025',
        planned: '2025-10',
        working: 'Rapport uniformiteit brandweerzorg',
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Rapport ‘Grenzen bereikt’ gepubliceerd op 25 november 2025.',
    },
  },
  {
    id: 'ongeregeldheden-amsterdam',
    title: 'Onderzoek ongeregeldheden Amsterdam 7 en 8 november 2024',
    description:
      'Het optreden bij de ongeregeldheden in Amsterdam: de informatiepositie en het vermogen om snel te schakelen.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-politie',
    theme: 'thema-weerbaar',
    kind: 'incidentonderzoek',
    level: 'intensief',
    origin: 'loopt-door',
    end: '2025-06',
    hours: [['team-politie', 1800]],
    risk: [4, 4, 2, 3],
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport ongeregeldheden Amsterdam 7 en 8 november 2024',
        published: '16-06-2025',
        planned: '2025-04',
      },
      {
        kind: 'publieksversie',
        title: 'Summary of the report Disturbances in Amsterdam on 7 and 8 november 2024',
        published: '16-06-2025',
        planned: '2025-04',
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Gepubliceerd op 16 juni 2025, met een Engelse samenvatting.',
    },
    realised: 1.25,
    note: 'Meer uren dan gepland: extra gesprekken en een langere hoor-en-wederhoorronde; publicatie twee maanden later dan gepland.',
  },
  {
    id: 'hovd',
    title: 'Leergang Hoofdofficier van Dienst (HOvD)',
    description:
      'In hoeverre bereidt de leergang HOvD deelnemers voor op het functioneren in de praktijk van brandweerzorg en crisisbeheersing?',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-crisis',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    start: '2025-09',
    hours: [['team-crisis', 400]],
    risk: [2, 4, 2, 3],
    outputs: [
      {
        kind: 'plan-van-aanpak',
        title: 'Plan van aanpak Onderzoek naar de Leergang Hoofdofficier van Dienst',
        published: '05-11-2025',
        planned: '2025-10',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Onderzoek aangekondigd in november 2025; loopt in 2026 door.',
    },
  },
  {
    id: 'nctv',
    title:
      'De voorbereidingen van de NCTV op de Wet coördinatie terrorismebestrijding en nationale veiligheid volgen',
    description:
      'De inspectie volgde de voorbereidingen die de NCTV treft om aan de nieuwe wet te voldoen.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-natveiligheid',
    theme: 'thema-weerbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'wettelijk',
    legalBasis: 'Wet coördinatie terrorismebestrijding en nationale veiligheid',
    hours: [['team-politie', 1800]],
    risk: [3, 5, 3, 2],
    partners: ['NCTV'],
    outputs: [
      {
        kind: 'plan-van-aanpak',
        title: 'Plan van aanpak Toezicht op de NCTV',
        published: '20-01-2025',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason:
        'In 2026 concreet toezicht op de taakuitvoering onder de wet (Werkprogramma 2026, § 1.2).',
    },
  },
  {
    id: 'bewaken-beveiligen',
    title: 'Toezicht op het stelsel bewaken en beveiligen en zijn transitie',
    description:
      'De kwaliteit van de taakuitvoering in het stelsel en de ontwikkelingen in de transitiefase.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-natveiligheid',
    theme: 'thema-weerbaar',
    kind: 'doorlopend-toezicht',
    commitment: 'vast',
    legalBasis:
      'Aanwijzing als toezichthouder in het stelsel bewaken en beveiligen (kabinetsreactie vernieuwing stelsel)',
    origin: 'doorlopend',
    hours: [['team-politie', 2400]],
    risk: [2, 5, 2, 2],
    yearEnd: { status: 'loopt-door', reason: DOORLOPEND },
  },
  {
    id: 'lokaal-signaal',
    title: 'Basisteams van de politie en zware, complexe criminaliteit',
    description:
      'Zijn de basisteams toegerust voor ondermijning en digitale criminaliteit die bij hen terechtkomt?',
    sourceRef: 'Jaarbericht 2025, § 1.1 Oog voor een weerbare samenleving',
    domain: 'dom-politie',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    origin: 'loopt-door',
    end: '2025-11',
    hours: [
      ['team-politie', 3000],
      ['team-signalering', 300],
    ],
    risk: [4, 4, 3, 3],
    externalEuros: 20_000,
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport Lokaal signaal',
        published: '20-11-2025',
        working: 'Rapport basisteams en complexe criminaliteit',
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Rapport ‘Lokaal signaal’ gepubliceerd op 20 november 2025.',
    },
  },
  {
    id: 'dvo',
    title: 'Opleidingen van de Dienst Vervoer en Ondersteuning (DV&O)',
    description: 'Onderzoek naar de opleiding tot beveiliging bij DV&O.',
    sourceRef: 'Werkprogramma 2026, § 1.3.2',
    domain: 'dom-sanctie',
    theme: 'thema-weerbaar',
    kind: 'thematisch-onderzoek',
    level: 'verdiepend',
    start: '2025-03',
    hours: [['team-jeugd', 800]],
    risk: [3, 4, 2, 2],
    outputs: [
      {
        kind: 'plan-van-aanpak',
        title: 'Plan van aanpak Opleiding tot beveiliging DV&O',
        published: '31-03-2025',
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Gestart in 2025; loopt in 2026 door (Werkprogramma 2026, § 1.3.2).',
    },
    // The plan less the 200 hours that went to the Erasmusbrug investigation.
    realised: (800 - 200) / 800,
    note: 'Verkleind: 200 uur gingen naar het incidentonderzoek Erasmusbrug (beroep op de incidentreserve).',
  },
  {
    id: 'egc',
    title: 'Handhaving Experiment Gesloten Coffeeshopketen (telers en coffeeshops)',
    description:
      'De positie als toezichthouder verstevigen, richting telers en ketenpartners; coffeeshopinspecties deels samen met gemeenten, die in coffeeshops bevoegd zijn te handhaven.',
    sourceRef: 'Jaarbericht 2025, § 1.1 Experiment Gesloten Coffeeshopketen',
    domain: 'dom-markt',
    theme: 'thema-weerbaar',
    secondary: ['focus-context'],
    kind: 'handhaving',
    level: 'intensief',
    commitment: 'wettelijk',
    legalBasis: EGC,
    origin: 'doorlopend',
    hours: [['team-markt', 6200]],
    risk: [3, 3, 2, 3],
    materialEuros: 15_000,
    partners: ['Gemeenten'],
    outputs: [
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom teler (EGC)',
        published: '18-03-2025',
        planned: null,
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom teler (EGC)',
        published: '03-06-2025',
        planned: null,
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom teler (EGC)',
        published: '26-08-2025',
        planned: null,
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom teler (EGC)',
        published: '14-10-2025',
        planned: null,
      },
      {
        kind: 'last-onder-dwangsom',
        title: 'Last onder dwangsom teler (EGC)',
        published: '09-12-2025',
        planned: null,
      },
    ],
    yearEnd: {
      status: 'loopt-door',
      reason: `Wettelijke taak, loopt door; in 2026 verscherpte aandacht voor de beveiliging van teeltlocaties. ${ENFORCEMENT_NOTE_EGC}`,
    },
  },
  {
    id: 'cannabisextracten',
    title: 'Toezicht op cannabisextracten: eerste ervaringen',
    description:
      'Nieuwe taak na wijziging van het Besluit experiment gesloten coffeeshopketen; eerste ervaringen met het uitvoeren.',
    sourceRef: 'Werkprogramma 2026, § 2.5',
    domain: 'dom-markt',
    theme: 'thema-weerbaar',
    kind: 'handhaving',
    commitment: 'wettelijk',
    legalBasis: 'Besluit experiment gesloten coffeeshopketen (gewijzigd: cannabisextracten)',
    start: '2025-06',
    hours: [['team-markt', 800]],
    risk: [3, 3, 2, 3],
    partners: ['Politie', 'Openbaar Ministerie'],
    yearEnd: {
      status: 'loopt-door',
      reason: 'Het (verbeteren van het) uitvoeren loopt in 2026 door (Werkprogramma 2026, § 2.5).',
    },
  },
  {
    id: 'overig-effect',
    title: 'Overige publicaties bij de focus op het maatschappelijke effect',
    description:
      'Verzamelplaats voor publicaties die het jaarbericht niet aan een activiteit verbindt.',
    sourceRef: 'Jaarbericht 2025, Bijlagen',
    domain: 'dom-overstijgend',
    theme: 'focus-effect',
    kind: 'overig',
    hours: [['team-signalering', 200]],
    risk: [2, 3, 2, 2],
    outputs: [
      {
        kind: 'rapport',
        title: 'Rapport Klem in het systeem',
        published: '11-12-2025',
        planned: null,
      },
    ],
    yearEnd: {
      status: 'afgerond',
      reason: 'Gepubliceerd; het jaarbericht noemt het rapport alleen in de bijlage.',
    },
  },
];

/** An incident investigation added during 2025 with its draw on the incident reserve. */
type Incident = {
  spec: Spec;
  /** The amendment and the draw (dates illustrative). */
  on: string;
  reason: AmendReason;
  draw: Omit<ReserveDraw, 'id' | 'on' | 'title' | 'activityId' | 'hours'>;
};

/** The incident investigations of 2025 the Jaarbericht names, each a draw on the reserve. */
const INCIDENTS: Incident[] = [
  {
    on: '2025-01-20',
    reason: {
      reason: 'incident',
      explanation:
        'Signalen over het verblijf van mevrouw Weski op een niet-erkende detentielocatie; de inspectie start een onderzoek (datum illustratief).',
    },
    draw: {
      teamId: 'team-jeugd' as ReserveDraw['teamId'],
      displaced: [
        {
          activityId: 'act-2025-rvdk-halt' as ReserveDraw['displaced'][number]['activityId'],
          effect: 'verkleind',
          hours: hours(250),
          toMonth: null,
        },
      ],
      reason:
        'Onderzoek naar het verblijf op een geheime detentielocatie (Pbw, ICPPED); het opzetten van het toezicht op RvdK en HALT werd verkleind.',
    },
    spec: {
      id: 'incident-weski',
      title: 'Onderzoek verblijf mevrouw Weski op een heimelijke detentielocatie',
      description:
        'Verbleef voormalig advocaat Inez Weski op een niet-erkende en geheime locatie van DJI die de inspectie niet kon controleren? Na een klacht in oktober 2025 erkende de inspectie fouten in de passage over haar welzijn.',
      sourceRef: 'Jaarbericht 2025, § 1.1; wijziging januari 2025',
      domain: 'dom-sanctie',
      theme: 'thema-kwetsbaar',
      kind: 'incidentonderzoek',
      level: 'intensief',
      commitment: 'vast',
      legalBasis: 'Penitentiaire beginselenwet; incidentreserve',
      start: '2025-01',
      end: '2025-12',
      hours: [['team-jeugd', 500]],
      risk: [3, 5, 1, 3],
      partners: ['Dienst Justitiële Inrichtingen'],
      outputs: [
        {
          kind: 'brief',
          title: 'Brief Verblijf mevrouw Weski op heimelijke detentielocatie',
          published: '07-04-2025',
          planned: '2025-04',
        },
        {
          kind: 'overig',
          title:
            'Inspectie JenV erkent fouten in onderzoek naar geheime detentielocatie mevrouw Weski',
          published: '09-12-2025',
          planned: null,
        },
      ],
      yearEnd: {
        status: 'loopt-door',
        reason:
          'De inspectie gaat in 2026 nader onderzoek doen naar de geheime detentielocatie; niet in het Werkprogramma 2026, dat eerder verscheen.',
      },
      realised: 1.4,
      note: 'Niet in het vastgestelde plan: in januari 2025 bij wijziging toegevoegd, met 500 uur uit de incidentreserve. Meer uren dan die 500 door het interne onderzoek na de klacht van oktober 2025 en de erkenning van fouten.',
    },
  },
  {
    on: '2025-02-10',
    reason: {
      reason: 'incident',
      explanation:
        'Steekincident in Nieuwegein waarbij een elfjarig meisje om het leven kwam; vier inspecties (TSD) onderzoeken het incident en de bredere thematiek (datum illustratief).',
    },
    draw: {
      teamId: 'team-politie' as ReserveDraw['teamId'],
      displaced: [
        {
          activityId:
            'act-2025-digitale-opsporing' as ReserveDraw['displaced'][number]['activityId'],
          effect: 'uitgesteld',
          hours: hours(1500),
          toMonth: null,
        },
      ],
      reason:
        'Incidentonderzoek met TSD; de onderzoeken naar digitale criminaliteit en digitale opsporing schuiven naar 2026.',
    },
    spec: {
      id: 'incident-nieuwegein',
      title:
        'Incidentonderzoek steekincident Nieuwegein en ernstige incidenten door mensen met verward gedrag (TSD)',
      description:
        'Met de andere inspecties van Toezicht Sociaal Domein: onderzoek naar het incident en naar de bredere thematiek van ernstige incidenten door mensen met verward gedrag.',
      sourceRef: 'Jaarbericht 2025, § 1.4 (Toezicht Sociaal Domein); wijziging februari 2025',
      domain: 'dom-politie',
      theme: 'thema-kwetsbaar',
      secondary: ['thema-weerbaar'],
      kind: 'incidentonderzoek',
      level: 'intensief',
      commitment: 'vast',
      legalBasis: 'Incidentreserve; samenwerkingsafspraken Toezicht Sociaal Domein',
      start: '2025-02',
      end: '2025-12',
      hours: [
        ['team-politie', 1500],
        ['team-signalering', 150],
      ],
      risk: [4, 5, 3, 3],
      partners: ['Toezicht Sociaal Domein', 'Inspectie Gezondheidszorg en Jeugd (IGJ)'],
      outputs: [
        {
          kind: 'overig',
          title:
            'Inspecties doen onderzoek naar ernstige incidenten door mensen met verward gedrag',
          published: '18-02-2025',
          planned: '2025-02',
        },
      ],
      yearEnd: {
        status: 'loopt-door',
        reason:
          'Het themaonderzoek naar zorg en ondersteuning bij verward gedrag is in 2025 afgerond; het incidentonderzoek loopt door.',
      },
      note: 'Niet in het vastgestelde plan: na het steekincident in Nieuwegein in februari 2025 bij wijziging toegevoegd, met 1.500 uur van Team Politie en Nationale veiligheid uit de incidentreserve; de onderzoeken naar digitale opsporing zijn daarvoor uitgesteld naar 2026.',
    },
  },
  {
    on: '2025-03-17',
    reason: {
      reason: 'incident',
      explanation:
        'Dodelijk steekincident bij de Erasmusbrug in Rotterdam; met de IGJ onderzoek naar de zorg en begeleiding van de verdachte (datum illustratief).',
    },
    draw: {
      teamId: 'team-jeugd' as ReserveDraw['teamId'],
      displaced: [
        {
          activityId: 'act-2025-enkelband' as ReserveDraw['displaced'][number]['activityId'],
          effect: 'uitgesteld',
          hours: hours(400),
          toMonth: null,
        },
        {
          activityId: 'act-2025-dvo' as ReserveDraw['displaced'][number]['activityId'],
          effect: 'verkleind',
          hours: hours(200),
          toMonth: null,
        },
      ],
      reason:
        'Incidentonderzoek met de IGJ; de rapportage over de enkelband schuift naar 2026 en het DV&O-onderzoek werd kleiner.',
    },
    spec: {
      id: 'incident-erasmusbrug',
      title: 'Incidentonderzoek dodelijk steekincident Erasmusbrug',
      description:
        'Boden de organisaties die de verdachte zorg en begeleiding gaven passende hulp, en hadden zij hem in beeld?',
      sourceRef: 'Jaarbericht 2025, § 1.1; wijziging maart 2025',
      domain: 'dom-sanctie',
      theme: 'thema-kwetsbaar',
      kind: 'incidentonderzoek',
      level: 'intensief',
      commitment: 'vast',
      legalBasis: 'Incidentreserve',
      start: '2025-03',
      end: '2025-11',
      hours: [
        ['team-jeugd', 600],
        ['team-signalering', 100],
      ],
      risk: [4, 5, 1, 3],
      partners: ['Inspectie Gezondheidszorg en Jeugd (IGJ)'],
      outputs: [
        {
          kind: 'rapport',
          title: 'Rapport Incidentonderzoek Dodelijk steekincident Erasmusbrug',
          published: '27-11-2025',
          planned: '2025-10',
        },
      ],
      yearEnd: { status: 'afgerond', reason: 'Rapport gepubliceerd op 27 november 2025.' },
      note: 'Niet in het vastgestelde plan: na het dodelijke steekincident bij de Erasmusbrug in maart 2025 bij wijziging toegevoegd, met 600 uur van Team Jeugd en Sanctietoepassing uit de incidentreserve.',
    },
  },
];

/**
 * The 2026 activities that continue 2025 work, with the 2025 activity each continues: the
 * carry-overs ("loopt door") the Werkprogramma 2026 and the Jaarbericht 2025 name, and the
 * standing tasks that run on every year ("doorlopend").
 */
export const CARRIED_FROM_2025: Readonly<Record<string, string>> = {
  'act-2026-signalering': 'act-2025-signalering',
  'act-2026-nctv-wet-cbnv': 'act-2025-nctv',
  'act-2026-wki-normen': 'act-2025-wki',
  'act-2026-incassosector-monitor': 'act-2025-incassosector-monitor',
  'act-2026-crisisbeheersing-nationaal': 'act-2025-crisisbeheersing',
  'act-2026-beveiligen-personen-beeld': 'act-2025-bewaken-beveiligen',
  'act-2026-egc-gelijk-speelveld': 'act-2025-egc',
  'act-2026-enkelband-reclassering': 'act-2025-enkelband',
  'act-2026-algoritmen': 'act-2025-algoritmen',
  'act-2026-hackbevoegdheid': 'act-2025-hackbevoegdheid',
  'act-2026-digitale-opsporing': 'act-2025-digitale-opsporing',
  'act-2026-uht': 'act-2025-uht',
  'act-2026-migratie-opvang': 'act-2025-migratie-opvang',
  'act-2026-migratie-toelating': 'act-2025-migratie-toelating',
  'act-2026-migratie-toegang': 'act-2025-migratie-toegang',
  'act-2026-migratie-terugkeer': 'act-2025-migratie-terugkeer',
  'act-2026-migratie-kwetsbare-groepen': 'act-2025-migratie-kwetsbare-groepen',
  'act-2026-jeugdbescherming-jeugdreclassering': 'act-2025-jeugdbescherming',
  'act-2026-kind-van-de-rekening': 'act-2025-kind-van-de-rekening',
  'act-2026-rvdk-halt': 'act-2025-rvdk-halt',
  'act-2026-meldpunt-wki': 'act-2025-meldpunt-wki',
  'act-2026-dvo-opleidingen': 'act-2025-dvo',
  'act-2026-c2000-continuiteit': 'act-2025-c2000',
  'act-2026-risicocommunicatie': 'act-2025-risicocommunicatie',
  'act-2026-cannabisextracten': 'act-2025-cannabisextracten',
};

/** The 2026 activities with `carriedFromId` set to the 2025 activity each continues. */
export function withCarryOvers(activities: readonly Activity[]): Activity[] {
  return activities.map((a) => {
    const from = CARRIED_FROM_2025[a.id];
    return from === undefined ? a : { ...a, carriedFromId: from as Activity['carriedFromId'] };
  });
}

const ISO = (ddmmyyyy: string): string => {
  const [d, m, y] = ddmmyyyy.split('-');
  return `${y ?? ''}-${m ?? ''}-${d ?? ''}`;
};

/** The activity as planned (no year end, nothing published yet). */
function planned(s: Spec): Activity {
  return Activity.parse({
    id: `act-2025-${s.id}`,
    programmeId: PROGRAMME_2025,
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
    fundingConditional: false,
    fundingConfirmed: false,
    startMonth: monthKey(s.start ?? '2025-01'),
    endMonth: monthKey(s.end ?? '2025-12'),
    allocations: s.hours.map(([teamId, h]) => ({ teamId, month: null, hours: hours(h) })),
    materialCents: euros(s.materialEuros ?? 0),
    externalHireCents: euros(s.externalEuros ?? 0),
    outputs: (s.outputs ?? []).map((o, i) => ({
      id: `o${String(i + 1)}`,
      kind: o.kind,
      title: o.working ?? o.title,
      plannedMonth:
        o.planned === undefined
          ? o.published === null
            ? null
            : ISO(o.published).slice(0, 7)
          : o.planned,
    })),
    partners: s.partners ?? [],
    risk: { kans: s.risk[0], ernst: s.risk[1], omvang: s.risk[2], effect: s.risk[3] },
    status: s.origin === 'loopt-door' || s.origin === 'doorlopend' ? 'in-uitvoering' : 'gepland',
    force: null,
  });
}

/** The same activity at the end of 2025: year end, publications, the explanation of a deviation. */
function realised(s: Spec, a: Activity): Activity {
  return {
    ...a,
    yearEnd: { status: s.yearEnd.status, reason: s.yearEnd.reason },
    deviationNote: s.note ?? '',
    outputs: a.outputs.map((o, i) => {
      const spec = (s.outputs ?? [])[i];
      if (!spec || spec.published === null) return o;
      return {
        ...o,
        publishedOn: isoDate(ISO(spec.published)),
        publishedTitle: spec.working === undefined ? '' : spec.title,
      };
    }),
  };
}

/** Small deviations for activities without a story of their own (all within 10%). */
const SMALL = [0.97, 1.04, 0.93, 1.06, 1.0, 0.95, 1.08, 0.98, 1.02, 0.91];

/** Month weights: a dip in the summer holidays and at the turn of the year. */
const MONTH_WEIGHT = [0.9, 1.0, 1.05, 1.0, 1.0, 1.05, 0.75, 0.7, 1.05, 1.1, 1.1, 0.85];

/** Illustrative personnel cost per hour of each team, in cents (integral cost, HOT-like). */
const RATE: Record<TeamKey, number> = {
  'team-politie': 9_850,
  'team-jeugd': 9_600,
  'team-migratie': 9_600,
  'team-crisis': 9_700,
  'team-markt': 9_400,
  'team-signalering': 10_100,
  'team-staf': 8_300,
};

const monthsOf = (start: string, end: string): string[] => {
  const out: string[] = [];
  for (let m = Number(start.slice(5)); m <= Number(end.slice(5)); m++)
    out.push(`2025-${String(m).padStart(2, '0')}`);
  return out;
};

/** Realisation rows for one activity: its planned hours × its factor, spread over its months. */
function realisationRows(s: Spec, index: number): Realisation[] {
  const factor = s.realised ?? SMALL[index % SMALL.length] ?? 1;
  const months = monthsOf(s.start ?? '2025-01', s.end ?? '2025-12');
  const rows: Realisation[] = [];
  for (const [teamId, planHours] of s.hours) {
    const total = Math.round(planHours * factor);
    const weights = months.map((m) => MONTH_WEIGHT[Number(m.slice(5)) - 1] ?? 1);
    const sum = weights.reduce((x, w) => x + w, 0);
    let left = total;
    months.forEach((month, i) => {
      const h = i === months.length - 1 ? left : Math.round((total * (weights[i] ?? 1)) / sum);
      left -= h;
      rows.push({
        id: `real-2025-${s.id}-${teamId.slice(5)}-${month.slice(5)}` as Realisation['id'],
        programmeId: PROGRAMME_2025 as Realisation['programmeId'],
        activityId: `act-2025-${s.id}` as Realisation['activityId'],
        teamId: teamId as Realisation['teamId'],
        month: monthKey(month),
        hours: hours(h),
        costCents: (h * RATE[teamId]) as Cents,
        source: 'Urenregistratie 2025 (illustratief)',
      });
    });
  }
  return rows;
}

/**
 * The organisation's realised spending 2025 (Jaarbericht 2025, § 4.1): the frame as finally set,
 * € 16.696.000; a realisation exactly 10% above it (€ 18.365.600); external hire 5,1% of external
 * plus personnel (€ 700.000 against € 13.000.000). The split over the other lines is invented.
 */
export const SPENDING_2025: Spending = {
  finalFrameCents: euros(FINAL_FRAME_2025_EUROS),
  lines: [
    { key: 'personnel', cents: euros(13_000_000) },
    { key: 'overhead', cents: euros(3_250_000) },
    { key: 'material', cents: euros(640_000) },
    { key: 'external', cents: euros(700_000) },
    { key: 'fixed', cents: euros(775_600) },
  ],
  source:
    'Jaarbericht 2025, § 4.1 (totaal en externe inhuur); verdeling over de kostenposten illustratief',
  note: 'Het budgettaire kader is in de loop van het jaar bijgesteld en uiteindelijk vastgesteld op € 16.696.000. De realisatie is 10% meer: groei van de organisatie, onvoorziene uitgaven, uitblijvende inkomsten en verhoogde tarieven voor ontvangen diensten; voor sommige posten kwam pas bij de sluiting van het boekjaar (januari 2026) duidelijkheid. De externe inhuur is teruggebracht tot 5,1%, ruimschoots binnen de Roemernorm van 10%.',
};

/** Every 2025 activity spec (planned ones, then the incident investigations added). */
export const SPECS_2025: readonly Spec[] = [...SPECS, ...INCIDENTS.map((i) => i.spec)];

/** The rows the 2025 programme adds to the demo. */
export type Year2025 = {
  programme: Programme;
  activities: Activity[];
  version: Version;
  amendments: Amendment[];
  realisations: Realisation[];
};

/**
 * The Werkprogramma 2025 in the demo organisation (`base`: its MJP, teams and the 2026 programme
 * whose capacity frame and risk scheme 2025 copies): adopted on ADOPTED_2025_ON as a saved
 * version, the three incident investigations added by amendment, and the year end recorded
 * (status, publications, deviations, realisation rows, spending, reserve draws), which records
 * what happened and is no amendment of the plan.
 */
export function createYear2025(base: DemoData): Year2025 {
  const p2026 = base.programmes.find((p) => p.year === 2026);
  if (!p2026) throw new Error('demo: no 2026 programme to copy the frame from');
  const plan = Programme.parse({
    id: PROGRAMME_2025,
    organisationId: p2026.organisationId,
    mjpId: p2026.mjpId,
    year: 2025,
    name: 'Werkprogramma 2025',
    illustrative: true,
    capacity: {
      ...p2026.capacity,
      // The formation 2025 is 149,55 fte (Jaarbericht 2025, § 4.1), as in 2026; before the 2026
      // hires the market and migration teams were staffed lower.
      teams: p2026.capacity.teams.map((t) =>
        t.teamId === 'team-markt'
          ? { ...t, staffedFte: t.staffedFte - 2 }
          : t.teamId === 'team-migratie'
            ? { ...t, staffedFte: t.staffedFte - 1 }
            : t,
      ),
      staffingChanges: [],
    },
    budget: {
      ...p2026.budget,
      frameCents: euros(16_150_000),
      frameSource:
        'Illustratief: het kader bij vaststelling staat niet in de bronnen; het Jaarbericht 2025 (§ 4.1) noemt het kader zoals uiteindelijk vastgesteld, € 16.696.000',
    },
    riskScheme: p2026.riskScheme,
  });
  const plannedActivities = SPECS.map(planned);
  const { bundle, version } = adoptedBundle(
    { ...base, programmes: [plan], activities: plannedActivities, versions: [], amendments: [] },
    PROGRAMME_2025,
    {
      id: DEMO_2025_ADOPTED_VERSION,
      name: 'Werkprogramma 2025 zoals gepubliceerd',
      note: 'Zoals vastgesteld door de inspecteur-generaal (datum illustratief).',
      savedAt: `${ADOPTED_2025_ON}T08:00:00.000Z`,
      author: AUTHOR,
      on: ADOPTED_2025_ON,
    },
  );
  const adopted = bundle.programmes[0] as Programme;
  let activities = [...plannedActivities];
  const amendments: Amendment[] = [];
  for (const [i, incident] of INCIDENTS.entries()) {
    const after = planned(incident.spec);
    const delta = diffRow('activities', after.id, null, after);
    if (!delta) continue;
    activities = [...activities, after];
    amendments.push(
      amendmentOf([{ programmeId: PROGRAMME_2025, delta }], {
        id: `wijz-2025-0${String(i + 1)}-incident` as AmendmentId,
        programme: adopted,
        on: isoDate(incident.on),
        at: `${incident.on}T10:00:00.000Z` as Timestamp,
        author: AUTHOR,
        reason: incident.reason,
        label: { key: 'history.addActivity' },
        activity: (id) => activities.find((x) => x.id === id) ?? null,
      }),
    );
  }
  const bySpec = new Map(SPECS_2025.map((s) => [`act-2025-${s.id}`, s]));
  const yearEnd = activities.map((a) => {
    const s = bySpec.get(a.id);
    return s ? realised(s, a) : a;
  });
  const reserveDraws: ReserveDraw[] = INCIDENTS.map((incident) => ({
    id: `draw-${incident.spec.id}`,
    on: isoDate(incident.on),
    title: incident.spec.title,
    activityId: `act-2025-${incident.spec.id}` as ReserveDraw['activityId'],
    hours: hours(
      incident.spec.hours
        .filter(([team]) => team === incident.draw.teamId)
        .reduce((sum, [, h]) => sum + h, 0),
    ),
    ...incident.draw,
  }));
  const programme: Programme = { ...adopted, spending: SPENDING_2025, reserveDraws };
  return {
    programme,
    activities: yearEnd,
    version,
    amendments,
    realisations: SPECS_2025.flatMap((s, i) => realisationRows(s, i)),
  };
}
