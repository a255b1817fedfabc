/**
 * Excel's rules for a worksheet name (Microsoft, "Rename a worksheet"): at most 31 characters,
 * none of `: \ / ? * [ ]`, not starting or ending with an apostrophe, not empty, and not the
 * reserved name `History`. exceljs throws on each; this makes any programme name fit.
 */

/** Longest worksheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/** A worksheet name Excel accepts, as close to the programme's own name as the rules allow. */
export function sheetName(name: string, fallback: string): string {
  const clean = (s: string) =>
    // Control characters cannot be typed into Excel's name either.
    // eslint-disable-next-line no-control-regex
    s.replace(/[:\\/?*[\]\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ');
  // Apostrophes at either end are refused; so are spaces, which Excel trims away.
  const ends = (s: string) => s.replace(/^['\s]+|['\s]+$/g, '');
  const fit = (s: string) => {
    let out = '';
    for (const ch of ends(s)) {
      if (out.length + ch.length > MAX_SHEET_NAME) break;
      out += ch;
    }
    return ends(out);
  };
  let result = fit(clean(name));
  if (result === '') result = fit(clean(fallback));
  if (result.toLowerCase() === 'history') result = `${result} (1)`;
  return result;
}
