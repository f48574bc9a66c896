/**
 * The link index of a base: its names and aliases, and its keywords, as
 * phrase tables (see phrase-table.ts), with the entries behind them. Built
 * once per base (or read back from the cache of the compiled base), so
 * finding every mention in a sentence costs the same whatever the size of the
 * base, and a keyword many entries share ("earthquake") never makes a
 * paragraph visit all of them.
 */
import type { Base, Entry } from "../model/base.js";
import type { Span } from "../model/location.js";
import { keyedWords, nameKeys, wordKeys } from "./normalize.js";
import type { KeyedWord } from "./normalize.js";
import { buildPhraseTable, findPhrases, indexOfKey, keyAt, ordsAt } from "./phrase-table.js";
import type { PhraseTable } from "./phrase-table.js";

export interface Mention extends Span {
  readonly entry: Entry;
  /** The name, alias or keyword as the entry writes it. */
  readonly phrase: string;
}

/** A base ready for linking: its entries by ordinal and the tables of its phrases. */
export interface CompiledBase {
  /** The folders or files the base was read from, as reported. */
  readonly paths: readonly string[];
  /** Number of entries. */
  readonly size: number;
  /** Entry by ordinal (0 ≤ ord < size, entries in id order); the same object every time. */
  entry(ord: number): Entry;
  /** Names and aliases (keys without a leading "the"). */
  readonly names: PhraseTable;
  readonly keywords: PhraseTable;
  /** For keyword phrase i, the entries whose rarest keyword it is: ords[start[i] .. start[i + 1]). */
  readonly rarest: { readonly ords: Uint32Array; readonly start: Uint32Array };
}

/**
 * A keyword many entries share is not a candidate by itself: an entry whose
 * keywords are not all in the paragraph is a partial candidate only through a
 * keyword at most this many entries have.
 */
export const SHARED_KEYWORD = 50;

export function isCompiled(base: Base | CompiledBase): base is CompiledBase {
  return typeof (base as CompiledBase).entry === "function";
}

/** The phrase keys of an entry: names and aliases, keywords. */
export function phraseKeysOf(entry: Entry): { names: string[]; keywords: string[] } {
  return { names: [entry.name, ...entry.aliases].map((p) => nameKeys(p).join(" ")), keywords: entry.keywords.map((k) => wordKeys(k).join(" ")) };
}

/**
 * Compiles a base for linking. `keysOf` gives each entry's phrase keys (the
 * default computes them; a caller that computed them elsewhere passes them in).
 */
export function compileBase(base: Base, keysOf: (entry: Entry, ord: number) => { names: readonly string[]; keywords: readonly string[] } = phraseKeysOf): CompiledBase {
  const entries = base.entries;
  const keys = entries.map((e, i) => keysOf(e, i));
  const names = buildPhraseTable(keys.flatMap((k, ord) => k.names.map((key) => [key, ord] as const)));
  const keywords = buildPhraseTable(keys.flatMap((k, ord) => k.keywords.map((key) => [key, ord] as const)));
  const rarestOf = new Map<number, number[]>();
  keys.forEach((k, ord) => {
    let best = -1;
    let bestCount = Infinity;
    for (const key of k.keywords) {
      const i = indexOfKey(keywords, key);
      if (i === -1) continue;
      const count = keywords.ordStart[i + 1]! - keywords.ordStart[i]!;
      if (count < bestCount) {
        best = i;
        bestCount = count;
      }
    }
    if (best !== -1) {
      const list = rarestOf.get(best);
      if (list) list.push(ord);
      else rarestOf.set(best, [ord]);
    }
  });
  const phrases = keywords.keyStart.length - 1;
  const start = new Uint32Array(phrases + 1);
  const ords = new Uint32Array(entries.length);
  let n = 0;
  for (let i = 0; i < phrases; i++) {
    start[i] = n;
    for (const ord of rarestOf.get(i) ?? []) ords[n++] = ord;
  }
  start[phrases] = n;
  return { paths: base.paths, size: entries.length, entry: (ord) => entries[ord]!, names, keywords, rarest: { ords: ords.subarray(0, n), start } };
}

/** Memos of a compiled base: each entry's written phrases by key. */
interface Written {
  readonly names: Map<Entry, Map<string, string>>;
  readonly keywords: Map<Entry, Array<{ phrase: number; written: string }>>;
}

const memos = new WeakMap<CompiledBase, Written>();

function written(base: CompiledBase): Written {
  let w = memos.get(base);
  if (!w) memos.set(base, (w = { names: new Map(), keywords: new Map() }));
  return w;
}

/** The first of an entry's name and aliases with this key. */
function writtenName(base: CompiledBase, entry: Entry, key: string): string {
  const memo = written(base).names;
  let byKey = memo.get(entry);
  if (!byKey) {
    byKey = new Map();
    for (const p of [entry.name, ...entry.aliases]) {
      const k = nameKeys(p).join(" ");
      if (!byKey.has(k)) byKey.set(k, p);
    }
    memo.set(entry, byKey);
  }
  return byKey.get(key) ?? entry.name;
}

