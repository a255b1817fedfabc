import { describe, expect, it } from 'vitest';
import { readProgrammeFile, writeProgrammeFile } from '../file/programme-file';
import { scaledDemo } from './scaled';

describe('the benchmark programme (issue 11)', () => {
  it('scales the demo to any size over 20 teams, valid under the file reader, the same each time', () => {
    const demo = scaledDemo(250);
    expect(demo.activities).toHaveLength(250);
    expect(demo.teams).toHaveLength(20);
    expect(new Set(demo.activities.map((a) => a.id)).size).toBe(250);
    const text = writeProgrammeFile([demo], {
      kind: 'back-up',
      exportedAt: '2026-11-24T10:00:00.000Z',
      appVersion: 'test',
    });
    const read = readProgrammeFile('scaled.koers.json', text);
    expect(read.ok ? null : read.error).toBeNull();
    expect(scaledDemo(250)).toEqual(demo);
  });
});
