/**
 * An index of every name, alias and keyword of a base, built once: a trie over
 * word keys, so finding every mention in a sentence is one pass over its words
 * whatever the size of the base.
 */
import type { Base, Entry } from "../model/base.js";
import type { Span } from "../model/location.js";
import { keyedWords, nameKeys, wordKeys } from "./normalize.js";
import type { KeyedWord } from "./normalize.js";

interface TrieNode {
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

  add(keys: readonly string[], entry: Entry, phrase: string): void {
    if (keys.length === 0) return;
    let n = this.root;
    for (const k of keys) {
      let child = n.next.get(k);
      if (!child) {
        child = node();
        n.next.set(k, child);
      }
      n = child;
    }
    if (!n.ends.some((e) => e.entry === entry)) n.ends.push({ entry, phrase });
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

export interface AliasIndex {
  /** Names and aliases. */
  readonly names: PhraseTrie;
  /** Keywords (each may be several words). */
  readonly keywords: PhraseTrie;
}

export function buildAliasIndex(base: Base): AliasIndex {
  const names = new PhraseTrie();
  const keywords = new PhraseTrie();
  for (const entry of base.entries) {
    for (const phrase of [entry.name, ...entry.aliases]) names.add(nameKeys(phrase), entry, phrase);
    for (const k of entry.keywords) keywords.add(wordKeys(k), entry, k);
  }
  return { names, keywords };
}

export function mentionsIn(trie: PhraseTrie, text: string, offset: number): Mention[] {
  return trie.find(keyedWords(text, offset));
}
