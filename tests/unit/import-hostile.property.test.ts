import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryHost } from './memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import {
  CURRENT_FORMAT_VERSION,
  MAX_FILE_CHARS,
  readProgrammeFile,
  writeProgrammeFile,
} from '../../shared/file/programme-file';
import { translate } from '../../shared/i18n/translate';
import { KoersDb } from '../../renderer/db/koers-db';
import { dumpDatabase, readBundle } from '../../renderer/db/repositories/bundle';
import { loadProgrammeData } from '../../renderer/db/repositories/programme-data';
import { seedIfEmpty } from '../../renderer/db/seed';
import { createKoersStore, type KoersStore } from '../../renderer/state/store';
import { badProgrammeFile, type BadInputClass } from '../arbitraries/bad-input';

/**
 * What a message must never show: an object's or a function's own text, a zod issue code in
 * brackets, or a line and column that are not known.
 */
const SPEAKS_CODE =
  /\[object|function Object|\[native code\]|\((?:too_small|too_big|invalid_type|invalid_value|invalid_format|invalid_union|invalid_key|invalid_element|not_multiple_of|unrecognized_keys|custom)\)|regel \?|kolom \?|undefined|NaN/;

/** Bound on how long refusing one bad file may take. */
const TIME_BOUND_MS = 2000;

let db: KoersDb;
let store: KoersStore;
let good: string;

beforeAll(async () => {
  db = new KoersDb(`hostile-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => 'id',
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('not needed')),
    host: memoryHost().host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
  good = writeProgrammeFile([(await readBundle(db))!], {
    kind: 'uitwisseling',
    exportedAt: '2026-01-01T00:00:00Z',
    appVersion: 'test',
  });
});

afterAll(async () => {
  await db.delete();
});

/**
 * The one assertion every import path shares: the file is refused with a Dutch message that
 * names the file, the database is byte-for-byte unchanged, and it all happens within a time bound.
 */
export async function expectRefusedAndUnchanged(name: string, text: string): Promise<string> {
  const before = await dumpDatabase(db);
  const started = performance.now();
  const accepted = await store.getState().importProgrammeFile(name, text);
  const elapsed = performance.now() - started;
  expect(accepted).toBe(false);
  const notice = store.getState().notice;
  expect(notice?.tone).toBe('error');
  expect(notice?.message.key.startsWith('import.')).toBe(true);
  const message = translate(notice!.message.key, notice!.message.params);
  expect(message).toContain(name);
  expect(message).not.toMatch(/\{\w+\}/);
  // Refusals speak words, never code (issue 8).
  expect(message).not.toMatch(SPEAKS_CODE);
  expect(await dumpDatabase(db)).toBe(before);
  expect(elapsed).toBeLessThan(TIME_BOUND_MS);
  return message;
}

describe('importing a programme file', () => {
  it('reads back what it writes, and a good import is one undoable step', async () => {
    const read = readProgrammeFile('goed.koers.json', good);
    expect(read.ok).toBe(true);
    const before = await dumpDatabase(db);
    expect(await store.getState().importProgrammeFile('goed.koers.json', good)).toBe(true);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('migrates a version 1 file forward', () => {
    const v3 = JSON.parse(good) as { organisations: Record<string, unknown>[] };
    const data = v3.organisations[0] as {
      programmes: Record<string, unknown>[];
      activities: Record<string, unknown>[];
    };
    // Version 1 held one organisation under `data`, without the fields version 2 added.
    const v1 = { ...v3, formatVersion: 1, organisations: undefined, data };
    for (const p of data.programmes) {
      const budget = p.budget as Record<string, unknown>;
      delete budget.costModel;
      delete (p.capacity as Record<string, unknown>).deductions;
    }
    for (const a of data.activities) {
      delete a.force;
      delete a.fundingCents;
    }
    const read = readProgrammeFile('oud.koers.json', JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (read.ok) {
      const [bundle] = read.value;
      expect(bundle!.programmes[0]!.budget.costModel).toBeNull();
      expect(bundle!.activities.every((a) => a.force === null && a.fundingCents === 0)).toBe(true);
    }
  });

  it('refuses a newer version, naming both versions', async () => {
    const newer = good.replace(
      `"formatVersion": ${CURRENT_FORMAT_VERSION}`,
      `"formatVersion": ${CURRENT_FORMAT_VERSION + 1}`,
    );
    const message = await expectRefusedAndUnchanged('nieuw.koers.json', newer);
    expect(message).toContain(String(CURRENT_FORMAT_VERSION + 1));
    expect(message).toContain(String(CURRENT_FORMAT_VERSION));
  });

  it('refuses a 50 MB file before parsing it', async () => {
    const huge = `{"format":"koers-programmabestand","padding":"${'x'.repeat(MAX_FILE_CHARS)}"}`;
    await expectRefusedAndUnchanged('groot.koers.json', huge);
  });

  const seen = new Map<BadInputClass, string>();
  /** The message each class of bad input must get. */
  const EXPECTED: Record<BadInputClass, readonly string[]> = {
    truncated: ['import.notJson'],
    malformed: ['import.notJson'],
    'wrong-type': [
      'import.invalid',
      'import.unknownRef',
      'import.noVersion',
      'import.notKoers',
      'import.newer',
    ],
    'non-finite': ['import.notJson', 'import.invalid'],
    'negative-hours': ['import.invalid'],
    'absurd-hours': ['import.absurdHours', 'import.invalid'],
    'unknown-id': ['import.unknownRef', 'import.themeOtherMjp'],
    'duplicate-id': ['import.duplicateId'],
    'prototype-key': ['import.forbiddenKey'],
    'deep-nesting': ['import.tooDeep'],
    // The schema's text rule refuses them, the same rule the forms apply.
    'control-chars': ['import.invalid'],
    'wrong-encoding': ['import.encoding'],
    'newer-version': ['import.newer'],
  };
  /** Words the message of some classes must hold: what is wrong, and where. */
  const WORDS: Partial<Record<BadInputClass, RegExp>> = {
    truncated: /geen geldige JSON \(regel \d+, kolom \d+\)/,
    malformed: /geen geldige JSON \(regel \d+, kolom \d+\)/,
    'negative-hours': /: activiteit \d+ \(„.+”\), urenregel \d+ \(„.+”\), uren: is negatief/,
    'control-chars': /: activiteit \d+ \(„.+”\), titel: bevat een stuurteken/,
    'duplicate-id': /bij activiteit \d+ \(„.+”\) komt id/,
    'unknown-id': /bij activiteit \d+ \(„.+”\), (toezichtdomein|MJP-thema|programma) /,
  };
  it('refuses every class of bad input with a Dutch message naming file and place, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(badProgrammeFile(good), async ({ kind, text }) => {
        const message = await expectRefusedAndUnchanged(`${kind}.koers.json`, text);
        // Each class is refused by the check meant for it, not by accident further on.
        expect(EXPECTED[kind], kind).toContain(store.getState().notice?.message.key);
        const words = WORDS[kind];
        if (words) expect(message, kind).toMatch(words);
        if (!seen.has(kind)) seen.set(kind, message);
      }),
      { numRuns: 150 },
    );
    // Every class was tried at least once.
    expect([...seen.keys()].sort()).toEqual(
      [
        'absurd-hours',
        'control-chars',
        'deep-nesting',
        'duplicate-id',
        'malformed',
        'negative-hours',
        'newer-version',
        'non-finite',
        'prototype-key',
        'truncated',
        'unknown-id',
        'wrong-encoding',
        'wrong-type',
      ].sort(),
    );
    // Object.prototype was never polluted by a "__proto__" key.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  afterAll(() => {
    // The closing note lists each class and what it got: printed here for the record.
    for (const [kind, message] of seen) console.log(`${kind}: ${message}`);
  });
});
