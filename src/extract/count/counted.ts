/**
 * Step 2 of count extraction: what a number counts. The counted noun phrase
 * after it ("four Pakistani soldiers"), and the measure: a casualty verb after
 * the phrase ("were killed") or before the number ("killing 12"), a measure
 * word ("300 dead", "12 deaths"), a toll ("the death toll rose to 40"), a
 * percentage, or else the counted noun itself in the singular.
 */
import { singular } from "../../lib/words.js";
import { isPluralNoun as isPlural } from "../text/nouns.js";
import type { Token } from "../text/tokens.js";
import { isCapitalized, matchWords } from "../text/tokens.js";
import {
  AUXILIARIES, GENERIC_PEOPLE, MEASUREMENT_UNITS, MEASURE_VERBS_AFTER, MEASURE_VERBS_BEFORE, MEASURE_WORDS, NP_STOP, TIME_UNITS,
} from "../vocabulary.js";
import type { NumberMention } from "./numbers-in-context.js";

export type MeasureSource = "percent" | "word" | "noun" | "verb-after" | "verb-before" | "toll" | "counted" | "shared";

export interface CountedPhrase {
  readonly mention: NumberMention;
  /** Tokens of the counted noun phrase (may be empty: "300 died"). */
  readonly npFirst: number;
  readonly npLast: number;
  readonly head: string | null;
  readonly measure: string | null;
  readonly source: MeasureSource | null;
  /** Token range of the whole claim text. */
  readonly textFirst: number;
  readonly textLast: number;
  readonly subgroup: boolean;
  /** A determiner before the number ("the two countries"): anaphoric, not a claim unless a casualty count. */
  readonly determined: boolean;
  /** Set when the number measures time, money or a physical quantity: not a count. */
  readonly notCount: boolean;
}

const DETERMINERS = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "this", "that", "whose"]);
const TOLL_LINKS = new Set(["rose", "risen", "rises", "rising", "climbed", "climbs", "jumped", "increased", "reached", "reaches", "stood", "stands", "stand", "is", "was", "has", "had", "have", "been", "to", "at", "of", "now", "hit", "hits", "passed", "topped", "surpassed", "exceeded", "grew", "mounted", "soared", "put", "puts", "already", "officially", "reportedly", "had", "currently", "increases"]);
const LIVES_VERBS = new Set(["claimed", "claiming", "claims", "cost", "costing", "costs", "took", "taking", "lost", "losing", "taken"]);

function isPluralNoun(t: Token): boolean {
  return isPlural(t.lower);
}

