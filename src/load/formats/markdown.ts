/**
 * Markdown: claims come from prose only. Front matter, code (fenced, indented,
 * inline), HTML tags and comments, link targets, images and markup characters
 * are blanked; headings, list items, quotes and table rows are blocks of their own.
 */
import { blocksOf, frontMatterEnd, Mask } from "../mask.js";
import { frontMatterOf } from "./text.js";
import type { Prose } from "./text.js";

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const HEADING = /^( {0,3})(#{1,6})(?=\s|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const HR = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const QUOTE = /^([ \t]*>[ \t]?)+/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:\s*\S.*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** Only blanks, colons, pipes and dashes, at least one dash (the first dash is the required one). */
const TABLE_RULE = /^[\s:|]*-[\s:|-]*$/;

export function markdownProse(text: string): Prose {
  const mask = new Mask(text);
  const fmEnd = frontMatterEnd(text);
  mask.blank(0, fmEnd);
  const blockStart = new Set<number>();

  const lines: Array<{ start: number; text: string }> = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = fmEnd;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0] !== "") lines.push({ start: m.index, text: m[0].replace(/(?<![\r\n])[\r\n]+$/, "") });

  let fence: string | null = null;
  let prevBlank = true;
  let inHtmlComment = false;
  for (const line of lines) {
    const { start, text: s } = line;
    const blankLine = s.trim() === "";
    if (fence !== null) {
      mask.blank(start, start + s.length);
      if (new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`).test(s)) fence = null;
      prevBlank = false;
      continue;
    }
    const f = FENCE.exec(s);
    if (f) {
      fence = f[2] ?? "```";
      mask.blank(start, start + s.length);
      blockStart.add(start);
      prevBlank = false;
      continue;
    }
    if (inHtmlComment || s.trimStart().startsWith("<!--")) {
      const close = s.indexOf("-->");
      inHtmlComment = close < 0;
      mask.blank(start, start + (close < 0 ? s.length : close + 3));
      if (close >= 0) maskInline(mask, s.slice(close + 3), start + close + 3);
      prevBlank = blankLine;
      continue;
    }
    if (prevBlank && /^( {4}|\t)/.test(s) && !blankLine) {
      mask.blank(start, start + s.length); // indented code block
      continue;
    }
    if (HR.test(s) || SETEXT_UNDERLINE.test(s) || REF_DEF.test(s) || (TABLE_RULE.test(s) && s.includes("-") && s.includes("|"))) {
      mask.blank(start, start + s.length);
      blockStart.add(start);
      prevBlank = blankLine;
      continue;
    }
    let offset = 0;
    const q = QUOTE.exec(s);
    if (q) {
      mask.blank(start, start + q[0].length);
      offset = q[0].length;
    }
    const rest = s.slice(offset);
    const h = HEADING.exec(rest);
    const li = LIST_ITEM.exec(rest);
    if (h) {
      mask.blank(start + offset, start + offset + h[0].length);
      const closing = /[ \t]#+[ \t]*$/.exec(rest);
      if (closing) mask.blank(start + offset + closing.index, start + s.length);
      blockStart.add(start);
      offset += h[0].length;
    } else if (li) {
      mask.blank(start + offset + (li[1]?.length ?? 0), start + offset + li[0].length);
      blockStart.add(start);
      offset += li[0].length;
    } else if (TABLE_ROW.test(rest)) {
      blockStart.add(start);
    }
    maskInline(mask, s.slice(offset), start + offset);
    prevBlank = blankLine;
  }

  const view = mask.toString();
  const blocks = blocksOf(view, (lineStart) => blockStart.has(lineStart));
  return { view, blocks, frontMatter: frontMatterOf(text, fmEnd) };
}

/**
 * Code spans of one line, in order (CommonMark): a run of n backticks opens a span that the next run of
 * exactly n backticks closes; a run never closed is literal text. Linear: each run is looked at twice.
 */
export function codeSpans(s: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 96) continue;
    const start = i;
    while (i + 1 < s.length && s.charCodeAt(i + 1) === 96) i++;
    runs.push([start, i + 1 - start]);
  }
  // The next run of the same length, for each run (right to left, one map from length to run).
  const next = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = seen.get(runs[k]![1]) ?? -1;
    seen.set(runs[k]![1], k);
  }
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < runs.length; k++) {
    const j = next[k]!;
    if (j < 0) continue;
    spans.push([runs[k]![0], runs[j]![0] + runs[j]![1]]);
    k = j;
  }
  return spans;
}

/** Inline markup of one line: code spans, images, links, autolinks, tags, emphasis, escapes, table pipes. */
function maskInline(mask: Mask, s: string, base: number): void {
  const blank = (a: number, b: number) => mask.blank(base + a, base + b);
  let m: RegExpExecArray | null;
  const covered = codeSpans(s);
  for (const [a, b] of covered) blank(a, b);
  // Code spans are found in order: a binary search tells whether an offset is in one.
  const inCode = (i: number) => {
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (covered[mid]![1] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo < covered.length && covered[lo]![0] <= i;
  };
  // Images and links: each pattern also matches an unfinished one (to the end of what it could be), which is
  // then left alone, so that no text is scanned twice: "![![![..." takes linear time, not quadratic.
  const image = /!\[[^\]\n]*(?:\]\([^)\n]*\)?)?/g;
  while ((m = image.exec(s)) !== null) if (m[0].endsWith(")") && m[0].includes("](") && !inCode(m.index)) blank(m.index, m.index + m[0].length);
  const link = /\[([^\]\n]*)(?:\](\([^)\n]*\)?|\[[^\]\n]*\]?)?)?/g;
  while ((m = link.exec(s)) !== null) {
    const target = m[2] ?? "";
    const whole = (target.startsWith("(") && target.endsWith(")") && target.length >= 2) || (target.startsWith("[") && target.endsWith("]") && target.length >= 2);
    if (!whole || inCode(m.index)) continue;
    blank(m.index, m.index + 1);
    const close = m.index + 1 + (m[1]?.length ?? 0);
    blank(close, m.index + m[0].length);
  }
  // An unclosed comment matches to the end of the line (and stays text), so it is scanned once.
  const tag = /<\/?[A-Za-z][^<>\n]*>|<(?:https?|mailto):[^<>\s]*>|<!--[\s\S]*?(?:-->|$)/g;
  while ((m = tag.exec(s)) !== null) if (!(m[0].startsWith("<!--") && !m[0].endsWith("-->")) && !inCode(m.index)) blank(m.index, m.index + m[0].length);
  const markup = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|~~|\\(?=[!-/:-@[-`{-~])/gu;
  while ((m = markup.exec(s)) !== null) if (!inCode(m.index)) blank(m.index, m.index + m[0].length);
  if (/^\s*\|.*\|\s*$/.test(s)) {
    for (let i = 0; i < s.length; i++) if (s[i] === "|" && !inCode(i)) blank(i, i + 1);
  }
}
