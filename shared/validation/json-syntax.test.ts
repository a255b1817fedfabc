import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset, jsonErrorPlace, lineColumn } from './json-syntax';

describe('where a JSON text breaks', () => {
  it('finds the first bad character, or the end when the text stops early', () => {
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('{"a":1')).toBe(6);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{\n "a": tru }')).toBe(11);
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('{"a":"x\u0001"}')).toBe(7);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('{"a":[1,2.5e-3,"\\u00e9",true,null,{}]}')).toBeNull();
  });

  it('agrees with JSON.parse on whether any text is JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc
            .json()
            .chain((j) => fc.nat({ max: j.length }).map((n) => j.slice(0, n) + j.slice(n + 1))),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(text) === null).toBe(valid);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives 1-based lines and columns, from V8 when it names them and from a scan otherwise', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    const text = '{\n  "a": 1,\n  "b": }\n';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorPlace(text, error)).toEqual({ line: 3, column: 8 });
    expect(jsonErrorPlace(text, new Error('at position 4'))).toEqual({ line: 2, column: 3 });
    expect(jsonErrorPlace('{}', new Error('nothing'))).toBeNull();
  });
});
