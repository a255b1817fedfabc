import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, sheetName } from './sheet-name';

describe('worksheet names Excel accepts', () => {
  it.each([
    ["'s-Hertogenbosch werkprogramma 2026", 's-Hertogenbosch werkprogramma 2'],
    ['History', 'History (1)'],
    ['history', 'history (1)'],
    ['Plan: 2026/2027 [concept]?*', 'Plan 2026 2027 concept'],
    ["Werkprogramma van de inspectie's", 'Werkprogramma van de inspectie'],
    ["'''", 'Activiteiten'],
    ['', 'Activiteiten'],
    ['Werkprogramma 2026', 'Werkprogramma 2026'],
  ])('%j becomes %j', (name, expected) => {
    const result = sheetName(name, 'Activiteiten');
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(result).not.toMatch(/^'|'$|[:\\/?*[\]]/);
  });

  it('never cuts a character in half', () => {
    const result = sheetName(`${'x'.repeat(30)}😀 meer`, 'Activiteiten');
    expect(result).toBe('x'.repeat(30));
  });
});
