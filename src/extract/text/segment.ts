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
    if (c === "." && isAbbreviation(view, start, i, next)) continue;
    pushSentence(out, view, start, j, block);
    start = next;
    i = next - 1;
  }
  const end = trimEnd(view, start, block.end);
  if (end > start) pushSentence(out, view, start, end, block);
  return out;
}

/**
 * The longest sentence: news sentences run to a few hundred characters, and
 * much of the work on a claim reads its whole sentence. A longer run (a list,
 * a table flattened into prose, a text without stops) is cut at its last
 * semicolon, colon, comma or blank before the limit, so that the work stays
 * in proportion to the text.
 */
export const MAX_SENTENCE = 1500;

function pushSentence(out: Sentence[], view: string, start: number, end: number, paragraph: Span): void {
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(view, start, start + MAX_SENTENCE);
    out.push({ start, end: trimEnd(view, start, cut), paragraph });
    start = skipSpace(view, cut, end);
  }
  if (end > start) out.push({ start, end, paragraph });
}

/** Just after the last clause mark followed by a blank (else the last blank, else the limit) in the second half of (start, limit]. */
function cutPoint(view: string, start: number, limit: number): number {
  let blank = -1;
  for (let k = limit; k > start + MAX_SENTENCE / 2; k--) {
    const c = view[k - 1]!;
    if ((c === ";" || c === ":" || c === ",") && /\s/.test(view[k] ?? "")) return k;
    if (blank < 0 && /\s/.test(c)) blank = k;
  }
  return blank > 0 ? blank : limit;
}

/** Is this word (as written, without its stop) one that ends with a full stop without ending a sentence? */
export function isAbbreviationWord(word: string): boolean {
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Abbreviations that stand before a number only: "No. 10", "Fig. 3"; "voted no. Turnout" ends a sentence. */
const BEFORE_A_NUMBER = new Set(["no", "nos", "fig", "vol", "pp", "est"]);
/** Abbreviations of months and weekdays, written with a capital: "Sat. Jan. 5"; "under the sun. The" ends a sentence. */
const CAPITALISED = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;

function isAbbreviation(view: string, from: number, dot: number, next: number): boolean {
  let k = dot;
  while (k > from && /[\p{L}.]/u.test(view[k - 1] ?? "")) k--;
  const written = view.slice(k, dot);
  const word = written.toLowerCase();
  if (word === "") return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Smith", "U.S."
  const bare = word.replace(/^\.+/, "");
  if (BEFORE_A_NUMBER.has(bare) && !/[\d#]/.test(view[next] ?? "")) return false;
  if (CAPITALISED.test(bare) && !/^\.*\p{Lu}/u.test(written)) return false;
  return ABBREVIATIONS.has(bare);
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
