import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { Mjp, Theme } from '../domain/schemas';
import { patchSnapshot, snapshotOf } from '../domain/snapshot';
import {
  mjpStructure,
  movedOrders,
  newEntry,
  newMjpRows,
  overlappingMjps,
  parseEntryLines,
  programmesOutside,
  withMjpPatch,
} from './mjp';

const demo = createDemoData();
const own = demo.mjps[0]!;
const ids = () => {
  let n = 0;
  return () => `id-${String(++n)}`;
};

describe('reading the typed lines', () => {
  it('reads focuses, and lines with a dash or an indent as themes under the focus above', () => {
    const r = parseEntryLines(
      'Focus op de context\n- Digitalisering\n\n  Arbeidsmarkt\nFocus op effect\n– Weerbaarheid\n',
      'tree',
    );
    expect(r).toEqual({
      ok: true,
      entries: [
        { name: 'Focus op de context', child: false, line: 1 },
        { name: 'Digitalisering', child: true, line: 2 },
        { name: 'Arbeidsmarkt', child: true, line: 4 },
        { name: 'Focus op effect', child: false, line: 5 },
        { name: 'Weerbaarheid', child: true, line: 6 },
      ],
    });
  });

  it('reads every line of a flat list as a goal, a leading dash being only a bullet', () => {
    const r = parseEntryLines('- Doel een\n  Doel twee\r\nDoel drie', 'flat');
    expect(r.ok && r.entries.map((e) => [e.name, e.child])).toEqual([
      ['Doel een', false],
      ['Doel twee', false],
      ['Doel drie', false],
    ]);
  });

  it('refuses, naming the line, a theme before any focus, a bare dash and a name twice', () => {
    expect(parseEntryLines('\n- Los thema', 'tree')).toEqual({
      ok: false,
      error: { key: 'mjp.lines.orphan', params: { line: 2, name: 'Los thema' } },
    });
    expect(parseEntryLines('Focus\n-  ', 'tree')).toEqual({
      ok: false,
      error: { key: 'mjp.lines.empty', params: { line: 2 } },
    });
    expect(parseEntryLines('Focus\n- A\n- a', 'tree')).toEqual({
      ok: false,
      error: { key: 'mjp.lines.twice', params: { line: 3, name: 'a' } },
    });
    // The same theme under two focuses is two themes.
    expect(parseEntryLines('F1\n- A\nF2\n- A', 'tree').ok).toBe(true);
    expect(parseEntryLines(`F\n- ${'x'.repeat(201)}`, 'tree')).toMatchObject({
      ok: false,
      error: { key: 'mjp.lines.tooLong', params: { line: 2 } },
    });
  });
});

describe('a new MJP', () => {
  const input = {
    organisationId: demo.organisation.id,
    name: '  MJP 2029–2032 ',
    startYear: 2029,
    endYear: 2032,
    structure: 'tree' as const,
    lines: 'Focus A\n- Thema 1\n- Thema 2\nFocus B\n- Thema 3',
  };

  it('makes the MJP and its themes, each under its focus, in typed order, valid rows', () => {
    const r = newMjpRows(input, demo.mjps, ids());
    if (!r.ok) throw new Error(r.error.key);
    expect(Mjp.parse(r.mjp)).toEqual({
      id: 'id-1',
      organisationId: demo.organisation.id,
      name: 'MJP 2029–2032',
      startYear: 2029,
      endYear: 2032,
    });
    for (const t of r.themes) expect(() => Theme.parse(t)).not.toThrow();
    expect(r.themes.map((t) => [t.name, t.parentId, t.order, t.mjpId])).toEqual([
      ['Focus A', null, 1, 'id-1'],
      ['Thema 1', 'id-2', 1, 'id-1'],
      ['Thema 2', 'id-2', 2, 'id-1'],
      ['Focus B', null, 2, 'id-1'],
      ['Thema 3', 'id-5', 1, 'id-1'],
    ]);
    expect(mjpStructure(r.themes)).toBe('tree');
  });

  it('makes a flat list of goals, or an MJP without entries', () => {
    const flat = newMjpRows({ ...input, structure: 'flat' }, demo.mjps, ids());
    expect(flat.ok && flat.themes.every((t) => t.parentId === null)).toBe(true);
    expect(flat.ok && mjpStructure(flat.themes)).toBe('flat');
    const empty = newMjpRows({ ...input, lines: '  \n' }, demo.mjps, ids());
    expect(empty.ok && empty.themes).toEqual([]);
  });

  it('refuses an end before the start, a year out of range, no name, a name taken, a bad line', () => {
    const refused = (patch: Partial<typeof input>) => {
      const r = newMjpRows({ ...input, ...patch }, demo.mjps, ids());
      return r.ok ? null : r.error;
    };
    expect(refused({ startYear: 2032, endYear: 2029 })).toEqual({
      key: 'mjp.endBeforeStart',
      params: { start: 2032, end: 2029 },
    });
    expect(refused({ endYear: 20320 })?.key).toBe('mjp.yearRange');
    expect(refused({ name: ' ' })?.key).toBe('mjp.nameRequired');
    expect(refused({ name: own.name.toUpperCase() })?.key).toBe('mjp.nameTaken');
    expect(refused({ lines: '- zonder focus' })?.key).toBe('mjp.lines.orphan');
  });
});

