import { describe, expect, it } from 'vitest';
import type { RowDelta } from '../delta/delta';
import type { Programme } from '../domain/schemas';
import { amendedBy } from './amendment';

const adopted = { adoption: { versionId: 'v1', on: '2026-01-10' } } as unknown as Programme;
const update = (...paths: unknown[][]): RowDelta => ({
  table: 'activities',
  key: 'a1',
  op: 'update',
  fields: paths.map((path) => ({ path: path as never, before: null, after: 'x' })),
});

describe('recording the realisation of an adopted programme (issue 13)', () => {
  const touched = (delta: RowDelta) =>
    amendedBy(
      [delta],
      () => adopted,
      () => 'p1',
    );

  it('is no amendment: year-end status, explanation, an output’s publication', () => {
    expect(touched(update(['yearEnd']))).toEqual([]);
    expect(touched(update(['deviationNote']))).toEqual([]);
    expect(touched(update(['outputs', { by: 'id', id: 'o1' }, 'publishedOn']))).toEqual([]);
    expect(touched(update(['outputs', { by: 'id', id: 'o1' }, 'publishedTitle']))).toEqual([]);
  });

  it('is an amendment as soon as a planned field changes with it', () => {
    expect(touched(update(['yearEnd'], ['title']))).toHaveLength(1);
    expect(touched(update(['outputs', { by: 'id', id: 'o1' }, 'plannedMonth']))).toHaveLength(1);
  });
});
