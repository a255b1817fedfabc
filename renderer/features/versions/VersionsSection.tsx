/** The programme's saved versions: save one, adopt one, look at one. */
export function VersionsSection() {
  return null;
}