describe('editing an MJP', () => {
  it('changes name and period, and refuses an end before the start', () => {
    expect(withMjpPatch(own, { name: ' Nieuw ', endYear: 2029 })).toEqual({
      ...own,
      name: 'Nieuw',
      endYear: 2029,
    });
    expect(withMjpPatch(own, { startYear: 2029 })).toEqual({
      refused: { key: 'mjp.endBeforeStart', params: { start: 2029, end: own.endYear } },
    });
    expect(withMjpPatch(own, { name: '' })).toEqual({ refused: { key: 'mjp.nameRequired' } });
  });

  it('warns of overlapping periods and programmes outside the period, without refusing', () => {
    const later = { ...own, id: 'later' as Mjp['id'], startYear: 2028, endYear: 2031 };
    expect(overlappingMjps([own, later], later.id, 2028, 2031)).toEqual([own]);
    expect(overlappingMjps([own, later], later.id, 2029, 2031)).toEqual([]);
    const narrowed = { ...own, startYear: 2027 };
    expect(programmesOutside(narrowed, demo.programmes).map((p) => p.year)).toContain(2026);
    expect(programmesOutside(own, demo.programmes)).toEqual([]);
  });

  it('moves an entry among its siblings only, numbering them anew; nothing at either end', () => {
    const themes = demo.themes;
    const focuses = themes.filter((t) => t.parentId === null);
    expect(movedOrders(themes, focuses[1]!.id, 'up')).toEqual([
      [focuses[1]!.id, 1],
      [focuses[0]!.id, 2],
    ]);
    expect(movedOrders(themes, focuses[0]!.id, 'up')).toEqual([]);
    expect(movedOrders(themes, focuses[1]!.id, 'down')).toEqual([]);
    // Siblings with the same order (an import; shown by name) get distinct orders.
    const same = themes.map((t) => (t.parentId === 'focus-effect' ? { ...t, order: 7 } : t));
    expect(movedOrders(same, 'thema-kwetsbaar', 'up')).toEqual([
      ['thema-kwetsbaar', 1],
      ['thema-weerbaar', 2],
    ]);
  });

  it('names a new top entry after the structure: a goal in a flat list, else a focus', () => {
    const flat = [{ ...demo.themes[0]!, parentId: null }];
    expect(newEntry(own.id, flat, null, 'n').name).toBe('Nieuw doel');
    expect(newEntry(own.id, demo.themes, null, 'n').name).toBe('Nieuwe focus');
    expect(newEntry(own.id, demo.themes, 'focus-effect', 'n')).toMatchObject({
      name: 'Nieuw thema',
      parentId: 'focus-effect',
      order: 6, // after its siblings (the demo numbers the whole MJP 1–5)
    });
  });
});

describe('the snapshot after adding an MJP', () => {
  it('holds the new MJP and its themes at once (written in one step)', () => {
    const snapshot = snapshotOf(demo)!;
    const r = newMjpRows(
      {
        organisationId: demo.organisation.id,
        name: 'MJP 2029–2032',
        startYear: 2029,
        endYear: 2032,
        structure: 'flat',
        lines: 'Doel',
      },
      demo.mjps,
      ids(),
    );
    if (!r.ok) throw new Error(r.error.key);
    const next = patchSnapshot(snapshot, [
      { table: 'mjps', key: r.mjp.id, after: r.mjp },
      ...r.themes.map((t) => ({ table: 'themes' as const, key: t.id, after: t })),
    ]);
    expect(next.mjps.map((m) => m.id)).toContain(r.mjp.id);
    expect(next.themes.filter((t) => t.mjpId === r.mjp.id).map((t) => t.name)).toEqual(['Doel']);
  });
});
