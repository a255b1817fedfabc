/**
 * Where a JSON text breaks, as a line and a column a person can find in an editor. V8 names the
 * place in some of its messages ("… at position 6 (line 1 column 7)") and not in others
 * ("Unexpected token '}', … is not valid JSON"), so a small scan finds it when V8 does not.
 */

/** A 1-based line and column. */
export type LineColumn = { readonly line: number; readonly column: number };

/** The 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): LineColumn {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lastBreak = i;
  }
  return { line, column: at - lastBreak };
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * The offset of the first character where a text stops being JSON (RFC 8259), the text's length
 * when it ends too early, or null when it is valid JSON. Iterative, so deep nesting is no risk.
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after' = 'value';

  /** Scans a string from its opening quote; the index after it, or -1 with `i` at the fault. */
  const string = (): number => {
    let j = i + 1;
    while (j < n) {
      const c = text[j] as string;
      if (c === '"') return j + 1;
      if (c === '\\') {
        const e = text[j + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
        else if (e === 'u') {
          for (let k = 2; k < 6; k += 1)
            if (!isHex(text[j + k])) {
              i = j + k;
              return -1;
            }
          j += 6;
        } else {
          i = j + 1;
          return -1;
        }
      } else if (c.charCodeAt(0) < 0x20) {
        i = j;
        return -1;
      } else j += 1;
    }
    i = n;
    return -1;
  };

  /** Scans a number; the index after it, or -1 with `i` at the fault. */
  const number = (): number => {
    let j = i;
    if (text[j] === '-') j += 1;
    if (text[j] === '0') j += 1;
    else if (isDigit(text[j])) while (isDigit(text[j])) j += 1;
    else {
      i = j;
      return -1;
    }
    if (text[j] === '.') {
      j += 1;
      if (!isDigit(text[j])) {
        i = j;
        return -1;
      }
      while (isDigit(text[j])) j += 1;
    }
    if (text[j] === 'e' || text[j] === 'E') {
      j += 1;
      if (text[j] === '+' || text[j] === '-') j += 1;
      if (!isDigit(text[j])) {
        i = j;
        return -1;
      }
      while (isDigit(text[j])) j += 1;
    }
    return j;
  };

  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i += 1;
    if (state === 'after' && stack.length === 0) return i < n ? i : null;
    if (i >= n) return n;
    const c = text[i] as string;
    const top = stack.at(-1);
    if (state === 'after') {
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
      else return i;
      i += 1;
      continue;
    }
    if ((state === 'keyOrEnd' && c === '}') || (state === 'valueOrEnd' && c === ']')) {
      stack.pop();
      state = 'after';
      i += 1;
      continue;
    }
    if (state === 'key' || state === 'keyOrEnd') {
      if (c !== '"') return i;
      const end = string();
      if (end < 0) return i;
      i = end;
      state = 'colon';
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return i;
      i += 1;
      state = 'value';
      continue;
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c);
      state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
      i += 1;
      continue;
    }
    let end: number;
    if (c === '"') end = string();
    else if (c === '-' || isDigit(c)) end = number();
    else {
      const word = ['true', 'false', 'null'].find((w) => w[0] === c);
      if (word === undefined) return i;
      for (let k = 0; k < word.length; k += 1) if (text[i + k] !== word[k]) return i + k;
      end = i + word.length;
    }
    if (end < 0) return i;
    i = end;
    state = 'after';
  }
}

/**
 * Where a JSON text that `JSON.parse` refused breaks: from V8's message when it names the line
 * and column or the position, otherwise from a scan; null when neither can tell.
 */
export function jsonErrorPlace(text: string, error: unknown): LineColumn | null {
  const message = error instanceof Error ? error.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumn(text, Number(position[1]));
  const offset = jsonErrorOffset(text);
  return offset === null ? null : lineColumn(text, offset);
}
