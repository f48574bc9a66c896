/**
 * An index of every name, alias and keyword of a base, built once: a trie over
 * word keys, so finding every mention in a sentence is one pass over its words
 * whatever the size of the base. Keywords are indexed so that a word many
 * entries share ("earthquake") never makes a paragraph visit all of them.
 */
import type { Base, Entry } from "../model/base.js";
import type { Span } from "../model/location.js";
import { keyedWords, nameKeys, wordKeys } from "./normalize.js";
import type { KeyedWord } from "./normalize.js";

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Entries whose phrase ends here, with the phrase as written. */
  readonly ends: Array<{ entry: Entry; phrase: string }>;
}

const node = (): TrieNode => ({ next: new Map(), ends: [] });

export interface Mention extends Span {
  readonly entry: Entry;
  readonly phrase: string;
}

export class PhraseTrie {
  private readonly root = node();

  /** Adds a phrase of an entry; returns the node where it ends. */
  add(keys: readonly string[], entry: Entry, phrase: string): TrieNode | null {
    if (keys.length === 0) return null;
    let n = this.root;
    for (const k of keys) {
      let child = n.next.get(k);
      if (!child) {
        child = node();
        n.next.set(k, child);
      }
      n = child;
    }
    // An entry's phrases are added one after another: a repeat of one is the last end here.
    if (n.ends.at(-1)?.entry !== entry) n.ends.push({ entry, phrase });
    return n;
  }

  /** Every occurrence of every phrase in the words, as the trie node where it ends. */
  findNodes(words: readonly KeyedWord[]): Array<Span & { node: TrieNode }> {
    const out: Array<Span & { node: TrieNode }> = [];
    for (let i = 0; i < words.length; i++) {
      let n: TrieNode | undefined = this.root;
      for (let j = i; j < words.length && n; j++) {
        n = n.next.get(words[j]!.key);
        if (n && n.ends.length > 0) out.push({ node: n, start: words[i]!.start, end: words[j]!.end });
      }
    }
    return out;
  }

  /** Every occurrence of every phrase in the words (overlapping occurrences included). */
  find(words: readonly KeyedWord[]): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      let n: TrieNode | undefined = this.root;
      for (let j = i; j < words.length && n; j++) {
        n = n.next.get(words[j]!.key);
        if (n) for (const e of n.ends) out.push({ entry: e.entry, phrase: e.phrase, start: words[i]!.start, end: words[j]!.end });
      }
    }
    return out;
  }
}

/**
 * A keyword many entries share is not a candidate by itself: an entry whose
 * keywords are not all in the paragraph is a partial candidate only through a
 * keyword at most this many entries have.
 */
export const SHARED_KEYWORD = 50;

export interface AliasIndex {
  /** Names and aliases. */
  readonly names: PhraseTrie;
  /** Keywords (each may be several words). */
  readonly keywords: PhraseTrie;
  /** For each keyword node, the entries whose rarest keyword it is. */
  readonly rarest: ReadonlyMap<TrieNode, readonly Entry[]>;
  /** Each entry's keyword nodes, in the order of its keywords. */
  readonly keywordNodes: ReadonlyMap<Entry, ReadonlyArray<{ node: TrieNode; phrase: string }>>;
}

export function buildAliasIndex(base: Base): AliasIndex {
  const names = new PhraseTrie();
  const keywords = new PhraseTrie();
  const keywordNodes = new Map<Entry, Array<{ node: TrieNode; phrase: string }>>();
  for (const entry of base.entries) {
    for (const phrase of [entry.name, ...entry.aliases]) names.add(nameKeys(phrase), entry, phrase);
    const nodes: Array<{ node: TrieNode; phrase: string }> = [];
    for (const k of entry.keywords) {
      const n = keywords.add(wordKeys(k), entry, k);
      if (n && !nodes.some((x) => x.node === n)) nodes.push({ node: n, phrase: k });
    }
    keywordNodes.set(entry, nodes);
  }
  const rarest = new Map<TrieNode, Entry[]>();
  for (const [entry, nodes] of keywordNodes) {
    let best: TrieNode | null = null;
    for (const { node: n } of nodes) if (best === null || n.ends.length < best.ends.length) best = n;
    if (best) {
      const list = rarest.get(best);
      if (list) list.push(entry);
      else rarest.set(best, [entry]);
    }
  }
  return { names, keywords, rarest, keywordNodes };
}

export function mentionsIn(trie: PhraseTrie, text: string, offset: number): Mention[] {
  return trie.find(keyedWords(text, offset));
}

/**
 * The keyword mentions in a text of the entries that can be candidates: those
 * whose rarest keyword occurs (only they can have every keyword there), and
 * those with a keyword few entries share. Mentions are in text order.
 */
export function keywordMentionsIn(index: AliasIndex, text: string, offset: number): Mention[] {
  const hits = index.keywords.findNodes(keyedWords(text, offset));
  if (hits.length === 0) return [];
  const spans = new Map<TrieNode, Span[]>();
  for (const h of hits) {
    const list = spans.get(h.node);
    if (list) list.push(h);
    else spans.set(h.node, [h]);
  }
  const entries = new Set<Entry>();
  for (const n of spans.keys()) {
    for (const e of index.rarest.get(n) ?? []) entries.add(e);
    if (n.ends.length <= SHARED_KEYWORD) for (const e of n.ends) entries.add(e.entry);
  }
  const out: Mention[] = [];
  for (const entry of entries) {
    for (const { node: n, phrase } of index.keywordNodes.get(entry) ?? []) {
      for (const s of spans.get(n) ?? []) out.push({ entry, phrase, start: s.start, end: s.end });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
