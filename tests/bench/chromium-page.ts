/**
 * The bench's instruments inside the page (issue 11). These functions are serialised by
 * Playwright and run in the page: they may use nothing from outside their own body.
 */

/** One long task on the main thread: start (ms since the document's time origin) and length. */
export type LongTask = { readonly start: number; readonly duration: number };

/** What the instruments keep on `window.__koersBench`. */
export type BenchProbe = {
  longTasks: LongTask[];
  /** When the programme list first showed with rows and a frame had painted (cold start). */
  listShownAt: number | null;
  /** The measurement armed by `armUntil`, resolving to its time in ms. */
  pending: Promise<number> | null;
};

/** `window` with the probe on it. */
type ProbeWindow = Window & { __koersBench: BenchProbe };

/**
 * Init script, run in every document before the app: records long tasks (buffered) and the
 * moment the programme list (the table labelled `tableLabel`) first shows a row, after a paint.
 */
export function installProbe(tableLabel: string): void {
  const probe: BenchProbe = { longTasks: [], listShownAt: null, pending: null };
  (window as unknown as ProbeWindow).__koersBench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A plain table or a windowed grid of divs with roles: the labelled list with a data cell.
  const shown = () =>
    [...document.querySelectorAll('table, [role="table"], [role="grid"]')].some(
      (t) =>
        t.getAttribute('aria-label') === tableLabel &&
        t.querySelector('td, [role="cell"], [role="gridcell"]') !== null,
    );
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    // After the frame that shows it: rAF runs before the paint, a posted message after it.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.listShownAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** What `armUntil` waits for after its start event. */
export type Until =
  | { readonly kind: 'changed'; readonly targets: readonly Element[] }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'status'; readonly texts: readonly string[] };

/**
 * Arms a measurement: it starts at the next `startEvent` (its timestamp: when the input
 * happened, so time the page was too busy to take it counts) and ends when `until` holds in the
 * DOM (seen by a MutationObserver) and the next frame has painted. `changed`: every target's text
 * differs from now; `heading`: an h1 has the text; `status`: a role=status element starts with
 * one of the texts. `startEvent` 'now' starts at once. The result lands in `__koersBench.pending`.
 */
export function armUntil(args: {
  startEvent: string;
  until: Until;
  /** Where the start event is dispatched (a file input outside the document); else the document. */
  startTarget: Element | null;
}): void {
  const probe = (window as unknown as ProbeWindow).__koersBench;
  const { until } = args;
  const source: EventTarget = args.startTarget ?? document;
  const before = until.kind === 'changed' ? until.targets.map((t) => t.textContent) : [];
  const holds = (): boolean => {
    if (until.kind === 'changed')
      return until.targets.every((t, i) => t.isConnected && t.textContent !== before[i]);
    if (until.kind === 'heading')
      return [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === until.text);
    return [...document.querySelectorAll('[role="status"]')].some((s) =>
      until.texts.some((x) => s.textContent.trim().startsWith(x)),
    );
  };
  probe.pending = new Promise<number>((resolve) => {
    let t0: number | null = args.startEvent === 'now' ? performance.now() : null;
    let done = false;
    const check = () => {
      if (done || t0 === null || !holds()) return;
      done = true;
      observer.disconnect();
      source.removeEventListener(args.startEvent, onStart, true);
      const start = t0;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          // Named in a trace (KOERS_BENCH_TRACE_DIR), so a profile shows what was measured.
          performance.measure('koers-bench', { start, end });
          resolve(end - start);
        };
        channel.port2.postMessage(null);
      });
    };
    const onStart = (e: Event) => {
      if (t0 !== null) return;
      t0 = e.timeStamp;
      // The DOM may already show it (nothing left to wait for but the frame).
      queueMicrotask(check);
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    if (args.startEvent !== 'now') source.addEventListener(args.startEvent, onStart, true);
    else check();
  });
}

/** Resolves once `quietMs` passed with no long task (and no pending task blocking the timer). */
export function waitQuiet(quietMs: number): Promise<number> {
  const probe = (window as unknown as ProbeWindow).__koersBench;
  const from = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const lastEnd = probe.longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), from);
      if (performance.now() - lastEnd >= quietMs) resolve(performance.now());
      else setTimeout(tick, 50);
    };
    tick();
  });
}

/** The long tasks that started in [from, to): count, the longest and each one (ms). */
export function longTasksIn(range: { from: number; to: number }): {
  count: number;
  max: number;
  durations: number[];
} {
  const tasks = (window as unknown as ProbeWindow).__koersBench.longTasks.filter(
    (t) => t.start >= range.from && t.start < range.to,
  );
  return {
    count: tasks.length,
    max: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    durations: tasks.map((t) => Math.round(t.duration)),
  };
}
