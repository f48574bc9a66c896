/**
 * Matching keys for names: case, diacritics, dashes and hyphens ("Alma-Ata",
 * "Alma Ata", "Alma–Ata"), apostrophes, a leading "the" and plural forms all
 * fold to the same sequence of word keys.
 */
import { singular } from "../lib/words.js";

/** Word keys of a phrase: lower case, no diacritics, punctuation as separators, each word singular. */
export function wordKeys(phrase: string): string[] {
  const words = phrase
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  return words.map(wordKey);
}

/** Keys of words already seen (bases and texts repeat their words). */
const keyOf = new Map<string, string>();

export function wordKey(word: string): string {
  let key = keyOf.get(word);
  if (key === undefined) {
    key = /^\p{N}+$/u.test(word) ? word : singular(word);
    if (keyOf.size >= 100_000) keyOf.clear();
    keyOf.set(word, key);
  }
  return key;
}

/** Keys of a name or alias, without a leading article. */
export function nameKeys(phrase: string): string[] {
  const keys = wordKeys(phrase);
  return keys[0] === "the" && keys.length > 1 ? keys.slice(1) : keys;
}

export interface KeyedWord {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** Keys of the words already seen (a text repeats its words): word as written → its keys. */
const seen = new Map<string, readonly string[]>();

function keysOfWord(word: string): readonly string[] {
  let keys = seen.get(word);
  if (keys === undefined) {
    const folded = word.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/['’`]/g, "");
    keys = folded.split(/[^\p{L}\p{N}]+/u).filter((p) => p !== "").map(wordKey);
    if (seen.size >= 100_000) seen.clear();
    seen.set(word, keys);
  }
  return keys;
}

/** Word keys of a text with their offsets (offsets of the original words). */
export function keyedWords(text: string, offset: number): KeyedWord[] {
  const out: KeyedWord[] = [];
  const re = /[\p{L}\p{N}\p{M}]+(?:['’`][\p{L}\p{M}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = offset + m.index;
    const end = start + m[0].length;
    for (const key of keysOfWord(m[0])) out.push({ key, start, end });
  }
  return out;
}
