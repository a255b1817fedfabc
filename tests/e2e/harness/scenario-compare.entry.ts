/**
 * A route-free harness for *Vergelijk scenario's* (issue 12, CMP): the comparison mounted alone
 * in the app's frame (header, nav, main), for the e2e spec (axe, keyboard, print, screenshots)
 * and the Chromium bench. Bundled by `bundleScenarioHarness` (harness.ts). `?n=2000` compares
 * the scaled demo of that size; without it the demo. Not part of the app.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../../renderer/styles.css';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import { scaledDemo } from '../../../shared/demo/scaled';
import { snapshotOf, type ProgrammeSnapshot } from '../../../shared/domain/snapshot';
import { ScenarioCompare } from '../../../renderer/features/scenarios/compare/ScenarioCompare';
import { fourScenarios } from '../../bench/scenario-variants';

const n = Number(new URLSearchParams(location.search).get('n') ?? '0');
const snapshot = snapshotOf(n > 0 ? scaledDemo(n) : createDemoData()) as ProgrammeSnapshot;

/** Fresh objects, so no plan is cached: the comparison derives all five snapshots. */
const fresh = (s: ProgrammeSnapshot): ProgrammeSnapshot => ({
  ...s,
  activities: [...s.activities],
});

const h = createElement;
const host = document.getElementById('compare') as HTMLElement;
const root = createRoot(host);

/** Renders the comparison of four scenarios from scratch; ms until the next frame has painted. */
async function renderCompare(): Promise<number> {
  const base = { label: 'Werkprogramma 2026', snapshot: fresh(snapshot) };
  const scenarios = fourScenarios(fresh(snapshot));
  flushSync(() => {
    root.render(null);
  });
  const t0 = performance.now();
  flushSync(() => {
    root.render(h(ScenarioCompare, { base, scenarios }));
  });
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
  return performance.now() - t0;
}

(window as unknown as { koersRenderCompare: () => Promise<number> }).koersRenderCompare =
  renderCompare;
void renderCompare().then((ms) => {
  document.documentElement.dataset.firstRenderMs = String(ms);
});
