import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The stylesheet grows by blocks appended from several changes at once; a brace lost in a merge
// silently nests every later rule inside the one before it (a bug a merge made twice).
describe('the stylesheet', () => {
  it('has balanced braces and no rule nested in another outside @media', () => {
    const css = readFileSync('renderer/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    const stack: string[] = [];
    for (const [i, line] of css.split('\n').entries()) {
      const trimmed = line.trim();
      if (trimmed.endsWith('{')) {
        const inAtRule = stack.length > 0 && stack.every((s) => s.startsWith('@'));
        expect(
          stack.length === 0 || inAtRule,
          `line ${i + 1}: "${trimmed}" opens inside "${stack.at(-1)}"`,
        ).toBe(true);
        stack.push(trimmed);
      }
      depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length;
      for (let k = 0; k < (line.match(/}/g) ?? []).length; k += 1) stack.pop();
      expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
