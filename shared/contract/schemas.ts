import { z } from 'zod';
import { LANGUAGES } from '../i18n/language';
import { nl, type MessageKey } from '../i18n/messages.nl';
import type { Channel, Channels } from './channels';
import { SAVE_FORMATS } from './file-name';

/** Largest programme file Koers reads or writes (50 MB): beyond this a file is refused. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file name the user may be offered when saving: no folders, no control characters. */
export const SafeFileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/)
  .refine((name) => name !== '.' && name !== '..');

const BackupReasonSchema = z.enum([
  'dagelijks',
  'voor-import',
  'voor-herstel',
  'voor-upgrade',
  'handmatig',
]);

/**
 * The names Koers gives its backups, and only those: `koers-2026-11-24_090507-dagelijks.koers.json`
 * (older versions wrote the time without seconds). Anything else in the folder is not Koers's.
 */
export const BACKUP_NAME_PATTERN =
  /^koers-(\d{4}-\d{2}-\d{2})_(\d{4}(?:\d{2})?)-(dagelijks|voor-import|voor-herstel|voor-upgrade|handmatig)\.koers\.json$/;

const BackupName = z.string().max(120).regex(BACKUP_NAME_PATTERN);

/** Most skipped file names one list answer carries. */
export const MAX_SKIPPED_NAMES = 100;

const FileText = z.string().max(MAX_FILE_BYTES);

/**
 * Arguments of each channel, as a tuple; the main process parses every message with these.
 * `satisfies` ties each schema to the channel's type, so the two cannot drift apart.
 */
export const CHANNEL_ARGS = {
  'koers:app-version': z.tuple([]),
  'koers:file-open': z.tuple([]),
  'koers:file-save': z.tuple([
    z
      .object({
        suggestedName: SafeFileName,
        content: z.union([
          FileText,
          z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES),
        ]),
        format: z.enum(SAVE_FORMATS),
      })
      .strict(),
  ]),
  'koers:backup-write': z.tuple([
    z.object({ reason: BackupReasonSchema, text: FileText }).strict(),
  ]),
  'koers:backup-list': z.tuple([]),
  'koers:backup-read': z.tuple([z.object({ name: BackupName }).strict()]),
  'koers:backup-reveal': z.tuple([]),
  'koers:report-pdf': z.tuple([
    z.object({ suggestedName: SafeFileName, programmeName: z.string().max(300) }).strict(),
  ]),
  'koers:language-set': z.tuple([z.object({ language: z.enum(LANGUAGES) }).strict()]),
} as const satisfies { [K in Channel]: z.ZodType<Channels[K]['args']> };

/** A Dutch message: a key of the catalogue and its placeholder values. */
const MessageSchema = z
  .object({
    key: z.custom<MessageKey>((k) => typeof k === 'string' && Object.hasOwn(nl, k)),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict();

/** A Result of the given value: `{ ok: true, value }` or `{ ok: false, error: Message }`. */
const resultOf = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: MessageSchema }).strict(),
  ]);

const OpenedFileSchema = z.object({ name: z.string().max(260), text: FileText }).strict();
const SavedFileSchema = z.object({ name: z.string().max(260) }).strict();
const BackupInfoSchema = z
  .object({
    name: BackupName,
    bytes: z.number().int().nonnegative(),
    createdAt: z.string(),
    reason: z.string(),
    programmes: z.number().int().nonnegative(),
    activities: z.number().int().nonnegative(),
  })
  .strict();
const SkippedNames = z.array(z.string().max(260)).max(MAX_SKIPPED_NAMES);
const BackupListSchema = z
  .object({
    backups: z.array(BackupInfoSchema),
    foreign: SkippedNames,
    unreadable: SkippedNames,
    elsewhere: z.boolean().optional(),
  })
  .strict();

/**
 * The answer of each channel; the main process checks every answer before it leaves, so the
 * page never receives anything the contract does not name (a full path, an Error object).
 */
export const CHANNEL_RESULTS = {
  'koers:app-version': resultOf(z.string().max(100)),
  'koers:file-open': resultOf(OpenedFileSchema.nullable()),
  'koers:file-save': resultOf(SavedFileSchema.nullable()),
  'koers:backup-write': resultOf(BackupInfoSchema),
  'koers:backup-list': resultOf(BackupListSchema),
  'koers:backup-read': resultOf(OpenedFileSchema),
  'koers:backup-reveal': resultOf(z.string()),
  'koers:report-pdf': resultOf(SavedFileSchema.nullable()),
  'koers:language-set': resultOf(z.null()),
} as const satisfies { [K in Channel]: z.ZodType<Channels[K]['result']> };
