/** Two of {a version, the adopted version, the programme now} side by side. */
export function CompareSection() {
  return null;
}
