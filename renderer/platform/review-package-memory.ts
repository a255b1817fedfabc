/**
 * Which review package this computer read last, per programme (issue 12): *Reviewpakket met
 * mijn besluiten* sends the same version or scenario back. A setting of this computer, kept in
 * localStorage like "uw naam".
 */
import { ReviewManifest } from '../../shared/review-package/manifest';

/** What is remembered: the package's subject and base. */
export type RememberedPackage = Pick<ReviewManifest, 'subject' | 'baseVersionId'>;

const KEY = 'koers-reviewpakket-';

/** The subject of the package last read for a programme; null when none (or unreadable). */
export function readRememberedPackage(programmeId: string): RememberedPackage | null {
  try {
    const raw = globalThis.localStorage.getItem(`${KEY}${programmeId}`);
    if (raw === null) return null;
    const parsed = ReviewManifest.pick({ subject: true, baseVersionId: true }).safeParse(
      JSON.parse(raw),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remembers the package just read for its programme. */
export function rememberPackage(programmeId: string, what: RememberedPackage): void {
  try {
    globalThis.localStorage.setItem(
      `${KEY}${programmeId}`,
      JSON.stringify({ subject: what.subject, baseVersionId: what.baseVersionId }),
    );
  } catch {
    // Storage refused: the person exports the version or scenario from its own screen instead.
  }
}
