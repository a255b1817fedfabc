/**
 * The domain terms of Koers and their one English translation (issue 14), so the English
 * catalogue says the same thing the same way everywhere. A unit test (glossary.test.ts) checks
 * every message: where the Dutch text uses a term, the English text uses its translation.
 * Terms are checked in this order, and a Dutch phrase that matched is taken out before the next
 * term is looked for ("wijziging na vaststelling" is an amendment, not an adoption).
 * Sources for the Dutch terms: the seeds (MJP 2025–2028, Werkprogramma 2026, Jaarverslag 2025).
 */
export type GlossaryTerm = {
  /** The Dutch term as it is written in the catalogue, any inflection (case-insensitive). */
  readonly nl: RegExp;
  /** What the English text must then contain. */
  readonly en: RegExp;
  /** The term and its translation in words, for the test's message and for translators. */
  readonly note: string;
};

/** Every glossary term, the longer phrases before the words inside them. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    nl: /wijziging(en)? na (de )?vaststelling/gi,
    en: /amendment/i,
    note: 'wijziging na vaststelling → amendment',
  },
  { nl: /werkprogramma(’s)?/gi, en: /work programmes?/i, note: 'werkprogramma → work programme' },
  {
    nl: /\bmeerjarenperspectie(f|ven)\b/gi,
    en: /multi-year perspectives?/i,
    note: 'meerjarenperspectief → multi-year perspective',
  },
  { nl: /\bMJP(’s)?\b/g, en: /\bMJPs?\b/, note: 'MJP stays MJP' },
  { nl: /Roemernorm/gi, en: /Roemernorm/, note: 'Roemernorm stays Roemernorm' },
  { nl: /taakstelling/gi, en: /efficiency cut/i, note: 'taakstelling → efficiency cut' },
  {
    nl: /\bvast(gesteld|gestelde|stellen|stelling|stelt)\b|\bvast te stellen\b/gi,
    en: /\badopt/i,
    note: 'vaststellen → adopt (vastgesteld → adopted, vaststelling → adoption)',
  },
  {
    nl: /\b(onder|boven|naar|op) de lijn\b/gi,
    en: /\b(below|above|to|on) the line\b/i,
    note: 'onder/boven de lijn → below/above the line',
  },
  { nl: /\bde lijn\b/gi, en: /\bthe line\b/i, note: 'de lijn → the line' },
  {
    nl: /budgettair(e)? kader/gi,
    en: /budget frame/i,
    note: 'budgettair kader → budget frame',
  },
  {
    nl: /ruimte voor keuzes/gi,
    en: /room for choices/i,
    note: 'ruimte voor keuzes → room for choices',
  },
  { nl: /beste selectie/gi, en: /best selection/i, note: 'beste selectie → best selection' },
  { nl: /externe inhuur/gi, en: /external hire/i, note: 'externe inhuur → external hire' },
  {
    nl: /toezichtdomein(en)?/gi,
    en: /supervision domains?/i,
    note: 'toezichtdomein → supervision domain',
  },
  { nl: /risicoscore/gi, en: /risk score/i, note: 'risicoscore → risk score' },
  {
    nl: /programmabestand/gi,
    en: /programme file/i,
    note: 'programmabestand → programme file',
  },
  { nl: /back-?up/gi, en: /backup/i, note: 'back-up → backup' },
  { nl: /\bformatie\b/gi, en: /establishment/i, note: 'formatie → establishment' },
  { nl: /onder voorbehoud/gi, en: /conditional/i, note: 'onder voorbehoud → conditional' },
  { nl: /\berin gezet\b/gi, en: /forced in/i, note: 'erin gezet → forced in' },
  { nl: /\beruit gezet\b/gi, en: /forced( in or)? out/i, note: 'eruit gezet → forced out' },
  { nl: /\bactiviteit(en)?\b/gi, en: /\bactivit(y|ies)\b/i, note: 'activiteit → activity' },
  { nl: /\bversie(s)?\b/gi, en: /\bversions?\b/i, note: 'versie → version' },
];

/**
 * The glossary terms a Dutch text uses whose translation the English text lacks (empty when
 * the translation is consistent).
 */
export function glossaryMisses(dutch: string, english: string): GlossaryTerm[] {
  let rest = dutch;
  const misses: GlossaryTerm[] = [];
  for (const term of GLOSSARY) {
    const found = rest.match(term.nl);
    if (!found) continue;
    rest = rest.replace(term.nl, ' ');
    if (!term.en.test(english)) misses.push(term);
  }
  return misses;
}
