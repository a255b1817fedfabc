import type { SolverClient } from './client';
import { SolveAborted } from './client';
import type { SolverReply, SolverRequest } from './protocol';

/** A request without its id (the lane numbers them). */
type Ask = SolverRequest extends infer R
  ? R extends SolverRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** The run a lane waits for. */
type Job = {
  readonly id: number;
  readonly resolve: (reply: SolverReply) => void;
  readonly reject: (error: Error) => void;
  readonly onReply: (reply: SolverReply) => void;
};

/**
 * One worker doing one thing at a time. HiGHS blocks the worker's thread while it searches, so a
 * newer request, or an abort, terminates the worker and the next request starts a fresh one; an
 * idle worker is kept, with HiGHS loaded, for the next request.
 */
function lane(): (
  ask: Ask,
  signal: AbortSignal,
  onReply?: (reply: SolverReply) => void,
) => Promise<SolverReply> {
  let worker: Worker | null = null;
  let job: Job | null = null;
  let seq = 0;
  const stop = () => {
    worker?.terminate();
    worker = null;
    const gone = job;
    job = null;
    gone?.reject(new SolveAborted());
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./solver.worker.ts', import.meta.url), {
      type: 'module',
      name: 'koers-solver',
    });
    w.addEventListener('message', (event: MessageEvent<SolverReply>) => {
      const reply = event.data;
      if (!job || reply.id !== job.id) return;
      if (reply.kind === 'improved') {
        job.onReply(reply);
        return;
      }
      const done = job;
      job = null;
      done.resolve(reply);
    });
    w.addEventListener('error', (event) => {
      const failed = job;
      job = null;
      w.terminate();
      if (worker === w) worker = null;
      failed?.reject(new Error(event.message || 'de rekenhulp kon niet starten'));
    });
    return w;
  };
  return (ask, signal, onReply) => {
    if (job) stop();
    if (signal.aborted) return Promise.reject(new SolveAborted());
    const w = (worker ??= start());
    seq += 1;
    const id = seq;
    return new Promise<SolverReply>((resolve, reject) => {
      job = { id, resolve, reject, onReply: onReply ?? (() => undefined) };
      signal.addEventListener(
        'abort',
        () => {
          if (job?.id === id) stop();
        },
        { once: true },
      );
      w.postMessage({ ...ask, id });
    });
  };
}

/**
 * The page's solver: the exact selection and the gap advice each in their own module Web
 * Worker (renderer/state/solver/solver.worker.ts), so neither ever blocks the page's thread.
 */
export function workerSolverClient(): SolverClient {
  const selecting = lane();
  const advising = lane();
  return {
    select: async (problem, signal, onImproved) => {
      const reply = await selecting({ kind: 'select', ...problem }, signal, (r) => {
        if (r.kind === 'improved') onImproved?.(r.selection);
      });
      if (reply.kind === 'selected') return reply.selection;
      throw new Error(reply.kind === 'failed' ? reply.message : 'onverwacht antwoord');
    },
    gapAdvice: async (programme, activities, signal) => {
      const reply = await advising({ kind: 'advice', programme, activities }, signal);
      if (reply.kind === 'advised') return reply.advice;
      throw new Error(reply.kind === 'failed' ? reply.message : 'onverwacht antwoord');
    },
  };
}
