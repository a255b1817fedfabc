/** Asks why an adopted programme is changed, while a change waits (`amendmentRequest`). */
export function AmendmentDialog() {
  return null;
}
