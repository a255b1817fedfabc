import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryHost } from './memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { MAX_ACTIVITY_HOURS } from '../../shared/domain/activity-rules';
import { fte } from '../../shared/domain/units';
import { formatNumberInput } from '../../shared/format/nl';
import { readProgrammeFile, writeProgrammeFile } from '../../shared/file/programme-file';
import { parseEuros, parseHours, parseRequired } from '../../renderer/components/parse';
import type { Parsed } from '../../renderer/components/fields';
import { KoersDb } from '../../renderer/db/koers-db';
import { readBundles } from '../../renderer/db/repositories/bundle';
import { seedIfEmpty } from '../../renderer/db/seed';
import { setField, type CommandCall } from '../../renderer/state/commands/calls';
import { createKoersStore, type KoersStore } from '../../renderer/state/store';

/**
 * Issue 8, "Done when": any value the forms accept survives export → import. A value goes
 * through the parse function its field uses (renderer/components/parse.ts, parseDutchDate) and,
 * when accepted, through the command the field dispatches. What the command stores must come
 * back from `writeProgrammeFile` → `readProgrammeFile` equal; what it refuses leaves the row
 * unchanged. So the forms can never store what the file reader refuses or changes.
 */

// The bounds the screens give their fields (ActivityEditor.tsx, OrganisationScreen.tsx).
const MAX_EUROS = 100_000_000;
const MAX_FRAME_EUROS = 10_000_000_000;
const MAX_TEAM_FTE = 2000;
const MAX_NORM_HOURS = 2500;

const ACTIVITY = 'act-2026-jeugdstrafrechtketen';
const TEAM = 'team-jeugd';

/** A one-line text field without its own parse (TextField's default). */
const trimmed = (text: string): Parsed<string> => ({ ok: true, value: text.trim() });
/** A multi-line text field (TextField `multiline`). */
const asIs = (text: string): Parsed<string> => ({ ok: true, value: text });
/** The partners box: one partner a line (ActivityEditor.tsx). */
const partners = (text: string): Parsed<string[]> => ({
  ok: true,
  value: text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== ''),
});
/** FTE as the organisation screen reads it. */
const fteField = (text: string): Parsed<number> => {
  const r = parseHours(text, MAX_TEAM_FTE);
  return r.ok ? { ok: true, value: fte(Math.round(r.value * 100) / 100) } : r;
};

type Ctx = { programmeId: string; organisationId: string };
type Kind = 'text' | 'number' | 'date';

/** A form field: how it reads text, the command it sends, and where the value is stored. */
type FormField = {
  readonly kind: Kind;
  readonly parse: (text: string) => Parsed<unknown>;
  readonly call: (value: never, ctx: Ctx) => CommandCall;
  readonly stored: (rows: Rows, ctx: Ctx) => unknown;
  /** What the command makes of the parsed value, when not the value itself. */
  readonly expect?: (value: never) => unknown;
};

type Rows = { activity: unknown; programme: unknown; organisation: unknown };
const act = (rows: Rows) =>
  rows.activity as Record<string, unknown> & { outputs: { title: string }[] };
const prog = (rows: Rows) =>
  rows.programme as {
    name: string;
    publishedOn: string | null;
    budget: { frameCents: number; frameSource: string };
    capacity: { productiveHoursPerFte: number; teams: { teamId: string; formationFte: number }[] };
  };

