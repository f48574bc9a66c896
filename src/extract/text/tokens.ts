/**
 * Tokens of a sentence: numbers (digits with separators and decimals), words
 * (letters with inner apostrophes) and single punctuation characters. Each
 * token knows whether space precedes it, so "35-year-old", "1.5m" and "40%"
 * are recognisable as glued forms.
 */
import type { Span } from "../../model/location.js";

export type TokenKind = "num" | "word" | "punct";

export interface Token extends Span {
  readonly kind: TokenKind;
  readonly text: string;
  readonly lower: string;
  /** Whitespace (or the start of the text) before the token. */
  readonly spaced: boolean;
  readonly index: number;
}

const TOKEN = /(\d+(?:[.,\u2009\u202f]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(view: string, span: Span): Token[] {
  const text = view.slice(span.start, span.end);
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const kind: TokenKind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct";
    const start = span.start + m.index;
    out.push({
      kind,
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      start,
      end: start + m[0].length,
      spaced: prevEnd !== start,
      index: out.length,
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

export function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** Is `words` (lower case, one per token) found starting at token i? */
export function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** Is `words` found ending just before token i? Returns the index of its first token, or -1. */
export function matchWordsBefore(tokens: readonly Token[], i: number, words: readonly string[]): number {
  const first = i - words.length;
  return first >= 0 && matchWords(tokens, first, words) ? first : -1;
}
