import { describe, expect, it } from 'vitest';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import { isNews } from './best-news';

const data = {} as ProgrammeData;
const found = (totalScore: number, final: boolean) => ({
  data,
  final,
  result: { selected: new Set<string>(), totalScore, status: 'limit' as const, gap: 0.5 },
});

describe('isNews: a streamed set worse than the ranking is not shown as the best selection', () => {
  it('hides a set still being improved that scores no more than the ranking', () => {
    expect(isNews(found(157.5, false), 842.5)).toBe(false);
    expect(isNews(found(842.5, false), 842.5)).toBe(false);
  });
  it('shows a set still being improved that already beats the ranking', () => {
    expect(isNews(found(900, false), 842.5)).toBe(true);
  });
  it('always shows the final answer, and nothing when there is none', () => {
    expect(isNews(found(157.5, true), 842.5)).toBe(true);
    expect(isNews(null, 0)).toBe(false);
  });
});