const FORM_FIELDS: Record<string, FormField> = {
  title: {
    kind: 'text',
    parse: parseRequired,
    call: (v: string) => setField('activities', ACTIVITY, ['title'], v),
    stored: (r) => act(r).title,
  },
  description: {
    kind: 'text',
    parse: asIs,
    call: (v: string) => setField('activities', ACTIVITY, ['description'], v),
    stored: (r) => act(r).description,
  },
  sourceRef: {
    kind: 'text',
    parse: trimmed,
    call: (v: string) => setField('activities', ACTIVITY, ['sourceRef'], v),
    stored: (r) => act(r).sourceRef,
  },
  legalBasis: {
    kind: 'text',
    parse: trimmed,
    call: (v: string) => setField('activities', ACTIVITY, ['legalBasis'], v),
    stored: (r) => act(r).legalBasis,
  },
  partners: {
    kind: 'text',
    parse: partners,
    call: (v: string[]) => setField('activities', ACTIVITY, ['partners'], v),
    stored: (r) => act(r).partners,
  },
  outputTitle: {
    kind: 'text',
    parse: trimmed,
    call: (v: string) => ({ name: 'activity/output-set', args: [ACTIVITY, 'o1', 'title', v] }),
    stored: (r) => act(r).outputs[0]?.title,
  },
  programmeName: {
    kind: 'text',
    parse: parseRequired,
    call: (v: string, c) => setField('programmes', c.programmeId, ['name'], v),
    stored: (r) => prog(r).name,
  },
  frameSource: {
    kind: 'text',
    parse: trimmed,
    call: (v: string, c) => setField('programmes', c.programmeId, ['budget', 'frameSource'], v),
    stored: (r) => prog(r).budget.frameSource,
  },
  organisationName: {
    kind: 'text',
    parse: parseRequired,
    call: (v: string, c) => setField('organisations', c.organisationId, ['name'], v),
    stored: (r) => (r.organisation as { name: string }).name,
  },
  teamHours: {
    kind: 'number',
    parse: (t) => parseHours(t, MAX_ACTIVITY_HOURS),
    call: (v: number) => ({ name: 'activity/team-hours', args: [ACTIVITY, TEAM, v] }),
    stored: (r) =>
      (act(r).allocations as { teamId: string; hours: number }[])
        .filter((a) => a.teamId === TEAM)
        .reduce((s, a) => s + a.hours, 0),
    // No hours: the team's allocation goes.
    expect: (v: number) => (v > 0 ? v : 0),
  },
  materialCents: {
    kind: 'number',
    parse: (t) => parseEuros(t, MAX_EUROS),
    call: (v: number) => setField('activities', ACTIVITY, ['materialCents'], v),
    stored: (r) => act(r).materialCents,
  },
  fundingCents: {
    kind: 'number',
    parse: (t) => parseEuros(t, MAX_EUROS),
    call: (v: number) => setField('activities', ACTIVITY, ['fundingCents'], v),
    stored: (r) => act(r).fundingCents,
  },
  frameCents: {
    kind: 'number',
    parse: (t) => parseEuros(t, MAX_FRAME_EUROS),
    call: (v: number, c) => setField('programmes', c.programmeId, ['budget', 'frameCents'], v),
    stored: (r) => prog(r).budget.frameCents,
  },
  productiveHours: {
    kind: 'number',
    parse: (t) => parseHours(t, MAX_NORM_HOURS),
    call: (v: number, c) =>
      setField('programmes', c.programmeId, ['capacity', 'productiveHoursPerFte'], v),
    stored: (r) => prog(r).capacity.productiveHoursPerFte,
  },
  formationFte: {
    kind: 'number',
    parse: fteField,
    call: (v: number, c) => ({
      name: 'team-capacity/set',
      args: [c.programmeId, TEAM, 'formationFte', v],
    }),
    stored: (r) => prog(r).capacity.teams.find((t) => t.teamId === TEAM)?.formationFte,
  },
};
const FIELD_NAMES = Object.keys(FORM_FIELDS);

// ---------------------------------------------------------------------------------------------
// What a person may type or paste

/** Characters that tripped readers before: controls, tab, line breaks, BOM, U+FFFD, emoji, a lone surrogate. */
const awkward = fc.constantFrom(
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udc00',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  ' ',
  'a',
  '"',
  '\\',
  '<',
  '{',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 2 })),
    maxLength: 12,
  }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
/** Text near the lengths the schema allows (100, 200, 300, 500, 5.000 and 10.000 characters). */
const longText = fc
  .tuple(
    fc.constantFrom(100, 200, 300, 500, 10_000),
    fc.integer({ min: -2, max: 2 }),
    fc.string({ unit: fc.oneof(awkward, fc.constant('x')), maxLength: 4 }),
    fc.boolean(),
  )
  .map(([limit, off, tail, padded]) => {
    const body = 'x'.repeat(Math.max(0, limit + off - tail.length));
    return padded ? ` ${body}${tail} ` : `${body}${tail}`;
  });
