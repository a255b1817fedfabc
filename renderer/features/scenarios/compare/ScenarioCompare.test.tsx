// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoData } from '../../../../shared/demo/inspectie-jenv';
import { snapshotOf } from '../../../../shared/domain/snapshot';
import { scaledDemo } from '../../../../shared/demo/scaled';
import { fourScenarios, teamLoss } from '../../../../tests/bench/scenario-variants';
import { PRINT_CLASS, ScenarioCompare } from './ScenarioCompare';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const snapshot = snapshotOf(createDemoData())!;
const base = { label: 'Werkprogramma 2026', snapshot };
const scenarios = fourScenarios(snapshot);

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => {
    root.unmount();
  });
  container.remove();
  vi.restoreAllMocks();
});

const render = (props: Parameters<typeof ScenarioCompare>[0]) => {
  act(() => {
    root.render(<ScenarioCompare {...props} />);
  });
};

/** The cells of the row whose header starts with `name` in the table captioned `caption`. */
const cells = (caption: string, name: string): string[] => {
  const table = [...container.querySelectorAll('table')].find(
    (x) => x.querySelector('caption')?.textContent === caption,
  );
  const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((r) =>
    r.querySelector('th')?.textContent.startsWith(name),
  );
  if (!row) throw new Error(`geen rij „${name}” in „${caption}”`);
  return [...row.querySelectorAll('td')].map((c) => c.textContent);
};

describe("ScenarioCompare: Vergelijk scenario's", () => {
  it('one column per snapshot, the base first, in Dutch formats', () => {
    render({ base, scenarios });
    const heads = [...container.querySelectorAll('table')][0]?.querySelectorAll('thead th');
    expect([...(heads ?? [])].map((h) => h.textContent)).toEqual([
      'Kerncijfer',
      'Werkprogramma 2026 (basis)',
      ...scenarios.map((s) => s.label),
    ]);
    expect(cells('Kerncijfers', 'Budgetresultaat').slice(0, 3)).toEqual([
      '€ 440.725 ruimte',
      '€ 370.675 overschrijding',
      '€ 415.725 ruimte',
    ]);
    expect(cells('Kerncijfers', 'Ruimte voor keuzes')[2]).toBe('38.684 uur');
    expect(cells('Wat verschilt van de basis', 'Komt boven de lijn')[2]).toContain(
      'Europees Migratie- en asielpact',
    );
    expect(cells('Wat verschilt van de basis', 'Valt onder de lijn')[3]).toContain(
      'datagedreven werken bij de politie',
    );
    // A figure that differs from the base is bold; one that does not is not.
    const result = [
      ...([...container.querySelectorAll('table')][0]?.querySelectorAll('tbody tr') ?? []),
    ].find((r) => r.textContent.startsWith('Budgetresultaat'));
    const tds = [...(result?.querySelectorAll('td') ?? [])];
    expect(tds[1]?.classList.contains('scmp__differs')).toBe(true);
    const hoursBelow = [
      ...([...container.querySelectorAll('table')][0]?.querySelectorAll('tbody tr') ?? []),
    ].find((r) => r.textContent.startsWith('Uren onder de lijn'));
    expect(hoursBelow?.querySelectorAll('td')[1]?.classList.contains('scmp__differs')).toBe(false);
    // Every chart is an image with a Dutch label that carries its figures.
    const labels = [...container.querySelectorAll('[role="img"]')].map((x) =>
      x.getAttribute('aria-label'),
    );
    expect(labels).toHaveLength(3);
    expect(labels[1]).toContain('Taakstelling 5%: € 370.675 overschrijding');
    expect(labels[2]).toContain('Team Migratie K3 + 1.286 uur');
  });

  it('Afdrukken prints the comparison alone; after printing the page is as it was', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render({ base, scenarios });
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Afdrukken',
    );
    act(() => {
      button?.click();
    });
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.documentElement.classList.contains(PRINT_CLASS)).toBe(true);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.documentElement.classList.contains(PRINT_CLASS)).toBe(false);
    vi.unstubAllGlobals();
  });

  it('says so when more than four are given, and shows the first four', () => {
    render({ base, scenarios: [...scenarios, { id: 'x', label: 'Vijfde', snapshot }] });
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      "Er worden 4 scenario's vergeleken; 1 niet getoond. Kies er ten hoogste 4.",
    );
    expect(container.textContent).not.toContain('Vijfde');
  });

  it('without scenarios: the base alone, no displacement', () => {
    render({ base, scenarios: [] });
    expect(container.textContent).toContain('Nog geen scenario om te vergelijken');
    expect(container.textContent).toContain('Geen verschuiving tegen de basis.');
  });

  it('beyond ten names the rest folds away behind "en nog …"', () => {
    const big = snapshotOf(scaledDemo(500))!;
    // Every team loses half its people: much of the chosen work falls below the line.
    const loss = big.programme.capacity.teams.reduce(
      (s, team) => teamLoss(s, team.teamId, team.staffedFte / 2),
      big,
    );
    render({
      base: { label: 'Groot', snapshot: big },
      scenarios: [{ id: 'leeg', label: 'Halve bezetting', snapshot: loss }],
    });
    const cell = [...container.querySelectorAll('tbody tr')]
      .find((r) => r.querySelector('th')?.textContent === 'Valt onder de lijn')
      ?.querySelectorAll('td')[1];
    const shown = cell?.querySelectorAll(':scope > ul > li').length ?? 0;
    const folded = cell?.querySelectorAll('details li').length ?? 0;
    expect(shown).toBe(10);
    expect(folded).toBeGreaterThan(0);
    expect(cell?.querySelector('summary')?.textContent).toBe(`en nog ${String(folded)}`);
  });

  it('names open the activity when the screen can open one', () => {
    const open = vi.fn();
    render({ base, scenarios, onOpenActivity: open });
    const link = [...container.querySelectorAll('button')].find((b) =>
      b.textContent.includes('asielpact'),
    );
    act(() => {
      link?.click();
    });
    expect(open).toHaveBeenCalledWith('act-2026-asielpact-screening');
  });
});
