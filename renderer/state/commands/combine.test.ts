import { describe, expect, it } from 'vitest';
import { combine } from './combine';
import { EDITS } from './handlers';
import { COMMANDS } from './index';

describe('combine', () => {
  it('joins the maps of the areas, each name with its own command', () => {
    const one = () => 1;
    const two = () => 2;
    const all = combine({ 'a/one': one }, { 'b/two': two });
    expect(all).toEqual({ 'a/one': one, 'b/two': two });
  });

  it('refuses a name that two areas define, naming it', () => {
    expect(() => combine({ 'team/delete': () => 1 }, { 'team/delete': () => 2 })).toThrow(
      /team\/delete/,
    );
  });

  it('names every command of the app area/verb, and no name is both a data and a store command', () => {
    const names = [...Object.keys(EDITS), ...Object.keys(COMMANDS)];
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z]+(-[a-z]+)*$/);
    expect(() => combine(EDITS, COMMANDS)).not.toThrow();
    expect(new Set(names).size).toBe(names.length);
  });
});
