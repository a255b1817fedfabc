import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Lines git writes into a file when a merge leaves a conflict. */
const MARKER = /^(<{7}|>{7}) /m;

describe('the tracked files', () => {
  // A merge once committed styles.css with its conflict markers: CSS has no type check to catch it.
  it('hold no merge-conflict markers', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(
        (f) => /\.(ts|tsx|css|html|json|md|mjs|yml)$/.test(f) && !f.startsWith('node_modules/'),
      );
    const marked = files.filter((f) => {
      try {
        return MARKER.test(readFileSync(f, 'utf8'));
      } catch {
        return false;
      }
    });
    expect(files.length).toBeGreaterThan(100);
    expect(marked).toEqual([]);
  });
});
