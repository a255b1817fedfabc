import { z } from 'zod';
import { ProgrammeId, ScenarioId, VersionId } from '../domain/ids';
import { name, text } from '../domain/text';
import { Timestamp } from '../domain/versions';

/**
 * What a review package is (issue 12): which programme, whether it holds a version or a
 * scenario, the version its rows were taken from (the base a merge compares against), who
 * exported it and when, and a checksum over the content. It is the `review` field of a programme
 * file of kind `review`; the file is only the container, the merge works on rows (merge.ts).
 */
export const ReviewManifest = z
  .object({
    programme: z
      .object({ id: ProgrammeId, name: name(200), year: z.number().int().min(1900).max(2200) })
      .strict(),
    subject: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('version'), versionId: VersionId, name: name(200) }).strict(),
      z.object({ kind: z.literal('scenario'), scenarioId: ScenarioId, name: name(200) }).strict(),
    ]),
    /** The stored version the rows were taken from; null: the programme as it stood then. */
    baseVersionId: VersionId.nullable(),
    /** The "uw naam" of the person who exported it; '' when unset. */
    exportedBy: text(100, { trim: true }),
    exportedAt: Timestamp,
    /** `sha256:` and 64 hex digits over the canonical content (checksum.ts). */
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  })
  .strict();
/** A review package's manifest. */
export type ReviewManifest = z.infer<typeof ReviewManifest>;
