import type { SelectionSlice } from '../../state/slices/selection-slice';

type Found = NonNullable<SelectionSlice['selection']>;

/**
 * Whether a found selection is worth showing beside the line. A set streamed in while HiGHS
 * still proves, that scores no more than the ranking already does, is no news: it would read
 * "the best selection scores 157,5 against 842,5 in the ranking" and mark a worse set in the
 * table. Such a set is treated as still being computed. A final answer is always shown.
 */
export function isNews(found: Found | null, fillScore: number): found is Found {
  if (found === null) return false;
  return found.final || found.result.totalScore > fillScore;
}
