/** The changes made after adoption, with their reasons; exported for the annual report. */
export function AmendmentLog() {
  return null;
}
