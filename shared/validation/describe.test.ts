import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createDemoData } from '../demo/inspectie-jenv';
import { Activity, Programme } from '../domain/schemas';
import { readProgrammeFile, writeProgrammeFile } from '../file/programme-file';
import { translate } from '../i18n/translate';
import { describeIssue, describeIssueSentence, describePlace } from './describe';

/** What is wrong with a value for a schema, in words. */
function what(schema: z.ZodType, value: unknown): string {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('expected a refusal');
  const m = describeIssue(parsed.error.issues[0]!);
  return translate(m.key, m.params);
}

/** Text that speaks code, which no message may contain. */
const CODE =
  /\[object|function Object|\((too_small|too_big|invalid_\w+|custom|unrecognized_keys)\)|regel \?|undefined|NaN/;

const demo = createDemoData();
const good = writeProgrammeFile([demo], { kind: 'uitwisseling', exportedAt: 'x', appVersion: 't' });

/** The refusal of a demo file changed by `edit`. */
function refusal(edit: (file: { data: Record<string, Record<string, unknown>[]> }) => void) {
  const file = JSON.parse(good) as { organisations: Record<string, Record<string, unknown>[]>[] };
  // The tests edit the one organisation's data as `data`.
  edit({ data: file.organisations[0]! });
  const read = readProgrammeFile('plan.koers.json', JSON.stringify(file, null, 2));
  if (read.ok) throw new Error('expected a refusal');
  const text = translate(read.error.key, read.error.params);
  expect(text).not.toMatch(CODE);
  return text;
}

describe('what is wrong, in words', () => {
  const a = demo.activities[0]!;
  it('names each kind of problem without zod codes', () => {
    expect(what(Activity, { ...a, title: 'x'.repeat(301) })).toBe('is langer dan 300 tekens');
    expect(what(Activity, { ...a, description: 'x'.repeat(10_001) })).toBe(
      'is langer dan 10.000 tekens',
    );
    expect(what(Activity, { ...a, title: '   ' })).toBe('is leeg; vul het in');
    expect(what(Activity, { ...a, materialCents: 'veel' })).toBe('is geen getal');
    expect(what(Activity, { ...a, materialCents: 1.5 })).toBe('is geen geheel getal');
    expect(what(Activity, { ...a, title: undefined })).toBe('ontbreekt');
    expect(what(Activity, { ...a, kind: 'feest' })).toMatch(
      /^is „feest”, een onbekende keuze; kies uit „thematisch-onderzoek”, .* of „overig”$/,
    );
    expect(what(Activity, { ...a, startMonth: '2026-13' })).toMatch(/^is geen maand/);
    expect(what(Programme, { ...demo.programmes[0]!, closedOn: '2026-02-31' })).toBe(
      'is geen bestaande datum',
    );
    expect(what(Programme, { ...demo.programmes[0]!, closedOn: '9-10-2025' })).toMatch(
      /^is geen datum/,
    );
    expect(what(Activity, { ...a, title: 'Toe\u000bzicht' })).toMatch(/^bevat een stuurteken/);
    expect(what(Activity, { ...a, title: 'Toe\ufffdzicht' })).toMatch(/^bevat het teken �/);
    expect(what(Activity, { ...a, title: 'Toe\nzicht' })).toMatch(/^bevat een regeleinde/);
    expect(what(Activity.strict(), { ...a, extra: 1 })).toBe(
      'bevat velden die Koers niet kent: „extra”',
    );
    expect(what(Activity, { ...a, allocations: [{ ...a.allocations[0], hours: -3 }] })).toBe(
      'is negatief; vul 0 of meer in',
    );
  });

  it('lets descriptions hold line breaks and tabs, but never control characters', () => {
    expect(Activity.safeParse({ ...a, description: 'Eén\nTwee\tdrie' }).success).toBe(true);
    expect(Activity.safeParse({ ...a, description: 'Eén\u0007' }).success).toBe(false);
  });

  it('gives a form field a whole sentence', () => {
    const parsed = Activity.safeParse({ ...a, title: 'x'.repeat(301) });
    const m = describeIssueSentence(parsed.error!.issues[0]!);
    expect(translate(m.key, m.params)).toBe('Deze waarde is langer dan 300 tekens.');
  });
});

describe('where, as a planner knows the place', () => {
  it('names rows by their number from 1 and their own name', () => {
    // A file of one organisation: places are read inside it (programme-file.ts, placeInFile).
    const root = (JSON.parse(good) as { organisations: unknown[] }).organisations[0];
    const title = demo.activities[2]!.title;
    expect(describePlace(['activities', 2, 'title'], root)).toBe(
      `activiteit 3 („${title.length > 40 ? title.slice(0, 39).trimEnd() + '…' : title}”), titel`,
    );
    const p = demo.programmes[0]!;
    const team = demo.teams.find((t) => t.id === p.capacity.teams[1]!.teamId)!;
    expect(describePlace(['programmes', 0, 'capacity', 'teams', 1, 'formationFte'], root)).toBe(
      `programma 1 („${p.name}”), team 2 („${team.name}”), formatie (fte)`,
    );
    expect(describePlace(['programmes', 0, 'budget', 'frameCents'], root)).toBe(
      `programma 1 („${p.name}”), budgettair kader (€)`,
    );
    expect(describePlace([], root)).toBe('het bestand als geheel');
  });

  it('never shows what JavaScript objects carry by inheritance', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'prototype'])
      expect(describePlace(['format', key], {})).not.toMatch(CODE);
  });
});

describe('a file refused in words', () => {
  it('says what and where for a too-long title, a negative formation, an unknown kind', () => {
    expect(
      refusal((f) => {
        f.data.activities![2]!.title = 'x'.repeat(301);
      }),
    ).toBe(
      `plan.koers.json: activiteit 3 („${'x'.repeat(39)}…”), titel: is langer dan 300 tekens.`,
    );
    expect(
      refusal((f) => {
        (
          f.data.programmes![0]!.capacity as { teams: { formationFte: number }[] }
        ).teams[1]!.formationFte = -2;
      }),
    ).toMatch(
      /: programma 1 \(„.*”\), team 2 \(„.*”\), formatie \(fte\): is negatief; vul 0 of meer in\.$/,
    );
    expect(
      refusal((f) => {
        f.data.activities![0]!.status = 'klaar';
      }),
    ).toMatch(
      /activiteit 1 \(„.*”\), status: is „klaar”, een onbekende keuze; kies uit „voorstel”/,
    );
  });

  it('names line and column of a JSON syntax error', () => {
    const broken = good.replace('"activities": [', '"activities": [}');
    const line = good.slice(0, good.indexOf('"activities": [')).split('\n').length;
    const read = readProgrammeFile('kapot.koers.json', broken);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const message = translate(read.error.key, read.error.params);
    expect(message).toContain(`regel ${line}, kolom`);
    expect(message).not.toMatch(CODE);
  });
});