/** An entry's keyword phrases, each once, in the order it writes them. */
function keywordPhrases(base: CompiledBase, entry: Entry): ReadonlyArray<{ phrase: number; written: string }> {
  const memo = written(base).keywords;
  let list = memo.get(entry);
  if (!list) {
    list = [];
    for (const k of entry.keywords) {
      const i = indexOfKey(base.keywords, wordKeys(k).join(" "));
      if (i !== -1 && !list.some((x) => x.phrase === i)) list.push({ phrase: i, written: k });
    }
    memo.set(entry, list);
  }
  return list;
}

/** Endings that make a people or language of a country's name: Armenia → Armenian, Azerbaijan → Azerbaijani, China → Chinese. */
export const NATION_ENDINGS = ["ian", "an", "ese", "ish", "i", ""] as const;

/**
 * The keyword of the table that `key` (a capitalised word) is the country or
 * people form of, if exactly one: the two differ by a people ending after the
 * country's name without its final vowels ("Armenian" ~ "Armenia", "Turkish" ~
 * "Turkey", "Azerbaijan" ~ "Azerbaijani"). Stems under 4 letters never match.
 */
function nationForm(table: PhraseTable, key: string): string | null {
  if (key.includes(" ") || !/^[\p{L}]+$/u.test(key)) return null;
  const found = new Set<string>();
  const stemOf = (w: string) => w.replace(/(?<![aeiouy])[aeiouy]+$/, "");
  // The word is the people form of a keyword: strip an ending, then try the stem with the vowels a name may end in.
  for (const end of NATION_ENDINGS) {
    if (end === "" || !key.endsWith(end)) continue;
    const stem = key.slice(0, -end.length);
    if (stem.length < 4) continue;
    for (const tail of ["", "a", "ia", "e", "y", "ey", "o"]) {
      const k = stem + tail;
      if (k !== key && stemOf(k) === stemOf(stem) && indexOfKey(table, k) !== -1) found.add(k);
    }
  }
  // The keyword is the people form of the word: the word's stem with an ending.
  const stem = stemOf(key);
  if (stem.length >= 4) {
    for (const end of NATION_ENDINGS) {
      const k = stem + end;
      if (k !== key && indexOfKey(table, k) !== -1) found.add(k);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Every mention of a name or alias in a text, in text order. */
export function nameMentionsIn(base: CompiledBase, text: string, offset: number): Mention[] {
  return nameMentionsOf(base, keyedWords(text, offset));
}

/** Every mention of a name or alias among keyed words (of a text, in order). */
export function nameMentionsOf(base: CompiledBase, words: readonly KeyedWord[]): Mention[] {
  const out: Mention[] = [];
  for (const hit of findPhrases(base.names, words)) {
    const key = keyAt(base.names, hit.phrase);
    for (const ord of ordsAt(base.names, hit.phrase)) {
      const entry = base.entry(ord);
      out.push({ entry, phrase: writtenName(base, entry, key), start: hit.start, end: hit.end });
    }
  }
  return out;
}

/**
 * The keyword mentions in a text of the entries that can be candidates: those
 * whose rarest keyword occurs (only they can have every keyword there), and
 * those with a keyword few entries share. Mentions are in text order.
 */
export function keywordMentionsIn(base: CompiledBase, text: string, offset: number): Mention[] {
  return keywordMentionsOf(base, keyedWords(text, offset), (at) => text.charAt(at - offset));
}

/** keywordMentionsIn over keyed words; `charAt` gives the character of the text at an offset. */
export function keywordMentionsOf(base: CompiledBase, keyed: readonly KeyedWord[], charAt: (offset: number) => string): Mention[] {
  const words = keyed.map((w) => {
    // A capitalised word that is no keyword may be the country or people form of one: "Armenian" for Armenia.
    if (!/^\p{Lu}/u.test(charAt(w.start)) || indexOfKey(base.keywords, w.key) !== -1) return w;
    const key = nationForm(base.keywords, w.key);
    return key === null ? w : { ...w, key };
  });
  const hits = findPhrases(base.keywords, words);
  if (hits.length === 0) return [];
  const spans = new Map<number, Span[]>();
  for (const h of hits) {
    const list = spans.get(h.phrase);
    if (list) list.push(h);
    else spans.set(h.phrase, [h]);
  }
  const candidates = new Set<number>();
  for (const p of spans.keys()) {
    for (const ord of base.rarest.ords.subarray(base.rarest.start[p], base.rarest.start[p + 1])) candidates.add(ord);
    const all = ordsAt(base.keywords, p);
    if (all.length <= SHARED_KEYWORD) for (const ord of all) candidates.add(ord);
  }
  const out: Mention[] = [];
  for (const ord of candidates) {
    const entry = base.entry(ord);
    for (const { phrase, written: w } of keywordPhrases(base, entry)) {
      for (const s of spans.get(phrase) ?? []) out.push({ entry, phrase: w, start: s.start, end: s.end });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
