import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inventoryMarkdown, WHY, withInventory } from '../../build/scripts/inventory.mjs';

describe('the dependency inventory in the README', () => {
  it('is current (run `node build/scripts/inventory.mjs` after changing dependencies)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withInventory(readme, inventoryMarkdown())).toBe(readme);
  });

  it('says why every production package is trusted', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of Object.keys(pkg.dependencies)) expect(WHY[name], name).toBeTruthy();
    expect(Object.keys(pkg.dependencies)).not.toContain('xlsx');
  });
});
