/**
 * The phrases of a base (names and aliases, or keywords) as one sorted table:
 * each phrase is its word keys joined by spaces, with the ordinals of the
 * entries that have it. Finding every phrase in a text costs a few binary
 * searches per word, whatever the size of the base, and the table is one
 * string and flat arrays, so a compiled base is read back from its cache
 * without building anything.
 */
import type { Span } from "../model/location.js";
import type { KeyedWord } from "./normalize.js";

export interface PhraseTable {
  /** Every key, sorted (UTF-16 code units), one after another. */
  readonly keys: string;
  /** Key i is keys.slice(keyStart[i], keyStart[i + 1]). */
  readonly keyStart: Uint32Array;
  /** Entry ordinals of key i: ords[ordStart[i] .. ordStart[i + 1]), ascending. */
  readonly ords: Uint32Array;
  readonly ordStart: Uint32Array;
}

/** A phrase found in a text: the table's phrase index and the words it covers. */
export interface PhraseHit extends Span {
  readonly phrase: number;
}

/** The table of (key, entry ordinal) pairs; pairs of one entry come together, entries in ascending order. */
export function buildPhraseTable(pairs: Iterable<readonly [key: string, ord: number]>): PhraseTable {
  const byKey = new Map<string, number[]>();
  for (const [key, ord] of pairs) {
    if (key === "") continue;
    const list = byKey.get(key);
    if (!list) byKey.set(key, [ord]);
    else if (list[list.length - 1] !== ord) list.push(ord);
  }
  // The default order of sort() is by UTF-16 code units, as < compares strings.
  const keys = [...byKey.keys()].sort();
  const keyStart = new Uint32Array(keys.length + 1);
  const ordStart = new Uint32Array(keys.length + 1);
  let chars = 0;
  let count = 0;
  keys.forEach((k, i) => {
    keyStart[i] = chars;
    ordStart[i] = count;
    chars += k.length;
    count += byKey.get(k)!.length;
  });
  keyStart[keys.length] = chars;
  ordStart[keys.length] = count;
  const ords = new Uint32Array(count);
  keys.forEach((k, i) => ords.set(byKey.get(k)!, ordStart[i]!));
  return { keys: keys.join(""), keyStart, ords, ordStart };
}

export function phraseCount(t: PhraseTable): number {
  return t.keyStart.length - 1;
}

export function keyAt(t: PhraseTable, i: number): string {
  return t.keys.slice(t.keyStart[i], t.keyStart[i + 1]);
}

export function ordsAt(t: PhraseTable, i: number): Uint32Array {
  return t.ords.subarray(t.ordStart[i], t.ordStart[i + 1]);
}

/** The first index whose key is not below `s`. */
function lowerBound(t: PhraseTable, s: string): number {
  let lo = 0;
  let hi = phraseCount(t);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(t, mid) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of a key, or -1. */
export function indexOfKey(t: PhraseTable, key: string): number {
  const i = lowerBound(t, key);
  return i < phraseCount(t) && keyAt(t, i) === key ? i : -1;
}

/** Lookups already made in a table (texts repeat their words): prefix → (exact index + 1) * 2 + (a longer phrase begins with it). */
const lookups = new WeakMap<PhraseTable, Map<string, number>>();

function lookup(t: PhraseTable, prefix: string): number {
  let memo = lookups.get(t);
  if (!memo) lookups.set(t, (memo = new Map()));
  let v = memo.get(prefix);
  if (v === undefined) {
    const n = phraseCount(t);
    const at = lowerBound(t, prefix);
    const exact = at < n && keyAt(t, at) === prefix ? at : -1;
    const longer = `${prefix} `;
    const next = lowerBound(t, longer);
    v = (exact + 1) * 2 + (next < n && keyAt(t, next).startsWith(longer) ? 1 : 0);
    if (memo.size >= 200_000) memo.clear();
    memo.set(prefix, v);
  }
  return v;
}

/** Every occurrence of every phrase in the words, overlapping ones included, by start then end. */
export function findPhrases(t: PhraseTable, words: readonly KeyedWord[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  if (phraseCount(t) === 0) return out;
  for (let i = 0; i < words.length; i++) {
    let prefix = "";
    for (let j = i; j < words.length; j++) {
      prefix = j === i ? words[j]!.key : `${prefix} ${words[j]!.key}`;
      const v = lookup(t, prefix);
      if (v >= 2) out.push({ phrase: (v >> 1) - 1, start: words[i]!.start, end: words[j]!.end });
      // Go on only while some longer phrase begins with these words.
      if ((v & 1) === 0) break;
    }
  }
  return out;
}
