// Turning bytes from an editor, Excel or a survey tool into text, and comparing the
// words people type (headers, enum values, keys) the forgiving way they expect.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: 'empty' | 'binary' };

const CONTROL = /[\u0001-\u0008\u000e-\u001f]/;
const CONTROLS = /[\u0001-\u0008\u000e-\u001f]/g;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');
// The BOM is kept out of the text (ignoreBOM false); a broken pair is an error, not U+FFFD.
const utf16 = { 'utf-16le': new TextDecoder('utf-16le', { fatal: true }), 'utf-16be': new TextDecoder('utf-16be', { fatal: true }) };

/**
 * UTF-16 with its BOM (Excel "Unicode text", the Play Console), else UTF-8 (BOM or not)
 * when the bytes are valid UTF-8, else Windows-1252 (French Excel).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  let text: string;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' = 'utf-8';
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom16) {
    try {
      text = utf16[bom16].decode(bytes);
    } catch {
      return { ok: false, reason: 'binary' };
    }
    encoding = bom16;
    // NUL characters in decoded UTF-16 are as foreign to text as in any other encoding.
    if (text.includes('\u0000')) return { ok: false, reason: 'binary' };
  } else {
    // UTF-16 without a BOM and binary files both hold NUL bytes.
    if (bytes.includes(0)) return { ok: false, reason: 'binary' };
    try {
      text = utf8.decode(bytes);
    } catch {
      text = cp1252.decode(bytes);
      encoding = 'windows-1252';
    }
  }
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  // Control characters other than tab/CR/LF mean this is not a text file.
  // (Counted only when there is one: a text file has none, and the count allocates a match per character.)
  const controls = CONTROL.test(text) ? (text.match(CONTROLS)?.length ?? 0) : 0;
  if (controls > 0 && controls / text.length > 0.001) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding };
}

/** `Étoiles ` → `etoiles`, `À la une` → `alaune`: case, accents, spaces and punctuation ignored. */
export function normalizeWord(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Optimal string alignment distance: Levenshtein plus swapped neighbours (`onwer` → `owner`).
 * Gives up (Infinity) as soon as a whole row exceeds `max`: against 100,000 choices most
 * comparisons end after a few letters.
 */
function distance(a: string, b: string, max = Infinity): number {
  // Three rolling rows (the swap looks two rows back), allocated once per call.
  let prev2 = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  let prevLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    // Only a row and the one before it both over `max` rule a match out (a swap looks two rows back).
    if (least > max && prevLeast > max) return Infinity;
    prevLeast = least;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

/** Lists of choices asked about again and again (every unknown dimension of every wave): normalised once. */
const normalizedChoices = new WeakMap<readonly string[], string[]>();

/** The closest of `choices` to `word`, when it is close enough to be a likely typo. */
export function suggest(word: string, choices: readonly string[]): string | undefined {
  const w = normalizeWord(word);
  if (w === '') return undefined;
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  let normalized = normalizedChoices.get(choices);
  if (!normalized || normalized.length !== choices.length) normalizedChoices.set(choices, (normalized = choices.map(normalizeWord)));
  for (let i = 0; i < choices.length; i++) {
    const c = choices[i]!;
    const n = normalized[i]!;
    // A length this far off cannot be within the limit: no distance to work out (100,000 choices stay fast).
    if (Math.abs(n.length - w.length) > 2 * limit) continue;
    const d = n.startsWith(w) || w.startsWith(n) ? Math.abs(n.length - w.length) * 0.5 : distance(w, n, Math.min(limit, bestScore));
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return bestScore <= limit ? best : undefined;
}
