/**
 * Paragraphs and sentences of a prose view. A sentence ends at . ! ? or …
 * (with any closing quotes or brackets) followed by space and a capital, digit
 * or opening quote — unless the word before the stop is an abbreviation or an
 * initial.
 */
import type { Span } from "../../model/location.js";

export interface Sentence extends Span {
  readonly paragraph: Span;
}

export interface Paragraph extends Span {
  readonly sentences: readonly Sentence[];
}

/** Words that end with a full stop without ending a sentence. Lower case, without the stop. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "adm", "cmdr", "rep", "sen", "gov",
  "pres", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "pp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
  "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "ave", "blvd", "rd", "mt", "ft",
]);

const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«([";

function isSentenceStart(c: string | undefined): boolean {
  return c !== undefined && (/[\p{Lu}\p{N}]/u.test(c) || OPENERS.includes(c));
}

export function sentencesOf(view: string, block: Span): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(view, block.start, block.end);
  for (let i = start; i < block.end; i++) {
    const c = view[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let j = i + 1;
    while (j < block.end && (view[j] === "." || view[j] === "!" || view[j] === "?")) j++;
    while (j < block.end && CLOSERS.includes(view[j] ?? "")) j++;
    if (j < block.end && !/\s/.test(view[j] ?? "")) continue;
    const next = skipSpace(view, j, block.end);
    if (next >= block.end) break;
    if (!isSentenceStart(view[next])) continue;
    if (c === "." && isAbbreviation(view, start, i)) continue;
    out.push({ start, end: j, paragraph: block });
    start = next;
    i = next - 1;
  }
  const end = trimEnd(view, start, block.end);
  if (end > start) out.push({ start, end, paragraph: block });
  return out;
}

function isAbbreviation(view: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && /[\p{L}.]/u.test(view[k - 1] ?? "")) k--;
  const word = view.slice(k, dot).toLowerCase();
  if (word === "") return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Smith", "U.S."
  return ABBREVIATIONS.has(word.replace(/^\.+/, ""));
}

function skipSpace(view: string, i: number, end: number): number {
  while (i < end && /\s/.test(view[i] ?? "")) i++;
  return i;
}

function trimEnd(view: string, start: number, end: number): number {
  while (end > start && /\s/.test(view[end - 1] ?? "")) end--;
  return end;
}

export function paragraphsOf(view: string, blocks: readonly Span[]): Paragraph[] {
  return blocks.map((b) => ({ start: b.start, end: b.end, sentences: sentencesOf(view, b) }));
}
