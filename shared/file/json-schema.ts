import { z } from 'zod';
import { ProgrammeFile } from './programme-file';

/** The published JSON Schema of the programme file, generated from the zod schemas (one definition). */
export function programmeFileJsonSchema(): unknown {
  return z.toJSONSchema(ProgrammeFile, { io: 'input', unrepresentable: 'any' });
}