/** Text a person types in a number box, Dutch or not. */
const numberText = fc.oneof(
  fc.nat(60_000).map(String),
  fc
    .tuple(
      fc.constantFrom('', '-', '+', ' ', '€ ', '-€'),
      fc.oneof(
        fc.nat(2_000_000).map(String),
        fc.double({ min: 0, max: 1e11, noNaN: true }).map((n) => formatNumberInput(n)),
        fc.constantFrom(
          '0',
          '00',
          '0,0',
          '0,00',
          '0,001',
          '1.250,5',
          '16.228.000',
          '1e7',
          '12,5,0',
        ),
      ),
      fc.constantFrom('', '', ' ', ' mln', '%', '€', ',', ',999', ',5'),
    )
    .map(([a, b, c]) => a + b + c),
  anyText,
);
const MONTH_WORDS = ['januari', 'feb', 'maart', 'apr.', 'mei', 'juni', 'okt', 'december', 'foo'];
/** Text a person types as a date. */
const dateText = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 13 }),
      fc.constantFrom(0, 1, 999, 1900, 2024, 2025, 2026, 2100, 9999),
      fc.constantFrom('-', '/', '.', ' ', 'iso', 'words'),
    )
    .chain(([d, m, y, sep]) =>
      sep === 'iso'
        ? fc.constant(`${String(y).padStart(4, '0')}-${m}-${d}`)
        : sep === 'words'
          ? fc.constantFrom(...MONTH_WORDS).map((w) => `${d} ${w} ${String(y).padStart(4, '0')}`)
          : fc.constant(`${d}${sep}${m}${sep}${String(y).padStart(4, '0')}`),
    ),
  anyText,
);

const textFor = (kind: Kind) =>
  kind === 'text'
    ? fc.oneof({ arbitrary: anyText, weight: 3 }, { arbitrary: longText, weight: 1 })
    : kind === 'number'
      ? numberText
      : dateText;
const edit = fc
  .constantFrom(...FIELD_NAMES)
  .chain((field) => fc.tuple(fc.constant(field), textFor(FORM_FIELDS[field]!.kind)));

// ---------------------------------------------------------------------------------------------

let db: KoersDb;
let store: KoersStore;
let ctx: Ctx;
let start: Rows;

async function readRows(): Promise<Rows> {
  return {
    activity: await db.activities.get(ACTIVITY),
    programme: await db.programmes.get(ctx.programmeId),
    organisation: await db.organisations.get(ctx.organisationId),
  };
}

beforeAll(async () => {
  db = new KoersDb(`form-roundtrip-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => 'id',
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('niet nodig')),
    host: memoryHost().host,
  });
  const activity = await db.activities.get(ACTIVITY);
  const programme = await db.programmes.get(activity!.programmeId);
  ctx = { programmeId: programme!.id, organisationId: programme!.organisationId };
  expect(activity!.outputs.length).toBeGreaterThan(0);
  start = await readRows();
});

afterAll(async () => {
  await db.delete();
});

describe('what a form field accepts', () => {
  it('is stored only whole and valid, and comes back from export → import equal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        // Each run starts from the demo as seeded, so a counterexample stands on its own.
        await db.activities.put(start.activity as never);
        await db.programmes.put(start.programme as never);
        await db.organisations.put(start.organisation as never);
        for (const [name, text] of edits) {
          const field = FORM_FIELDS[name]!;
          const parsed = field.parse(text);
          // Refused by the field: nothing is sent.
          if (!parsed.ok) continue;
          const before = await readRows();
          const result = await store
            .getState()
            .dispatch(field.call(parsed.value as never, ctx), { quiet: true });
          const after = await readRows();
          if (!result.ok) {
            // Refused by the command (the schema's rules): nothing is stored.
            expect(result.refused, `${name}: ${JSON.stringify(text)}`).toBe(true);
            expect(after).toEqual(before);
            continue;
          }
          const wanted = field.expect ? field.expect(parsed.value as never) : parsed.value;
          expect(field.stored(after, ctx), `${name}: ${JSON.stringify(text)}`).toEqual(wanted);
        }
        // Export and import: every row comes back as it is stored.
        const file = writeProgrammeFile(await readBundles(db), {
          kind: 'back-up',
          exportedAt: '2026-01-01T00:00:00Z',
          appVersion: 'test',
        });
        const read = readProgrammeFile('terug.koers.json', file);
        if (!read.ok) expect.fail(`${JSON.stringify(read.error)} na ${JSON.stringify(edits)}`);
        const [bundle] = read.value;
        const rows = await readRows();
        expect(bundle!.activities.find((a) => a.id === ACTIVITY)).toEqual(rows.activity);
        expect(bundle!.programmes.find((p) => p.id === ctx.programmeId)).toEqual(rows.programme);
        expect(bundle!.organisation).toEqual(rows.organisation);
        for (const name of FIELD_NAMES) {
          const field = FORM_FIELDS[name]!;
          const back: Rows = {
            activity: bundle!.activities.find((a) => a.id === ACTIVITY),
            programme: bundle!.programmes.find((p) => p.id === ctx.programmeId),
            organisation: bundle!.organisation,
          };
          expect(field.stored(back, ctx), name).toEqual(field.stored(rows, ctx));
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