export function countedPhrase(tokens: readonly Token[], m: NumberMention): CountedPhrase {
  const base = { mention: m, textFirst: m.textFirst, textLast: m.textLast };
  const after = tokens[m.textLast + 1];
  // "the two countries" refers back; "the 450 seats" (a larger number) still tells how many.
  const determined = DETERMINERS.has(tokens[m.textFirst - 1]?.lower ?? "") && (m.value ?? 0) < 20;

  // Percentages: "40%", "40 percent", "40 per cent".
  if (after && (after.text === "%" || after.lower === "percent" || after.lower === "pc" || (after.lower === "per" && tokens[m.textLast + 2]?.lower === "cent"))) {
    const last = after.lower === "per" ? m.textLast + 2 : m.textLast + 1;
    return { ...base, npFirst: last + 1, npLast: last, head: null, measure: "percent", source: "percent", textLast: last, subgroup: false, determined, notCount: false };
  }

  // The noun phrase after the number ("dozens more", "12 other people" keep their head after the modifier).
  let k = m.textLast + 1;
  while (["more", "other", "others", "additional", "further", "fellow"].includes(tokens[k]?.lower ?? "") && tokens[k]?.lower !== "others") k++;
  let wordMeasure: string | null = null;
  const first = tokens[k];
  if (first && first.kind === "word" && MEASURE_WORDS[first.lower] && first.spaced) {
    wordMeasure = MEASURE_WORDS[first.lower]!;
  }
  const npFirst = k;
  let head: Token | null = null;
  let words = 0;
  for (; k < tokens.length && words < 5; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") {
      if ((t.text === "-" || t.text === "‑") && !t.spaced && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.spaced && head) continue;
      break;
    }
    if (t.kind !== "word") break;
    if (k === npFirst && wordMeasure) {
      // "300 dead", "1.2 million displaced": the measure word is the phrase; an "injured people" phrase may follow.
      head = t;
      words++;
      if (tokens[k + 1]?.kind === "word" && isPluralNoun(tokens[k + 1]!) && !NP_STOP.has(tokens[k + 1]!.lower)) continue;
      break;
    }
    if (NP_STOP.has(t.lower)) break;
    if (AUXILIARIES.has(t.lower)) break;
    head = t;
    words++;
    if (isPluralNoun(t) || TIME_UNITS.has(t.lower) || MEASUREMENT_UNITS.has(t.lower)) {
      const next = tokens[k + 1];
      if (next && next.kind === "word" && isPluralNoun(next) && !NP_STOP.has(next.lower) && !isCapitalized(next)) continue;
      k++;
      break;
    }
    if (/(?:ed|ing)$/.test(t.lower)) {
      const next = tokens[k + 1];
      if (!next || next.kind !== "word" || NP_STOP.has(next.lower)) {
        // A verb after the subject ("300 people gathered"), not a modifier: the phrase ended before it.
        if (words === 1) {
          head = null;
          words = 0;
        } else head = tokens[k - 1] ?? null;
        break;
      }
    }
  }
  // Partitives: "185 of the 450 seats" counts seats.
  if (head === null && tokens[k]?.lower === "of" && !["them", "us", "those", "whom", "which", "these"].includes(tokens[k + 1]?.lower ?? "")) {
    let p = k + 1;
    if (["the", "its", "their", "his", "her", "our"].includes(tokens[p]?.lower ?? "")) p++;
    if (tokens[p]?.kind === "num") p++;
    const t = tokens[p];
    if (t && t.kind === "word" && isPluralNoun(t) && !NP_STOP.has(t.lower) && !TIME_UNITS.has(t.lower)) {
      head = t;
      words = 1;
    }
  }
  const npLast = head ? head.index : npFirst - 1;
  const headLower = head?.lower ?? null;
  const notCount = headLower !== null && (TIME_UNITS.has(headLower) || MEASUREMENT_UNITS.has(headLower));
  const phraseWords = head ? tokens.slice(npFirst, npLast + 1).filter((t) => t.kind === "word") : [];
  const subgroup = head !== null && !wordMeasure && (!GENERIC_PEOPLE.has(headLower!) || phraseWords.length > 1);

  const result = (measure: string | null, source: MeasureSource | null, textFirst: number, textLast: number): CountedPhrase => ({
    mention: m, npFirst, npLast, head: headLower, measure, source, textFirst, textLast, subgroup, determined, notCount,
  });
  const npEnd = Math.max(npLast, m.textLast);

  // A casualty verb after the phrase: "were killed", "died", "lost their lives", allowing a short
  // prepositional phrase ("on both sides") and auxiliaries in between.
  if (!notCount) {
    const verb = verbAfter(tokens, npEnd + 1);
    if (verb && !wordMeasure) return result(verb.measure, "verb-after", m.textFirst, verb.last);
  }
  if (wordMeasure) return result(wordMeasure, "word", m.textFirst, npEnd);

  // Measure nouns: "12 deaths", "300 lives" (claimed/lost), "12 bodies", "30 injuries", "12 arrests".
  if (headLower === "deaths" || headLower === "fatalities" || headLower === "bodies") return result("killed", "noun", m.textFirst, npEnd);
  if (headLower === "lives" && !/^sav/.test(tokens[m.textFirst - 1]?.lower ?? "")) {
    const verbBefore = tokens[m.textFirst - 1]?.lower ?? "";
    const lostAfter = tokens[npEnd + 1]?.lower === "were" && tokens[npEnd + 2]?.lower === "lost";
    if (LIVES_VERBS.has(verbBefore)) return result("killed", "noun", m.textFirst - 1, npEnd);
    if (lostAfter) return result("killed", "noun", m.textFirst, npEnd + 2);
  }
  if (headLower === "injuries") return result("wounded", "noun", m.textFirst, npEnd);
  if (headLower === "arrests" || headLower === "detentions") return result("arrested", "noun", m.textFirst, npEnd);
  if (headLower === "evacuees") return result("evacuated", "noun", m.textFirst, npEnd);

  // A casualty verb before the number: "killing 12", "killed at least 12 people".
  const vb = tokens[m.textFirst - 1];
  if (vb && MEASURE_VERBS_BEFORE[vb.lower] && !notCount) return result(MEASURE_VERBS_BEFORE[vb.lower]!, "verb-before", m.textFirst - 1, npEnd);

  // A toll: "the death toll rose to 40", "a death toll of 40", "the number of dead reached 40".
  const toll = tollBefore(tokens, m.textFirst);
  if (toll !== null && !notCount) return result("killed", "toll", toll, npEnd);

  if (notCount || head === null) return result(null, null, m.textFirst, npEnd);
  // More than one of a singular noun is no count: "the 2010 treaty", "a 1,550 limit" use the number as a modifier.
  if ((m.value ?? 2) !== 1 && !isPluralNoun(head)) return result(null, null, m.textFirst, npEnd);
  return result(singular(headLower!), "counted", m.textFirst, npEnd);
}

