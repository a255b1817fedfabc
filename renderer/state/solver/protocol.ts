import type { GapAdvice } from '../../../shared/budget/gap-levers';
import type { Activity, Programme } from '../../../shared/domain/schemas';
import type { Candidate, TeamHours } from '../../../shared/planning/ranking';
import type { Selection, SolveOptions } from '../../../shared/planning/selection';

/**
 * What the page asks the solver worker: plain structured-cloneable data (Maps and Sets clone).
 * One request at a time per worker; a newer one replaces the worker (HiGHS blocks its thread).
 */
export type SolverRequest =
  | {
      readonly kind: 'select';
      readonly id: number;
      readonly candidates: readonly Candidate[];
      readonly space: TeamHours;
      readonly options: SolveOptions;
    }
  | {
      readonly kind: 'advice';
      readonly id: number;
      readonly programme: Programme;
      readonly activities: readonly Activity[];
    };

/** What the worker answers: improving sets while it searches, then the answer or the failure. */
export type SolverReply =
  | { readonly kind: 'improved'; readonly id: number; readonly selection: Selection }
  | { readonly kind: 'selected'; readonly id: number; readonly selection: Selection }
  | { readonly kind: 'advised'; readonly id: number; readonly advice: GapAdvice }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
