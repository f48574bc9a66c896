/**
 * The name around a treaty head noun: proper modifiers before it ("the 1994
 * Budapest Memorandum", "the Iran nuclear deal", "New START treaty") or a
 * proper complement after a capitalised head ("Treaty of Versailles",
 * "Treaty on the Non-Proliferation of Nuclear Weapons").
 */
import type { Token } from "../text/tokens.js";
import { isCapitalized } from "../text/tokens.js";
import { MONTHS, NP_STOP, TREATY_INNER_WORDS, WEEKDAYS } from "../vocabulary.js";

const CONNECTORS = new Set(["of", "on", "the", "and", "for", "in", "concerning", "regarding", "to", "against", "establishing", "amending", "relating", "banning", "prohibiting"]);
// ...and the participles of official titles: "Treaty establishing a Constitution for Europe", "Convention relating to
// the Status of Refugees".
const POST_INTRO = new Set(["of", "on", "for", "between", "concerning", "regarding", "against", "establishing", "amending", "relating", "banning", "prohibiting"]);
/** Descriptions, not names: "EU-brokered", "Russia-backed", "US-led". */
const DESCRIPTIVE_SUFFIX = /^(?:brokered|backed|led|mediated|sponsored|drafted|proposed|supported|made)$/;
/** Nationality adjectives alone do not name an agreement ("a Russian deal"). */
const NATIONALITY = /(?:an|ian|ese|ish|i|ic)$/;

function isYear(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "num" && /^\d{4}$/.test(t.text) && Number(t.text) >= 1000 && Number(t.text) <= 2100;
}

export function nameAround(tokens: readonly Token[], head: number): { first: number; last: number; yearFirst: number | null } | null {
  // Proper modifiers before the head.
  let first = head;
  let proper = 0;
  let properWords: Token[] = [];
  let inner = 0;
  let yearFirst: number | null = null;
  for (let k = head - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if ((t.text === "-" || t.text === "–") && !t.spaced && prev?.kind === "word" && !tokens[k + 1]?.spaced) {
      if (DESCRIPTIVE_SUFFIX.test(tokens[k + 1]?.lower ?? "")) return postOnly(tokens, head, first > head ? head : first);
      continue;
    }
    if (isYear(t)) {
      yearFirst = k;
      if (prev && prev.lower in MONTHS && isCapitalized(prev)) yearFirst = k - 1;
      break;
    }
    // The dots of an initialism: "the 1992 U.N. Framework Convention".
    if (t.text === "." && !t.spaced && prev !== undefined && /^\p{Lu}$/u.test(prev.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) continue;
    if (t.kind !== "word") break;
    if (/['’]s$/.test(t.text) || tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === "’") break; // possessive: "Russia's"
    // Lower-case connectors inside a proper name: "Safety and Health in Mines Convention", "Right to Organise".
    if (["and", "of", "in", "on", "for", "to"].includes(t.lower) && proper > 0 && first === k + 1 && isCapitalized(tokens[k - 1]) && !NP_STOP.has(tokens[k - 1]!.lower)) continue;
    if (isCapitalized(t)) {
      if (k === 0 && NP_STOP.has(t.lower)) break; // a capitalised "The" at sentence start
      if (NP_STOP.has(t.lower) && t.lower !== "new") break;
      if (t.lower in MONTHS && isYear(tokens[k + 1])) break;
      proper++;
      properWords.push(t);
      first = k;
      continue;
    }
    if (TREATY_INNER_WORDS.has(t.lower) && tokens[k - 1] && (isCapitalized(tokens[k - 1]) || isYear(tokens[k - 1]) || TREATY_INNER_WORDS.has(tokens[k - 1]!.lower))) {
      inner++;
      first = k;
      continue;
    }
    break;
  }
  // A lower-case inner word must sit after a proper modifier or a year: "the 2020 trilateral statement".
  if (proper === 0 && inner > 0 && yearFirst === null) first = head;
  const onlyNationality = proper > 0 && properWords.every((w) => NATIONALITY.test(w.lower)) && !isCapitalized(tokens[head]);
  const hasPre = (proper > 0 && !onlyNationality) || yearFirst !== null;
  const post = isCapitalized(tokens[head]) ? postModifier(tokens, head) : null;
  // "the Armistice of 11 November 1918": a capitalised head named by the date it carries.
  if (!hasPre && post === null && isCapitalized(tokens[head]) && tokens[head + 1]?.lower === "of" && datedAfter(tokens, head + 2)) return { first: head, last: head, yearFirst: null };
  if (!hasPre && post === null) return null;
  // Names take "the" or nothing: "a Russian-brokered deal", "an ILO treaty" are descriptions.
  const article = tokens[(hasPre ? (yearFirst ?? first) : head) - 1]?.lower;
  if ((article === "a" || article === "an") && post === null) return null;
  if (!hasPre) first = head;
  if (first > head) first = head;
  return { first, last: post ?? head, yearFirst };
}

function postOnly(tokens: readonly Token[], head: number, first: number): { first: number; last: number; yearFirst: number | null } | null {
  const post = isCapitalized(tokens[head]) ? postModifier(tokens, head) : null;
  return post === null ? null : { first: Math.min(first, head), last: post, yearFirst: null };
}

/** "of Versailles", "on the Non-Proliferation of Nuclear Weapons": the last token of a proper complement, or null. */
function postModifier(tokens: readonly Token[], head: number): number | null {
  if (!POST_INTRO.has(tokens[head + 1]?.lower ?? "")) return null;
  let last: number | null = null;
  for (let k = head + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.text === "-" || t.text === "–") && !t.spaced && tokens[k + 1] && !tokens[k + 1]!.spaced) continue;
    if (t.kind === "word" && isCapitalized(t) && !(t.lower in MONTHS) && !(t.lower in WEEKDAYS)) {
      last = k;
      continue;
    }
    // "… on Climate Change and the U.N. Charter": a conjunction before an article starts another noun phrase.
    if (t.kind === "word" && (t.lower === "and" || t.lower === "or") && ["the", "a", "an", "its", "their"].includes(tokens[k + 1]?.lower ?? "")) break;
    if (t.kind === "word" && CONNECTORS.has(t.lower)) continue;
    // The medium a convention governs: "Safety of Life at Sea", "Carriage of Goods by Sea" (not a place: "at Geneva").
    if (t.kind === "word" && (t.lower === "at" || t.lower === "by") && ["sea", "air"].includes(tokens[k + 1]?.lower ?? "") && isCapitalized(tokens[k + 1])) continue;
    if (t.kind === "word" && (t.lower === "a" || t.lower === "an") && isCapitalized(tokens[k + 1])) continue; // "Charter of Paris for a New Europe"
    break;
  }
  return last;
}

/** A full date or a year right at token k ("11 November 1918", "1991"). */
function datedAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isYear(t)) return true;
  return t !== undefined && t.kind === "num" && /^\d{1,2}$/.test(t.text) && (tokens[k + 1]?.lower ?? "") in MONTHS;
}
