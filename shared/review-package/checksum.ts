/**
 * The checksum of a review package: SHA-256 (WebCrypto, in Chromium, Electron and Node 20) over
 * a canonical serialisation of what the file carries, so a package changed after exporting is
 * recognised. It is computed over the parsed JSON (not the text), so indentation and key order
 * do not matter and the schema's parsing cannot change it.
 */

/** The WebCrypto and text encoder this module needs (shared/ has no DOM or Node types). */
type Platform = {
  readonly crypto: {
    readonly subtle: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };
  };
  readonly TextEncoder: new () => { encode(input: string): Uint8Array };
};

/** JSON with object keys sorted (by code unit) and undefined fields left out, at every depth. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** What the checksum covers: the organisations and the manifest without its checksum. */
export function checksumContent(organisations: unknown, review: Record<string, unknown>): string {
  const rest = Object.fromEntries(Object.entries(review).filter(([k]) => k !== 'checksum'));
  return canonicalJson({ organisations, review: rest });
}

/** `sha256:` and the hex SHA-256 of the text's UTF-8 bytes. */
export async function sha256(text: string): Promise<string> {
  const platform = globalThis as unknown as Platform;
  const bytes = new platform.TextEncoder().encode(text);
  const digest = new Uint8Array(await platform.crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return `sha256:${hex}`;
}
