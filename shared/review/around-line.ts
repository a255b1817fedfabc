/**
 * Which activities the review mode walks (issue 12): those around the line, where a decision
 * changes what is done. The last `n` above the line and the first `n` below it, in rank order,
 * then the work *onder voorbehoud* (funding-conditional, not confirmed) that is not among them.
 */
export function aroundLine(
  entries: readonly { readonly id: string; readonly above: boolean }[],
  conditional: readonly string[],
  n: number,
): string[] {
  const count = Math.max(0, Math.floor(n));
  const above = entries.filter((e) => e.above);
  const below = entries.filter((e) => !e.above);
  const near = new Set([
    ...(count === 0 ? [] : above.slice(-count)).map((e) => e.id),
    ...below.slice(0, count).map((e) => e.id),
  ]);
  const ranked = entries.filter((e) => near.has(e.id)).map((e) => e.id);
  return [...ranked, ...conditional.filter((id) => !near.has(id))].filter(
    (id, i, all) => all.indexOf(id) === i,
  );
}
