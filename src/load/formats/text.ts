import type { Span } from "../../model/location.js";
import { blocksOf, frontMatterEnd, Mask } from "../mask.js";

export interface Prose {
  readonly view: string;
  readonly blocks: readonly Span[];
  /** The front matter's text (without the fences), when there is one. */
  readonly frontMatter: { text: string; offset: number } | null;
}

/**
 * Plain text: front matter is blanked; paragraphs are separated by blank lines,
 * or, in a text without any blank line, each line is a paragraph unless it
 * continues a hard-wrapped sentence (the line before has no final punctuation
 * and this one starts in lower case).
 */
export function textProse(text: string): Prose {
  const mask = new Mask(text);
  const fmEnd = frontMatterEnd(text);
  mask.blank(0, fmEnd);
  const view = mask.toString();
  const body = view.slice(fmEnd);
  const hasBlankLine = /\n[ \t]*\r?\n/.test(body.trim());
  const blocks = blocksOf(view, hasBlankLine ? undefined : (lineStart, line) => !continuesSentence(view, lineStart, line));
  return { view, blocks, frontMatter: frontMatterOf(text, fmEnd) };
}

export function frontMatterOf(text: string, fmEnd: number): { text: string; offset: number } | null {
  if (fmEnd === 0) return null;
  const firstLine = /^---[ \t]*\r?\n/.exec(text)?.[0].length ?? 4;
  const inner = text.slice(firstLine, fmEnd).replace(/(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/, "");
  return { text: inner, offset: firstLine };
}

function continuesSentence(view: string, lineStart: number, line: string): boolean {
  if (!/^\s*[\p{Ll}]/u.test(line)) return false;
  const before = view.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  return before !== "" && !/[.!?:"”’)\]]$/.test(before);
}
