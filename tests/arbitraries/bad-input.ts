import { CURRENT_FORMAT_VERSION } from '../../shared/file/programme-file';
import fc from 'fast-check';

/** A JSON value that is not an object, or an object of the wrong shape. */
const wrongValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** Sets a value at a path inside a parsed JSON object (returns a copy). */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root))
    return (root as unknown[]).map((v, i) => (i === head ? setAt(v, rest, value) : v));
  if (root !== null && typeof root === 'object') {
    const obj = root as Record<string, unknown>;
    return { ...obj, [head as string]: setAt(obj[head as string], rest, value) };
  }
  return root;
}

/** The JSON type of a value: a different one is always wrong for a field. */
const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

/** The value at a path. */
const valueAt = (root: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
    root,
  );

/** Every path to a leaf or object in a JSON value (bounded). */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (out.length > 400) return out;
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 3).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** The classes of bad input every import path is tried with (issue: hostile and broken input). */
export type BadInputClass =
  | 'truncated'
  | 'malformed'
  | 'wrong-type'
  | 'non-finite'
  | 'negative-hours'
  | 'absurd-hours'
  | 'unknown-id'
  | 'duplicate-id'
  | 'prototype-key'
  | 'deep-nesting'
  | 'control-chars'
  | 'wrong-encoding'
  | 'newer-version';

/** Bad programme files made from a good one: each class of damage, at a random place. */
export function badProgrammeFile(
  good: string,
): fc.Arbitrary<{ kind: BadInputClass; text: string }> {
  const parsed = JSON.parse(good) as Record<string, unknown>;
  // Format 3: the organisations are a list; the damage goes into the first one.
  const data = (parsed.organisations as Record<string, unknown[]>[])[0] ?? {};
  const allPaths = paths(parsed).filter((p) => p.length > 0);
  const activity = (i: number) => [
    'organisations',
    0,
    'activities',
    i % (data.activities?.length ?? 1),
  ];
  const withValue = (path: (string | number)[], v: unknown) =>
    JSON.stringify(setAt(parsed, path, v));
  return fc.oneof(
    fc
      .integer({ min: 1, max: good.length - 2 })
      .map((n) => ({ kind: 'truncated' as const, text: good.slice(0, n) })),
    fc
      .string({ minLength: 1, maxLength: 200 })
      .filter((s) => {
        try {
          JSON.parse(s);
          return false;
        } catch {
          return true;
        }
      })
      .map((text) => ({ kind: 'malformed' as const, text })),
    fc
      .tuple(fc.constantFrom(...allPaths), wrongValue)
      // null is a valid value of nullable fields (a theme's parent, a month): not a wrong type there.
      .filter(([p, v]) => jsonType(v) !== jsonType(valueAt(parsed, p)) && v !== null)
      .map(([p, v]) => ({ kind: 'wrong-type' as const, text: withValue(p, v) })),
    fc.tuple(fc.nat(), fc.constantFrom('1e999', '-1e999', 'NaN', 'Infinity')).map(([i, lit]) => ({
      kind: 'non-finite' as const,
      text: withValue(
        [...activity(i), 'allocations'],
        [{ teamId: 'x', month: null, hours: 0 }],
      ).replace('"hours":0', `"hours":${lit}`),
    })),
    fc.tuple(fc.nat(), fc.integer({ min: -1e9, max: -1 })).map(([i, h]) => ({
      kind: 'negative-hours' as const,
      text: withValue([...activity(i), 'allocations', 0, 'hours'], h),
    })),
    fc.tuple(fc.nat(), fc.integer({ min: 50_001, max: 1e12 })).map(([i, h]) => ({
      kind: 'absurd-hours' as const,
      text: withValue([...activity(i), 'allocations', 0, 'hours'], h),
    })),
    fc
      .tuple(fc.nat(), fc.constantFrom('domainId', 'primaryThemeId', 'programmeId'), fc.uuid())
      .map(([i, field, id]) => ({
        kind: 'unknown-id' as const,
        text: withValue([...activity(i), field], id),
      })),
    fc.nat().map((i) => {
      const acts = data.activities ?? [];
      const a = acts[i % acts.length] as Record<string, unknown>;
      return {
        kind: 'duplicate-id' as const,
        text: withValue(['organisations', 0, 'activities'], [...acts, { ...a }]),
      };
    }),
    fc
      .tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom(...allPaths.filter((p) => p.length <= 3)),
      )
      .map(([key, p]) => ({
        kind: 'prototype-key' as const,
        // Written as text, so "__proto__" is a real key in the file, as an attacker would send it.
        text: withValue(p, { placeholder: true }).replace(
          '"placeholder":true',
          `"${key}":{"polluted":true}`,
        ),
      })),
    fc.integer({ min: 40, max: 5000 }).map((n) => ({
      kind: 'deep-nesting' as const,
      text: withValue(['organisations', 0, 'organisation', 'name'], 'x').replace(
        '"name":"x"',
        `"name":${'['.repeat(n)}${']'.repeat(n)}`,
      ),
    })),
    fc
      .tuple(
        fc.nat(),
        fc.integer({ min: 0, max: 31 }).filter((c) => ![9, 10, 13].includes(c)),
      )
      .map(([i, c]) => ({
        kind: 'control-chars' as const,
        text: withValue([...activity(i), 'title'], `Titel${String.fromCharCode(c)}x`),
      })),
    fc.constant({
      kind: 'wrong-encoding' as const,
      // UTF-16LE bytes read as if they were UTF-8: every other character is a NUL.
      text: good.slice(0, 2000).replace(/[\s\S]/g, (ch) => `${ch}\u0000`),
    }),
    fc
      .integer({ min: CURRENT_FORMAT_VERSION + 1, max: 99 })
      .map((v) => ({ kind: 'newer-version' as const, text: withValue(['formatVersion'], v) })),
  );
}
