import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programmeFileJsonSchema } from './json-schema';

const PATH = 'docs/koers-programmabestand.schema.json';

describe('the published JSON Schema', () => {
  it('is current: docs/koers-programmabestand.schema.json equals what the zod schemas generate', () => {
    const generated = `${JSON.stringify(programmeFileJsonSchema(), null, 2)}\n`;
    // KOERS_WRITE_SCHEMA=1 npx vitest run shared/file/json-schema rewrites it after a format change.
    if (process.env.KOERS_WRITE_SCHEMA === '1') writeFileSync(PATH, generated);
    expect(readFileSync(PATH, 'utf8')).toBe(generated);
    expect(generated).toContain('"formatVersion"');
  });
});