function verbAfter(tokens: readonly Token[], k: number): { measure: string; last: number } | null {
  let j = k;
  // A short prepositional phrase: "in the attack", "on both sides", "from the village".
  if (["in", "on", "at", "from", "across", "near", "inside", "during", "of", "among"].includes(tokens[j]?.lower ?? "")) {
    let p = j + 1;
    while (p < tokens.length && p <= j + 5 && tokens[p]!.kind === "word" && !AUXILIARIES.has(tokens[p]!.lower) && !measureVerbAt(tokens, p)) p++;
    if (measureVerbAt(tokens, p) || AUXILIARIES.has(tokens[p]?.lower ?? "")) j = p;
  }
  let aux = 0;
  while (aux < 4 && AUXILIARIES.has(tokens[j]?.lower ?? "")) {
    j++;
    aux++;
  }
  if (tokens[j]?.text === "," || tokens[j]?.lower === "and") return null;
  return measureVerbAt(tokens, j);
}

function measureVerbAt(tokens: readonly Token[], j: number): { measure: string; last: number } | null {
  for (const [words, measure] of MEASURE_VERBS_AFTER) {
    if (matchWords(tokens, j, words)) return { measure, last: j + words.length - 1 };
  }
  return null;
}

function tollBefore(tokens: readonly Token[], first: number): number | null {
  let j = first - 1;
  let steps = 0;
  while (j >= 0 && steps < 5 && TOLL_LINKS.has(tokens[j]!.lower)) {
    j--;
    steps++;
  }
  if (steps === 0) return null;
  // "the death toll from the earthquake rose to": a short phrase may sit between the toll and its verb.
  for (let back = 0; back < 5 && j >= 0 && tokens[j]!.kind === "word" && tokens[j]!.lower !== "toll" && !["dead", "deaths", "killed", "fatalities", "victims"].includes(tokens[j]!.lower); back++) j--;
  const t = tokens[j];
  if (t?.lower === "toll") return tokens[j - 1]?.lower === "death" ? j - 1 : j;
  if (t && ["dead", "deaths", "killed", "fatalities", "victims"].includes(t.lower) && tokens[j - 1]?.lower === "of" && tokens[j - 2]?.lower === "number") return j - 2;
  return null;
}
