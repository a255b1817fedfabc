import type { Comment, Decision, DecisionKind } from '../../../shared/domain/review';
import type { Force } from '../../../shared/domain/capacity';
import type { Message } from '../../../shared/i18n/translate';
import { bindCommand } from '../commands';
import type { CommandContext } from '../commands/context';
import type { DispatchResult, SliceCreator } from '../types';

/**
 * The directors' review of the programme shown (issue 12): its decisions and comments, as the
 * database watcher gives them (renderer/db/live-review.ts), and the commands that add to them.
 */
export type ReviewSlice = {
  /** The decisions on the programme shown, as stored (any order; shared/review orders them). */
  decisions: readonly Decision[];
  /** The comments on the programme shown, as stored. */
  comments: readonly Comment[];
  /** The programme the rows above belong to (null: none loaded yet). */
  reviewProgrammeId: string | null;
  /** Puts in the rows the watcher read for a programme. */
  setReview: (
    programmeId: string | null,
    decisions: readonly Decision[],
    comments: readonly Comment[],
  ) => void;
  /** Decides on an activity: one undoable step (erin/eruit set its force too). */
  decide: (activityId: string, kind: DecisionKind, reason: string) => Promise<DispatchResult>;
  /** Adds a comment, or a reply to `replyTo`, to an activity's thread: one undoable step. */
  addComment: (activityId: string, text: string, replyTo: string | null) => Promise<DispatchResult>;
  /** The review mode (*Beoordelen*) is on: it walks the activities around the line. */
  reviewing: boolean;
  /** Starts or stops the review mode (the Capacity screen's button starts it on the log's screen). */
  setReviewing: (on: boolean) => void;
  /**
   * Forces several activities (null lifts), confirming the funding of those in `confirm`, and
   * records each force as a decision: one undoable step.
   */
  forceWithDecisions: (
    forces: readonly (readonly [string, Force | null])[],
    confirm: readonly string[],
    label: Message,
  ) => Promise<DispatchResult>;
  /** Saves the decision log as CSV or XLSX. */
  exportDecisions: (format: 'csv' | 'xlsx') => Promise<boolean>;
};

/** Creates the review slice: state and wiring; the work is in commands/review.ts and shared/review. */
export const createReviewSlice: SliceCreator<ReviewSlice> = (deps) => (set, get) => {
  const c: CommandContext = {
    deps,
    get,
    set: (partial) => {
      set(partial);
    },
  };
  return {
    decisions: [],
    comments: [],
    reviewProgrammeId: null,
    setReview: (reviewProgrammeId, decisions, comments) => {
      set({ reviewProgrammeId, decisions, comments });
    },
    reviewing: false,
    setReviewing: (reviewing) => {
      set({ reviewing });
    },
    decide: bindCommand(c, 'review/decide-current'),
    forceWithDecisions: bindCommand(c, 'review/force-many'),
    addComment: bindCommand(c, 'review/comment-current'),
    exportDecisions: bindCommand(c, 'review/export'),
  };
};
