import { z } from 'zod';

/** Largest programme file Koers reads or writes (50 MB): beyond this a file is refused. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file name the user may be offered when saving: no folders, no control characters. */
export const SafeFileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/);

/** Arguments of each channel, as a tuple; the main process parses every message with these. */
export const CHANNEL_ARGS = {
  'koers:app-version': z.tuple([]),
  'koers:file-open': z.tuple([]),
  'koers:backup-write': z.tuple([
    z
      .object({
        reason: z.enum(['dagelijks', 'voor-import', 'voor-herstel', 'voor-upgrade', 'handmatig']),
        text: z.string().max(MAX_FILE_BYTES),
      })
      .strict(),
  ]),
  'koers:backup-list': z.tuple([]),
  'koers:backup-read': z.tuple([
    z
      .object({
        name: z
          .string()
          .regex(/^koers-[\w.-]+\.koers\.json$/)
          .max(120),
      })
      .strict(),
  ]),
  'koers:backup-reveal': z.tuple([]),
  'koers:file-save': z.tuple([
    z
      .object({
        suggestedName: SafeFileName,
        content: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES)]),
      })
      .strict(),
  ]),
} as const;
