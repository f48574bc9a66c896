/**
 * Step 2 of count extraction: what a number counts. The counted noun phrase
 * after it ("four Pakistani soldiers", "185 of the 450 seats"), and the
 * measure: a casualty verb after the phrase ("were killed", "who died",
 * "were among the dead") or before the number ("killing 12"), a measure word
 * ("300 dead", "12 deaths"), a toll ("the death toll rose to 40"), a
 * percentage, or else the counted noun itself in the singular.
 */
import { endsNumber, isNumberWord } from "../numbers.js";
import { singular } from "../../lib/words.js";
import { isPluralNoun as isPlural } from "../text/nouns.js";
import type { Token } from "../text/tokens.js";
import { isCapitalized, matchWords } from "../text/tokens.js";
import {
  AUXILIARIES, CURRENCY_WORDS, MAGNITUDES, GENERIC_PEOPLE, MEASUREMENT_UNITS, MEASURE_VERBS_AFTER, MEASURE_VERBS_BEFORE, MEASURE_WORDS, NOT_COUNTED,
  MONTHS, NP_STOP, PEOPLE_NOUNS, TIME_UNITS, WEEKDAYS,
} from "../vocabulary.js";
import type { NumberMention } from "./numbers-in-context.js";
import { sizeCompound } from "./numbers-in-context.js";

export type MeasureSource = "percent" | "word" | "noun" | "verb-after" | "verb-before" | "toll" | "counted" | "shared" | "elliptic" | "anaphora";

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
  /** The counted noun is narrowed by a verb, a rate, a relative clause, a place or a partitive (see CountClaim). */
  readonly qualified: boolean;
  /** "1 million passengers a day". */
  readonly rate: boolean;
  /** The place after the count ("in a sports stadium"), when it names one. */
  readonly location: string | null;
  /** The verb the count is the object or subject of ("rescued 11 people", "nine miners were rescued"), lower case. */
  readonly verb: string | null;
  /** A bound the verb before the number gives an unqualified count ("Cholera cases top 2,400" → more than). */
  readonly bound?: "more_than";
}

/** Participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set(["won", "held", "made", "given", "sent", "taken", "left", "built", "sold", "run", "found", "brought", "drawn", "hit", "lost", "shot", "struck", "kept", "caught", "freed", "seen", "fled"]);
const isVerbForm = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word" && (/[a-z]{2}(?:ed|ing)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower));

/**
 * The verb a count hangs on: right before it ("firefighters rescued 11 people") or after its noun phrase, past
 * auxiliaries and a relative pronoun ("nine miners were rescued", "31 workers who were trapped").
 */
function governingVerb(tokens: readonly Token[], textFirst: number, npEnd: number): string | null {
  const before = tokens[textFirst - 1];
  if (isVerbForm(before) && !/^\p{Lu}/u.test(before.text)) return before.lower;
  let k = npEnd + 1;
  if (["who", "that", "which"].includes(tokens[k]?.lower ?? "")) k++;
  while (AUXILIARIES.has(tokens[k]?.lower ?? "") || /^[a-z]+ly$/.test(tokens[k]?.lower ?? "")) k++;
  const after = tokens[k];
  return k > npEnd + 1 && isVerbForm(after) && !after.lower.endsWith("ing") ? after.lower : null;
}

/** Nouns of places: "in a sports stadium", "at the border crossing", "in the capital". */
const PLACE_NOUNS = new Set(["stadium", "village", "villages", "city", "town", "capital", "district", "province", "region", "hospital", "prison", "camp", "camps", "market", "school", "mosque", "church", "square", "street", "building", "station", "airport", "port", "base", "border", "crossing", "neighbourhood", "neighborhood", "suburb", "suburbs", "outskirts", "area", "areas", "centre", "center", "court", "jail", "facility", "compound"]);

/** The place after a count: "in/at/inside" and a short phrase with a proper name or a place noun. */
function locationAfter(tokens: readonly Token[], k: number): string | null {
  if (!["in", "at", "inside", "outside", "near"].includes(tokens[k]?.lower ?? "")) return null;
  const words: Token[] = [];
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    if (["on", "and", "or", "after", "before", "when", "as", "while", "during", "since", "for", "by", "with"].includes(t.lower)) break;
    words.push(t);
  }
  const named = words.some((w) => (/^\p{Lu}/u.test(w.text) && !(w.lower in MONTHS) && !(w.lower in WEEKDAYS)) || PLACE_NOUNS.has(w.lower));
  return named ? words.filter((w) => !["the", "a", "an", "its", "their", "of"].includes(w.lower)).map((w) => w.text).join(" ") : null;
}

const RATE = [["a", "day"], ["a", "week"], ["a", "month"], ["a", "year"], ["per", "day"], ["per", "week"], ["per", "month"], ["per", "year"], ["each", "day"], ["every", "day"], ["daily"], ["weekly"], ["annually"], ["a", "night"]];

/** Is the counted phrase narrowed by what surrounds it? */
function isQualified(tokens: readonly Token[], textFirst: number, npEnd: number, partitive: boolean): boolean {
  if (partitive) return true;
  if (["in", "across", "at", "from"].includes(tokens[textFirst - 1]?.lower ?? "")) return true;
  let k = npEnd + 1;
  if (RATE.some((r) => matchWords(tokens, k, r))) return true;
  if (["who", "whose", "that", "which", "where", "whom"].includes(tokens[k]?.lower ?? "")) return true;
  while (AUXILIARIES.has(tokens[k]?.lower ?? "") || /^[a-z]+ly$/.test(tokens[k]?.lower ?? "")) k++;
  const v = tokens[k];
  return v !== undefined && v.kind === "word" && k > npEnd && (/[a-z]ed$/.test(v.lower) || ["won", "held", "made", "given", "sent", "taken", "left", "built", "sold", "run"].includes(v.lower)) && !measureVerbAt(tokens, k);
}

/** Determiners of a plural count ("this"/"that" before a plural are conjunctions: "said that 11 hospitals..."). */
const DETERMINERS = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "whose"]);
const TOLL_LINKS = new Set([
  "rose", "risen", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "jumps", "increased", "reached", "reaches", "stood",
  "stands", "stand", "is", "was", "has", "had", "have", "been", "to", "at", "of", "now", "hit", "hits", "passed", "pass", "passes",
  "past", "topped", "tops", "surpassed", "exceeded", "exceeds", "grew", "mounted", "soared", "put", "puts", "already", "officially",
  "reportedly", "currently", "increases", "risen", "further", "down",
]);
const LIVES_VERBS = new Set(["claimed", "claiming", "claims", "cost", "costing", "costs", "took", "taking", "lost", "losing", "taken"]);
/** Parentheticals skipped between a counted phrase and its verb: "four employees, including the driver, were detained". */
const PARENTHETICAL = new Set(["including", "among", "mostly", "many", "most", "all", "some", "such", "both", "according"]);
const ENDS_NOUN_PHRASE = new Set(["of", "and", "or", "as"]);

function isPluralNoun(t: Token): boolean {
  return isPlural(t.lower);
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word";
}

interface NounPhrase {
  readonly first: number;
  /** Token index of the head, or -1. */
  readonly head: number;
  readonly wordMeasure: string | null;
  /** The casualty word of a partitive's set ("Nine of the missing men"): what the part is a part of. */
  readonly setMeasure?: string;
}

/** The counted noun phrase from token k: modifiers up to a plural head (or a single head noun for one). */
function nounPhrase(tokens: readonly Token[], start: number): NounPhrase {
  let k = start;
  while (["more", "other", "additional", "further", "fellow"].includes(tokens[k]?.lower ?? "")) k++;
  const first = k;
  const t0 = tokens[k];
  // "Death" before another plural noun is its modifier, and that noun what is counted: "430 death certificates", "12
  // death sentences" (an adjective still counts its casualties: "300 dead bodies", "12 injured people").
  const modifier = t0?.lower === "death" && isWord(tokens[k + 1]) && isPluralNoun(tokens[k + 1]!) && !NP_STOP.has(tokens[k + 1]!.lower) && !GENERIC_PEOPLE.has(tokens[k + 1]!.lower);
  const wordMeasure = isWord(t0) && MEASURE_WORDS[t0.lower] && t0.spaced && !modifier ? MEASURE_WORDS[t0.lower]! : null;
  if (wordMeasure) {
    // "300 dead", "1.2 million displaced", or a participle before a plural noun: "12 injured people".
    const next = tokens[k + 1];
    return { first, head: isWord(next) && isPluralNoun(next) && !NP_STOP.has(next.lower) ? k + 1 : k, wordMeasure };
  }
  let head = -1;
  let words = 0;
  for (; k < tokens.length && words < 5; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") {
      // Hyphenated compounds: "Armenian-backed", "Covid-19 vaccine doses".
      if ((t.text === "-" || t.text === "‑") && !t.spaced && head >= 0 && tokens[k + 1] && !tokens[k + 1]!.spaced && tokens[k + 1]!.kind !== "punct") continue;
      // The dots of an initialism: "2,400 U.S. service members".
      if (t.text === "." && !t.spaced && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? "") && (/^\p{Lu}$/u.test(tokens[k + 1]?.text ?? "") || (isWord(tokens[k + 1]) && tokens[k + 1]!.spaced))) continue;
      break;
    }
    if (t.kind === "num") {
      if (!t.spaced && tokens[k - 1]?.text === "-") continue;
      break;
    }
    if (NP_STOP.has(t.lower) || AUXILIARIES.has(t.lower)) {
      // A participle right after the number before a plural noun is a modifier: "64 confirmed deaths", "12 reported cases".
      const next = tokens[k + 1];
      if (head < 0 && /[a-z]ed$/.test(t.lower) && isWord(next) && isPluralNoun(next) && !NP_STOP.has(next.lower) && !AUXILIARIES.has(next.lower)) continue;
      // Coordinated modifiers: "domestic and foreign observers".
      if ((t.lower === "and" || t.lower === "or") && head >= 0 && !isPluralNoun(tokens[head]!) && isWord(tokens[k + 1]) && !NP_STOP.has(tokens[k + 1]!.lower)) {
        const after = tokens[k + 2];
        if (isPluralNoun(tokens[k + 1]!) || (isWord(after) && isPluralNoun(after))) continue;
      }
      break;
    }
    head = k;
    words++;
    if (isPluralNoun(t) || TIME_UNITS.has(t.lower) || MEASUREMENT_UNITS.has(t.lower)) {
      const next = tokens[k + 1];
      if (isWord(next) && isPluralNoun(next) && !NP_STOP.has(next.lower) && !isCapitalized(next)) continue;
      break;
    }
    if (/(?:ed|ing)$/.test(t.lower)) {
      const next = tokens[k + 1];
      if (!isWord(next) || NP_STOP.has(next.lower)) {
        // A verb after the subject ("300 people gathered"), not a modifier: the phrase ended before it.
        head = words === 1 ? -1 : k - 1;
        break;
      }
    }
  }
  if (head < 0 && tokens[k]?.lower === "of") return partitive(tokens, k, first);
  return { first, head, wordMeasure: null };
}

const SET_QUALIFIERS = new Set(["about", "roughly", "some", "nearly", "almost", "around", "approximately", "over"]);

/** "185 of the 450 seats", "more than 40 of the mine's gas sensors": the phrase after "of" names what is counted. */
function partitive(tokens: readonly Token[], of: number, first: number): NounPhrase {
  if (["them", "us", "those", "whom", "which", "these", "it"].includes(tokens[of + 1]?.lower ?? "")) return { first, head: -1, wordMeasure: null };
  let p = of + 1;
  if (["the", "its", "their", "his", "her", "our", "all"].includes(tokens[p]?.lower ?? "")) p++;
  if (isWord(tokens[p]) && /['’]s$/.test(tokens[p]!.text)) p++; // "the country's"
  // The set's own count may be qualified: "13 million of roughly 15 million eligible voters".
  if (SET_QUALIFIERS.has(tokens[p]?.lower ?? "") && tokens[p + 1]?.kind === "num") p++;
  const counted = tokens[p]?.kind === "num";
  if (counted) p++;
  // A participle before the noun: "two of the 19 injured passengers".
  let setMeasure: string | undefined;
  if (isWord(tokens[p]) && (MEASURE_WORDS[tokens[p]!.lower] || /[a-z]ed$/.test(tokens[p]!.lower)) && isWord(tokens[p + 1]) && isPluralNoun(tokens[p + 1]!) && !NP_STOP.has(tokens[p + 1]!.lower)) {
    if (!counted && CASUALTY_WORDS.has(tokens[p]!.lower)) setMeasure = MEASURE_WORDS[tokens[p]!.lower];
    p++;
  }
  for (let q = p; q < p + 3; q++) {
    const t = tokens[q];
    if (!isWord(t) || NP_STOP.has(t.lower)) break;
    if (isPluralNoun(t) && !TIME_UNITS.has(t.lower)) return { first, head: q, wordMeasure: null, ...(setMeasure ? { setMeasure } : {}) };
  }
  return { first, head: -1, wordMeasure: null };
}

export function countedPhrase(tokens: readonly Token[], m: NumberMention): CountedPhrase {
  const base = { mention: m, textFirst: m.textFirst, textLast: m.textLast };
  const after = tokens[m.textLast + 1];
  // "the two countries", "the other two victims" refer back; "the 450 seats" (a larger number) still tells how many.
  let d = m.textFirst - 1;
  while (["other", "remaining", "last", "first", "same"].includes(tokens[d]?.lower ?? "")) d--;
  const determined = DETERMINERS.has(tokens[d]?.lower ?? "") && (m.value ?? 0) < 20;

  // Percentages: "40%", "40 percent", "40 per cent".
  if (after && (after.text === "%" || after.lower === "percent" || after.lower === "pc" || (after.lower === "per" && tokens[m.textLast + 2]?.lower === "cent"))) {
    const last = after.lower === "per" ? m.textLast + 2 : m.textLast + 1;
    // A place may restrict it: "less than 40 percent in the three Limberg city districts".
    return { ...base, npFirst: last + 1, npLast: last, head: null, measure: "percent", source: "percent", textLast: last, subgroup: false, determined, notCount: false, qualified: false, rate: false, location: locationAfter(tokens, last + 1), verb: null };
  }

  // A fact box's label: "Dead: 29 according to police", "Injured: 143 treated, 38 still in hospital".
  const label = labelBefore(tokens, m.textFirst);
  if (label !== null) {
    return { ...base, npFirst: m.textLast + 1, npLast: m.textLast, head: null, measure: label.measure, source: "word", textFirst: label.at, subgroup: false, determined: false, notCount: false, qualified: false, rate: false, location: null, verb: null };
  }

  // The size of a body: "the 151-seat parliament" counts seats.
  if (sizeCompound(tokens, m.textLast)) {
    const unit = tokens[m.textLast + 2]!.lower;
    return { ...base, npFirst: m.textLast + 2, npLast: m.textLast + 3, head: unit, measure: singular(unit), source: "counted", textLast: m.textLast + 3, subgroup: false, determined: false, notCount: false, qualified: false, rate: false, location: null, verb: null };
  }

  let np = nounPhrase(tokens, m.textLast + 1);
  // More than one of a singular word is no counted noun: "the 2010 treaty" (a modifier), "Thousands flee" (a verb) —
  // but a people's name is its own plural when a verb follows: "6,700 Rohingya were killed", "37 Japanese died".
  const people = np.head >= 0 && np.head === np.first && isCapitalized(tokens[np.head]) && !isPluralNoun(tokens[np.head]!) && (AUXILIARIES.has(tokens[np.head + 1]?.lower ?? "") || measureVerbAt(tokens, np.head + 1) !== null);
  if (np.head >= 0 && !np.wordMeasure && (m.value ?? 2) !== 1 && !isPluralNoun(tokens[np.head]!) && !people) np = { first: np.first, head: -1, wordMeasure: null };
  const headTok = np.head >= 0 ? tokens[np.head]! : null;
  const headLower = headTok?.lower ?? null;
  const npFirst = np.first;
  const npLast = np.head >= 0 ? np.head : npFirst - 1;
  const unit = (w: string | undefined) => w !== undefined && (TIME_UNITS.has(w) || MEASUREMENT_UNITS.has(w) || CURRENCY_WORDS.has(w) || NOT_COUNTED.has(w));
  // "11 times earnings", "30 km stretches": a unit right after the number, or as the head.
  // "Points" are a unit right after the number or after "percentage" or "basis", and a noun after another modifier:
  // "five crossing points".
  const pointsNoun = (headLower === "points" || headLower === "point") && np.head > np.first && !["percentage", "basis"].includes(tokens[np.head - 1]!.lower);
  const notCount = (headLower !== null && unit(headLower) && !pointsNoun) || (np.head >= np.first && unit(tokens[np.first]?.lower));
  const phraseWords = headTok ? tokens.slice(npFirst, npLast + 1).filter((t) => t.kind === "word" && t.lower !== "of" && t.lower !== "the") : [];
  const subgroup = headTok !== null && !np.wordMeasure && (!GENERIC_PEOPLE.has(headLower!) || phraseWords.length > 1);

  // "Nearly 2.9 million of the country's 4.7 million registered voters": the set has a count of its own, so the
  // claim's text ends with its number (its counted noun is still the set's).
  const ownSet = np.head >= 0 && tokens.slice(np.first, np.head).some((t) => t.lower === "of") && tokens.slice(np.first, np.head).some((t) => t.kind === "num");
  const npEnd = ownSet ? m.textLast : Math.max(npLast, m.textLast);
  const partitive = np.head >= 0 && tokens.slice(np.first, np.head).some((t) => t.lower === "of");
  const qualified = isQualified(tokens, m.textFirst, npEnd, partitive);
  const rate = RATE.some((r) => matchWords(tokens, npEnd + 1, r));
  let past = npEnd + 1;
  for (let guard = 0; guard < 8; guard++) {
    const verb = measureVerbAt(tokens, past);
    if (verb) past = verb.last + 1;
    else if (AUXILIARIES.has(tokens[past]?.lower ?? "") || /^[a-z]+ly$/.test(tokens[past]?.lower ?? "")) past++;
    else break;
  }
  const location = locationAfter(tokens, past);
  const governing = governingVerb(tokens, m.textFirst, npEnd);
  const result = (measure: string | null, source: MeasureSource | null, textFirst: number, textLast: number): CountedPhrase => ({
    mention: m, npFirst, npLast, head: headLower, measure, source, textFirst, textLast, subgroup, determined, notCount, qualified, rate, location, verb: governing,
  });
  if (notCount) return result(null, null, m.textFirst, npEnd);
  // A place's size: "the territory of about 270,000 people", "a city of 2 million" is its population, not a count of
  // what happened.
  // ("a population of more than 85 million" is one whatever word comes after it: "… 85 million pushes onto the slopes".)
  const ofWhat = tokens[m.textFirst - 1]?.lower === "of" ? (tokens[m.textFirst - 2]?.lower ?? "") : "";
  const inhabitants = headLower === null || ["people", "inhabitants", "residents", "souls"].includes(headLower);
  if ((POPULATED_PLACES.has(ofWhat) && inhabitants) || ofWhat === "population") {
    return result("population", "word", m.textFirst, inhabitants ? npEnd : m.textLast);
  }
  // ...and so is a place's people in a phrase the sentence opens with: "With some 400,000 people, Malta would be the
  // smallest member".
  if (headLower !== null && inhabitants && tokens[m.textFirst - 1]?.lower === "with" && m.textFirst - 1 === 0 && tokens[npEnd + 1]?.text === "," && isCapitalized(tokens[npEnd + 2])) {
    return result("population", "word", m.textFirst, npEnd);
  }

  // A casualty verb after the phrase: "were killed", "died", "who died", "were among the dead".
  // The set of a partitive is not what the verb after it tells of, its part is ("five of its 17 employees were
  // still missing").
  const verb = np.wordMeasure || partitiveSetAt(tokens, m.textFirst) ? null : hurtOrNoun(tokens, verbAfter(tokens, npEnd + 1), headLower);
  if (verb) return result(verb.measure, "verb-after", m.textFirst, verb.last);
  // After a set with a count of its own, the verb is the part's: "two of the 19 injured passengers died" (the text
  // still ends with the part's number).
  const partVerb = ownSet ? verbAfter(tokens, npLast + 1) : null;
  if (partVerb) return result(partVerb.measure, "verb-after", m.textFirst, m.textLast);
  if (np.wordMeasure) return result(np.wordMeasure, "word", m.textFirst, npEnd);
  // A part of a set its casualty word names, with no verb of its own: "Nine of the missing men worked for Transocean".
  if (np.setMeasure) return result(np.setMeasure, "word", m.textFirst, npEnd);
  // A noun naming the cause before a casualty word: "16,000 tsunami dead", "40 flood victims missing" is not that.
  const cause = tokens[m.textLast + 1];
  const word = tokens[m.textLast + 2];
  if (isWord(cause) && /^\p{Ll}+$/u.test(cause.text) && !isPluralNoun(cause) && !NP_STOP.has(cause.lower) && !AUXILIARIES.has(cause.lower) && isWord(word) && CASUALTY_WORDS.has(word.lower)) {
    return result(MEASURE_WORDS[word.lower]!, "word", m.textFirst, m.textLast + 2);
  }

  // Measure nouns: "12 deaths", "300 lives" (claimed/lost), "12 bodies", "30 injuries", "12 arrests".
  if (headLower === "deaths" || headLower === "fatalities" || headLower === "bodies") return result("killed", "noun", m.textFirst, npEnd);
  if (headLower === "lives" && !/^sav/.test(tokens[m.textFirst - 1]?.lower ?? "")) {
    const verbBefore = tokens[m.textFirst - 1]?.lower ?? "";
    const lostAfter = tokens[npEnd + 1]?.lower === "were" && tokens[npEnd + 2]?.lower === "lost";
    if (LIVES_VERBS.has(verbBefore)) return result("killed", "noun", m.textFirst - 1, npEnd);
    if (lostAfter) return result("killed", "noun", m.textFirst, npEnd + 2);
    // "with the loss of more than 1,500 lives".
    if (verbBefore === "of" && tokens[m.textFirst - 2]?.lower === "loss") return result("killed", "noun", m.textFirst - 3 >= 0 && tokens[m.textFirst - 3]?.lower === "the" ? m.textFirst - 3 : m.textFirst - 2, npEnd);
  }
  if (headLower === "injuries") return result("wounded", "noun", m.textFirst, npEnd);
  if (headLower === "arrests" || headLower === "detentions") return result("arrested", "noun", m.textFirst, npEnd);
  if (headLower === "evacuees") return result("evacuated", "noun", m.textFirst, npEnd);

  // A casualty verb before the number: "killing 12", "killed at least 12 people", "lost 1.4 million soldiers",
  // "forced about 190,000 people from their homes".
  // "killing all 90 people on board", "killing its two pilots", "killed the 29 miners": "all" or a determiner may
  // sit between.
  let vbAt = m.textFirst - 1;
  for (let k = m.textFirst - 1; k >= m.textFirst - 2 && BEFORE_VERB_DETERMINERS.has(tokens[k]?.lower ?? ""); k--) {
    const at = tokens[k - 1]?.lower ?? "";
    if (MEASURE_VERBS_BEFORE[at] || (at === "dead" && tokens[k - 2]?.lower === "shot")) {
      vbAt = k - 1;
      break;
    }
  }
  const vb = tokens[vbAt];
  if (vb && MEASURE_VERBS_BEFORE[vb.lower]) return result(MEASURE_VERBS_BEFORE[vb.lower]!, "verb-before", vbAt, npEnd);
  // "shot dead 12 fellow students".
  if (vb?.lower === "dead" && tokens[vbAt - 1]?.lower === "shot") return result("killed", "verb-before", vbAt - 1, npEnd);
  if (vb && (vb.lower === "lost" || vb.lower === "losing") && headLower !== null && PEOPLE_NOUNS.has(headLower)) return result("killed", "verb-before", m.textFirst - 1, npEnd);
  if (vb && ["forced", "forcing", "drove", "driven", "driving", "uprooted"].includes(vb.lower) && matchWords(tokens, npEnd + 1, ["from"])) {
    return result("displaced", "verb-before", m.textFirst - 1, npEnd);
  }
  // People moved out of harm's way: "moved about 500,000 people in West Bengal to safety", "relocated 2,000 to shelters".
  if (vb && ["moved", "moving", "relocated", "relocating", "shifted", "shifting", "ferried"].includes(vb.lower) && toSafety(tokens, npEnd + 1)) {
    return result("evacuated", "verb-before", m.textFirst - 1, npEnd);
  }

  // A tally of a vote: "voted 153 for and 146 against", "voting 68 in favour".
  const side = tokens[npEnd + 1]?.lower ?? "";
  if (headTok === null && vb && /^vot(?:ed|ing)$/.test(vb.lower) && (side === "for" || side === "against" || (side === "in" && /^favou?r$/.test(tokens[npEnd + 2]?.lower ?? "")))) {
    return result("vote", "verb-before", vbAt, npEnd);
  }
  // ...or a bare figure "in favour" with no verb: "The vote was 154 in favor, three against and 23 abstentions".
  if (headTok === null && side === "in" && /^favou?r$/.test(tokens[npEnd + 2]?.lower ?? "") && tokens[npEnd + 3]?.lower !== "of") {
    return result("vote", "noun", m.textFirst, npEnd + 2);
  }
  // "the deaths of at least 11 patients", "the killing of 12 protesters", "cost the lives of more than 45,000 U.S.
  // servicemen" (not "saved the lives of").
  if (vb?.lower === "of" && ["deaths", "death", "killing", "killings", "murder", "murders"].includes(tokens[m.textFirst - 2]?.lower ?? "")) return result("killed", "noun", m.textFirst - 2, npEnd);
  if (vb?.lower === "of" && tokens[m.textFirst - 2]?.lower === "lives" && tokens[m.textFirst - 3]?.lower === "the" && LIVES_VERBS.has(tokens[m.textFirst - 4]?.lower ?? "")) return result("killed", "noun", m.textFirst - 4, npEnd);
  // ...and an evacuation's: "forced the evacuation of about 800 people" ("the arrest of 12" may be only ordered).
  const action = vb?.lower === "of" ? NOUNS_OF_ACTION[tokens[m.textFirst - 2]?.lower ?? ""] : undefined;
  if (action !== undefined) return result(action, "noun", m.textFirst - 2, npEnd);

  // Inverted: "Among the wounded were a dozen civilians".
  const inverted = invertedMeasure(tokens, m.textFirst);
  if (inverted) return result(inverted, "verb-after", m.textFirst, npEnd);

  // A toll: "the death toll rose to 40", "a death toll of 40", "the number of dead reached 40".
  const toll = tollBefore(tokens, m.textFirst);
  if (toll !== null) return result("killed", "toll", toll, npEnd);
  const numberOf = headTok === null ? numberOfBefore(tokens, m.textFirst) : null;
  if (numberOf) return result(numberOf.measure, "toll", numberOf.start, npEnd);
  // The subject of a verb of change counts: "Asylum applications rose to 29,800", "cases climbed to 74".
  const subject = headTok === null ? subjectBefore(tokens, m.textFirst) : -1;
  if (subject >= 0) return result(nounMeasure(tokens[subject]!.lower), "toll", subject, npEnd);
  // A threshold passed by a plural subject: "Cholera cases top 2,400", "Applications passed 30,000".
  const over = headTok === null ? thresholdSubject(tokens, m.textFirst) : -1;
  if (over >= 0) return { ...result(nounMeasure(tokens[over]!.lower), "toll", over, npEnd), ...(tokens[m.textFirst - 1]?.lower === "top" ? { bound: "more_than" as const } : {}) };

  // A tally named after its new figure: "bringing to 57 the number of bodies recovered".
  const carried = headTok === null ? tallyAfter(tokens, m.textFirst, npEnd) : null;
  if (carried !== null) return result(carried, "toll", m.textFirst - 2, npEnd);

  // A figure revised by reference: "raised it to 27", "corrected the figure to 181" — the count it refers to says
  // what it counts (see index.ts).
  const revised = headTok === null ? revisedFigureBefore(tokens, m.textFirst) : -1;
  if (revised >= 0) return result(null, "anaphora", revised, npEnd);

  // A part of a set the sentence opens with: "Of the 22 who died, 14 were Australians", "Of the deaths tallied by
  // Wednesday, 1,832 were in the Sud department".
  // (A part that names its own noun after a copula counts that: "Of the candidates, 12 were women".)
  const ownNoun = ["are", "were"].includes(tokens[npEnd + 1]?.lower ?? "") && isWord(tokens[npEnd + 2]) && isPluralNoun(tokens[npEnd + 2]!) && !NP_STOP.has(tokens[npEnd + 2]!.lower);
  const fronted = headTok === null ? frontedSet(tokens, m.textFirst, !ownNoun) : null;
  if (fronted !== null) {
    const cop = tokens[npEnd + 1];
    let last = npEnd;
    // What the part is ("were Australians", "were New Zealanders", "were children"; a list item's "43 Domiri")
    // belongs to its text.
    for (let k = npEnd + 1; k < tokens.length && k <= npEnd + 3 && isWord(tokens[k]) && isCapitalized(tokens[k]); k++) last = k;
    if (cop?.lower === "were" || cop?.lower === "was") {
      let k = npEnd + 2;
      while (k < tokens.length && k <= npEnd + 4 && isWord(tokens[k]) && isCapitalized(tokens[k])) last = k++;
      if (last === npEnd && isWord(tokens[k]) && isPluralNoun(tokens[k]!) && !NP_STOP.has(tokens[k]!.lower)) last = k;
    }
    return { ...result(fronted, "shared", m.textFirst, last), subgroup: true };
  }

  if (headTok === null) {
    // "36.4 million are refugees": the noun after a copula.
    const cop = tokens[npEnd + 1];
    const noun = tokens[npEnd + 2];
    if ((cop?.lower === "are" || cop?.lower === "were") && isWord(noun) && isPluralNoun(noun) && !NP_STOP.has(noun.lower)) {
      return result(singular(noun.lower), "counted", m.textFirst, npEnd + 2);
    }
    return result(null, null, m.textFirst, npEnd);
  }
  return result(singular(headTok.lower), "counted", m.textFirst, npEnd);
}

/** Past an insertion set off by commas right at `j`, if there is one; else `j`. */
function pastInsertion(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ",") return j;
  // A parenthetical: ", including the driver,", ", including 275 Iranian pilgrims,".
  if (PARENTHETICAL.has(tokens[j + 1]?.lower ?? "")) {
    let p = j + 1;
    while (p < tokens.length && p < j + 10 && tokens[p]!.text !== ",") p++;
    return tokens[p]?.text === "," ? p + 1 : j;
  }
  // Any other insertion set off by commas, when the verb comes right after it: "about 2,000 people, out of a
  // population of roughly 6,000, were forced from their homes", "about 800,000 people, most of them ethnic Tutsis,
  // were slaughtered".
  let p = j + 1;
  while (p < tokens.length && p < j + 12 && tokens[p]!.text !== "," && !(tokens[p]!.kind === "punct" && /[.;:!?()]/.test(tokens[p]!.text))) p++;
  let q = p + 1;
  while (q < p + 4 && (AUXILIARIES.has(tokens[q]?.lower ?? "") || /^[a-z]+ly$/.test(tokens[q]?.lower ?? ""))) q++;
  return tokens[p]?.text === "," && p > j + 1 && measureVerbAt(tokens, q) ? p + 1 : j;
}

/** A verb's measure and its last word; `sheltered` when it is only a stay in shelters. */
interface VerbMeasure {
  readonly measure: string;
  readonly last: number;
  readonly sheltered?: boolean;
}

/** Words that open a clause with a subject of its own: a subordinator, a subject pronoun. */
const CLAUSE_OPENERS = new Set(["before", "after", "while", "because", "until", "he", "she", "they", "we", "i", "you"]);

function verbAfter(tokens: readonly Token[], k: number): VerbMeasure | null {
  let j = pastInsertion(tokens, k);
  // Their ages: "72 people aged between 15 and 66 had been taken to hospital", "three men aged 20 to 25".
  if (tokens[j]?.lower === "aged") {
    let p = j + 1;
    if (tokens[p]?.lower === "between") p++;
    if (tokens[p]?.kind === "num") {
      p++;
      if (["and", "to", "-", "–"].includes(tokens[p]?.lower ?? "") && tokens[p + 1]?.kind === "num") p += 2;
      j = p;
    }
  }
  // A relative clause: "four people who died", "two soldiers that were wounded".
  if (["who", "that", "which"].includes(tokens[j]?.lower ?? "")) j++;
  // A prepositional phrase of up to eight words, nested ones too: "in the attack", "from the village", "of a home for
  // people with disabilities".
  if (["in", "on", "at", "from", "across", "near", "inside", "during", "of", "among", "aboard", "on board"].includes(tokens[j]?.lower ?? "")) {
    let p = j + 1;
    // (Not into a clause of its own: "saw four attackers in the lobby before he fled".)
    // (A name may carry a number: "aboard Flight 992 from the capital".)
    const named = (q: number) => tokens[q]!.kind === "num" && tokens[q - 1]?.kind === "word" && isCapitalized(tokens[q - 1]) && !(tokens[q - 1]!.lower in MONTHS) && !(tokens[q - 1]!.lower in WEEKDAYS);
    while (p < tokens.length && p <= j + 8 && (tokens[p]!.kind === "word" || named(p)) && !AUXILIARIES.has(tokens[p]!.lower) && !ENDS_NOUN_PHRASE.has(tokens[p]!.lower) && !CLAUSE_OPENERS.has(tokens[p]!.lower) && !measureVerbAt(tokens, p)) p++;
    // ...and an insertion after it: "about 8,000 people from the enclave, almost all of them men, are still missing".
    const past = pastInsertion(tokens, p);
    if (measureVerbAt(tokens, past) || AUXILIARIES.has(tokens[past]?.lower ?? "")) j = past;
  }
  let aux = 0;
  // An epistemic modal is a hedge, not another verb: "up to 120 people may have died" (written lower-case, so that the
  // month is not one).
  const modal = (q: number) => (tokens[q]?.text === "may" || tokens[q]?.text === "might") && tokens[q + 1]?.lower === "have";
  while (aux < 5 && (AUXILIARIES.has(tokens[j]?.lower ?? "") || /^[a-z]+ly$/.test(tokens[j]?.lower ?? "") || modal(j))) {
    j++;
    aux++;
  }
  if (tokens[j]?.text === "," || tokens[j]?.lower === "and") return null;
  const verb = measureVerbAt(tokens, j);
  // An active verb with an object of its own makes the count its agent: "two students shot dead 12 fellow students",
  // "two gunmen killed 13 people" (a passive, "were killed", or a reduced relative, "killed in the attack", has none).
  if (verb !== null && aux === 0 && AGENT_VERBS.has(tokens[j]!.lower) && objectAt(tokens, verb.last + 1)) return null;
  return verb ?? shelteredAt(tokens, j);
}

/**
 * Does a direct object start at `k`: a number, a determiner or pronoun that opens a noun phrase, or a name, with or
 * without its title ("hacked to death soldier Lee Rigby")? (A day's or month's name is when, not whom: "killed Monday".)
 */
function objectAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  // (Nor a preposition of a headline in title case: "Two Soldiers Killed In Kabul".)
  const name = (u: Token | undefined) => u !== undefined && isCapitalized(u) && !(u.lower in MONTHS) && !(u.lower in WEEKDAYS) && !NOT_A_TITLE.has(u.lower);
  const titled = t.kind === "word" && /^\p{Ll}+$/u.test(t.text) && !NOT_A_TITLE.has(t.lower) && name(tokens[k + 1]);
  return t.kind === "num" || isNumberWord(t.lower) || OBJECT_OPENERS.has(t.lower) || name(t) || titled;
}

/** Words that open no title before a name: prepositions and conjunctions ("killed in Kabul", "shot dead near Homs"). */
const NOT_A_TITLE = new Set(["in", "on", "at", "by", "near", "after", "before", "during", "when", "while", "as", "and", "or", "but", "outside", "inside", "across", "with", "from", "for", "to", "into", "over", "under", "since", "until", "around", "along", "off", "against", "between", "among", "through", "throughout", "last", "this", "next", "early", "late"]);

/** Verbs whose object is their victim ("killed 13 people"), unlike "fled their homes". */
const AGENT_VERBS = new Set(["killed", "shot", "wounded", "injured", "hurt", "murdered", "executed", "massacred", "slaughtered", "assassinated", "stabbed", "beaten", "hacked", "arrested", "detained"]);

const OBJECT_OPENERS = new Set(["a", "an", "the", "his", "her", "their", "its", "my", "our", "some", "dozens", "hundreds", "thousands", "all", "both", "him", "them", "themselves", "himself", "herself"]);

/**
 * People whose verb puts them in shelters were evacuated: "more than 100,000 people spent another night in evacuation
 * centres", "tens of thousands of people crowded into shelters", "30,000 people were staying in shelters". A need or a
 * plan ("could need temporary shelter") is not.
 */
function shelteredAt(tokens: readonly Token[], j: number): VerbMeasure | null {
  const verb = tokens[j];
  if (verb?.kind !== "word" || !/^[a-z]+$/.test(verb.text) || SHELTER_NOT_VERBS.has(verb.lower)) return null;
  for (let q = j + 1; q <= j + 6 && q < tokens.length && tokens[q]!.kind !== "punct"; q++) {
    const w = tokens[q]!.lower;
    if (w === "shelters" || ((w === "centres" || w === "centers" || w === "camps" || w === "sites") && ["evacuation", "relief", "emergency"].includes(tokens[q - 1]!.lower))) return { measure: "evacuated", last: q, sheltered: true };
  }
  return null;
}

/** Places whose "of" and a number of people give their population. */
const POPULATED_PLACES = new Set(["territory", "country", "nation", "city", "town", "island", "islands", "archipelago", "region", "province", "state", "village", "district", "capital", "metropolis", "enclave", "municipality", "county"]);

const SHELTERED_NOUNS = new Set(["residents", "families", "villagers", "households", "evacuees", "survivors", "refugees", "inhabitants", "locals"]);

const SHELTER_NOT_VERBS = new Set(["need", "needs", "needed", "could", "would", "will", "may", "might", "should", "must", "can", "left", "leave", "leaving", "returned", "return", "returning", "built", "build", "opened", "open", "run", "ran", "staff", "staffed", "work", "worked", "working", "volunteer", "volunteered"]);

/**
 * Is the number at `first` the set a number before it is taken of ("74 of the school's 108 pupils", "five of its 17
 * employees")?
 */
export function partitiveSetAt(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  if (tokens[j]?.kind === "word" && /['’]s?$/.test(tokens[j]!.text) && tokens[j]!.text.length > 2) j--; // "the school's"
  if (["the", "its", "their", "all", "his", "her", "our"].includes(tokens[j]?.lower ?? "")) j--;
  // ...or of a quantifier: "none of the roughly 150 passengers was hurt", "most of the 300 residents".
  return tokens[j]?.lower === "of" && (endsNumber(tokens[j - 1]) || PARTITIVE_QUANTIFIERS.has(tokens[j - 1]?.lower ?? ""));
}

/** Quantifiers whose "of" takes a part of the set a number after it counts. */
const PARTITIVE_QUANTIFIERS = new Set(["none", "neither", "most", "many", "some", "few", "several", "half"]);

/**
 * Being in hospital makes people wounded ("47 people were being treated in hospitals"), but patients stay what they
 * are ("33 patients had been admitted to hospital" in an outbreak): the verb does not apply to a specific noun.
 */
function hurtOrNoun(tokens: readonly Token[], verb: VerbMeasure | null, head: string | null): VerbMeasure | null {
  // Only people made homeless are sheltered: "500 volunteers were deployed to shelters" stay volunteers.
  if (verb !== null && head !== null && verb.sheltered === true && !GENERIC_PEOPLE.has(head) && !SHELTERED_NOUNS.has(head)) return null;
  // Survival is no casualty: "104 people survived" counts survivors, "eight passengers survived" still passengers.
  if (verb !== null && head !== null && verb.measure === "survivor" && !GENERIC_PEOPLE.has(head)) return null;
  if (verb === null || head === null || GENERIC_PEOPLE.has(head) || verb.measure !== "wounded") return verb;
  return inHospital(tokens, Math.max(0, verb.last - 3), verb.last + 1) ? null : verb;
}

/** Does a word of tokens[a, b) speak of hospital ("hospital", "hospitals", "hospitalised")? */
function inHospital(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (tokens[j]!.lower.startsWith("hospital")) return true;
  return false;
}

function measureVerbAt(tokens: readonly Token[], j: number): { measure: string; last: number } | null {
  for (const [words, measure] of MEASURE_VERBS_AFTER) {
    if (matchWords(tokens, j, words)) return { measure, last: j + words.length - 1 };
  }
  // A status: "listed as missing", "declared dead", "registered as displaced".
  if (STATUS_VERBS.has(tokens[j]?.lower ?? "")) {
    const q = tokens[j + 1]?.lower === "as" ? j + 2 : j + 1;
    const w = tokens[q]?.lower ?? "";
    if (STATUSES.has(w) && MEASURE_WORDS[w]) return { measure: MEASURE_WORDS[w]!, last: w === "unaccounted" && tokens[q + 1]?.lower === "for" ? q + 1 : q };
  }
  // "treated for (minor) injuries", "among the dead".
  if (tokens[j]?.lower === "treated" && tokens[j + 1]?.lower === "for") {
    const q = ["injuries", "wounds", "burns"].includes(tokens[j + 2]?.lower ?? "") ? j + 2 : ["injuries", "wounds", "burns"].includes(tokens[j + 3]?.lower ?? "") ? j + 3 : -1;
    if (q > 0) return { measure: "wounded", last: q };
  }
  if (tokens[j]?.lower === "among" && tokens[j + 1]?.lower === "the") {
    const w = tokens[j + 2]?.lower ?? "";
    const measure = MEASURE_WORDS[w] ?? (w === "victims" || w === "casualties" ? "killed" : null);
    if (measure) return { measure, last: j + 2 };
  }
  return null;
}

const STATUS_VERBS = new Set(["listed", "registered", "recorded", "reported", "classified", "counted", "declared", "presumed", "confirmed"]);
const STATUSES = new Set(["missing", "dead", "injured", "wounded", "displaced", "homeless", "unaccounted"]);

/** "Among the wounded were ...", "Among the dead are ...": the measure named before the count. */
function invertedMeasure(tokens: readonly Token[], first: number): string | null {
  const be = tokens[first - 1]?.lower;
  if (be !== "were" && be !== "are" && be !== "was" && be !== "is") return null;
  const w = tokens[first - 2]?.lower ?? "";
  if (tokens[first - 3]?.lower === "the" && tokens[first - 4]?.lower === "among") return MEASURE_WORDS[w] ?? null;
  return null;
}

/** The casualty measure named between tokens a and b ("people forced from their homes" → displaced). */
export function measureIn(tokens: readonly Token[], a: number, b: number): string | null {
  for (let j = a; j < b; j++) {
    const w = tokens[j]!.lower;
    if (MEASURE_WORDS[w]) return MEASURE_WORDS[w]!;
    const v = measureVerbAt(tokens, j);
    if (v) return v.measure;
  }
  return null;
}

/**
 * "the number of displaced people rose to 2 million", "had put the number of damaged homes at around 8,000": the
 * measure (a casualty word's or verb's, else the counted noun's) and where the phrase starts, or null. The phrase is
 * looked for in the 14 words before the verb, or opening the clause however long its modifiers ("The number of
 * people killed when a train ploughed into … has risen to 19").
 */
function numberOfBefore(tokens: readonly Token[], first: number): { measure: string; start: number } | null {
  let j = first - 1;
  let steps = 0;
  while (j >= 0 && steps < 5 && TOLL_LINKS.has(tokens[j]!.lower)) {
    j--;
    steps++;
  }
  if (steps === 0) return null;
  for (let q = j, back = 0; q >= 1 && back < 48; q--, back++) {
    // A number glued to its unit describes a noun of the phrase ("a fire that engulfed a 24-storey block"): no count.
    const glued = (k: number) => tokens[k]!.kind === "num" && tokens[k + 1]?.text === "-" && !tokens[k + 1]!.spaced && isWord(tokens[k + 2]) && !tokens[k + 2]!.spaced;
    const inCompound = (k: number) => glued(k) || (tokens[k]!.text === "-" && k > 0 && glued(k - 1));
    // (A hyphen inside a word is no stop: "a long-distance bus".)
    const hyphenated = tokens[q]!.text === "-" && !tokens[q]!.spaced && isWord(tokens[q - 1]) && isWord(tokens[q + 1]) && !tokens[q + 1]!.spaced;
    if (!inCompound(q) && !hyphenated && (tokens[q]!.kind === "num" || (tokens[q]!.kind === "punct" && tokens[q]!.text !== ","))) return null;
    // "the number killed rose to 50", "put the number still missing at 231": a tally with its casualty word right after.
    if (TALLY_NOUNS.has(tokens[q]!.lower) && ["the", "a"].includes(tokens[q - 1]?.lower ?? "") && q < j) {
      let w = q + 1;
      if (["still", "now", "officially", "confirmed"].includes(tokens[w]?.lower ?? "")) w++;
      const measure = w === j ? MEASURE_WORDS[tokens[w]!.lower] : undefined;
      if (measure !== undefined) return { measure, start: q - 1 };
    }
    if (tokens[q]!.lower === "of" && TALLY_NOUNS.has(tokens[q - 1]?.lower ?? "")) {
      const opening = tokens[q - 2]?.lower === "the" ? q - 2 : q - 1;
      if (back >= 14 && !(opening === 0 || tokens[opening - 1]?.kind === "punct")) return null;
      // The counted noun says what is counted only right before the verb ("the number of damaged homes at").
      const noun = j - q <= 5 ? countedNounIn(tokens, q + 1, j + 1) : null;
      const found = measureIn(tokens, q + 1, j + 1);
      const measure = (noun !== null && found === "wounded" && inHospital(tokens, q + 1, j + 1) ? noun : found) ?? noun ?? deadNounAt(tokens, q + 1);
      // A long subject is not the claim's text: the claim is the verb and its figure ("rose to 17").
      return measure ? { measure, start: back >= LONG_SUBJECT ? j + 1 : q - 1 } : null;
    }
  }
  return null;
}

/** "bodies", "deaths", "fatalities" opening a tally's "of" phrase count the dead ("the number of bodies recovered"). */
function deadNounAt(tokens: readonly Token[], k: number): string | null {
  return ["bodies", "deaths", "fatalities"].includes(tokens[k]?.lower ?? "") ? "killed" : null;
}

/**
 * The casualty measure of a set a sentence opens with ("Of the 22 who died, …", "Of the deaths tallied by Wednesday,
 * …", "Of the injured, …"), when the number comes after its comma; else null.
 */
function frontedSet(tokens: readonly Token[], first: number, byNoun = false): string | null {
  if (tokens[0]?.lower !== "of" || tokens[1]?.lower !== "the") return null;
  let comma = 2;
  while (comma < first && comma < 16 && tokens[comma]!.text !== ",") comma++;
  if (tokens[comma]?.text !== "," || comma >= first) return null;
  // The number opens the clause after it, or a list item of it ("…, 218 in Grand'Anse", "and one was German").
  if (first !== comma + 1 && tokens[first - 1]?.text !== "," && tokens[first - 1]?.lower !== "and") return null;
  // ...or, when asked (the part names no noun of its own), of what the set's noun counts: "Of the survivors, 47 are
  // Syrian, 43 Egyptian".
  return measureIn(tokens, 2, comma) ?? deadNounAt(tokens, 2) ?? (byNoun ? countedNounIn(tokens, 2, comma) : null);
}

/** Nouns of a tally whose "of" phrase says what it counts: "the number of dead", "the list of people reported missing". */
const TALLY_NOUNS = new Set(["number", "list", "tally", "count", "total"]);

/** "to safety", "to shelters", "to relief camps" within a few words from `k`, in the same clause. */
function toSafety(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 14; j++) {
    if (tokens[j]!.kind === "punct") return false;
    if (tokens[j]!.lower === "to" && /^(?:safety|shelters?|safer|higher|relief|evacuation)$/.test(tokens[j + 1]?.lower ?? "")) return true;
  }
  return false;
}

/** From this many words between "number of" and its verb, the claim starts at the verb. */
const LONG_SUBJECT = 8;

/** The first plural noun of "the number of <phrase>" ("damaged homes" → home), or null. */
function countedNounIn(tokens: readonly Token[], a: number, b: number): string | null {
  for (let j = a; j < b && j < a + 3; j++) {
    const t = tokens[j]!;
    if (!isWord(t) || NP_STOP.has(t.lower)) return null;
    if (isSubjectNoun(t)) return GENERIC_PEOPLE.has(t.lower) ? null : singular(t.lower);
  }
  return null;
}

/**
 * A casualty word and a colon opening the sentence or list item right before the number ("Dead: 29", "Evacuated
 * before landfall: nearly 800,000"), or null. A few words may narrow the label after its casualty word.
 */
function labelBefore(tokens: readonly Token[], first: number): { measure: string; at: number } | null {
  if (tokens[first - 1]?.text !== ":") return null;
  let w = first - 2;
  while (w > 0 && first - 2 - w < 4 && isWord(tokens[w - 1])) w--;
  const word = tokens[w];
  if (!isWord(word) || !/^\p{Lu}/u.test(word.text)) return null;
  const measure = MEASURE_WORDS[word.lower];
  const opening = w === 0 || (w === 1 && tokens[0]?.kind === "punct" && ["-", "*", "•", "–", "—"].includes(tokens[0]!.text));
  return measure !== undefined && opening ? { measure, at: w } : null;
}

/** Nouns of a casualty's action before "of" and the people it befell: "the evacuation of 800 people". */
const NOUNS_OF_ACTION: Readonly<Record<string, string>> = { evacuation: "evacuated", evacuations: "evacuated", displacement: "displaced", arrest: "arrested", arrests: "arrested", detention: "arrested" };

/** Casualty words that end a noun phrase as its head ("tsunami dead", "quake injured"). */
const CASUALTY_WORDS = new Set(["dead", "injured", "wounded", "missing", "displaced", "homeless"]);

/** What may sit between a casualty verb and its number: "killing all 90", "killing its two pilots". */
const BEFORE_VERB_DETERMINERS = new Set(["all", "the", "its", "their", "his", "her", "both"]);

/** Verbs that revise a figure already given: "raised it to 27", "revised the figure to 310,000". */
const REVISION_VERBS = new Set(["raised", "revised", "corrected", "lowered", "updated", "adjusted", "increased", "reduced", "cut", "pushed", "brought", "upped", "put", "raising", "revising", "correcting", "lowering", "bringing", "pushing"]);
/** What refers back to a figure given before: "it", "the figure", "that number". */
const FIGURE_NOUNS = new Set(["figure", "total", "tally", "count", "number", "estimate"]);

/** The first token of "<revision verb> <it | the figure> to" right before a number, or -1. */
function revisedFigureBefore(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  if (tokens[j]?.lower !== "to" && tokens[j]?.lower !== "at") return -1;
  j--;
  if (tokens[j]?.lower === "it" || tokens[j]?.lower === "them") j--;
  else if (FIGURE_NOUNS.has(tokens[j]?.lower ?? "") && ["the", "that", "this", "its", "their"].includes(tokens[j - 1]?.lower ?? "")) j -= 2;
  else return -1;
  if (/^[a-z]+ly$/.test(tokens[j]?.lower ?? "")) j--;
  return REVISION_VERBS.has(tokens[j]?.lower ?? "") && !(tokens[j]?.lower === "put" && tokens[first - 1]?.lower === "to") ? j : -1;
}

/** Verbs of change a figure's subject takes: "applications rose to 29,800", headlines' "cases climb past 200". */
const CHANGE_VERBS = new Set([
  "rose", "climbed", "jumped", "increased", "grew", "fell", "dropped", "declined", "decreased", "slipped", "soared", "surged", "plunged",
  "risen", "grown", "fallen",
  "rise", "rises", "climb", "climbs", "jump", "jumps", "increase", "increases", "grow", "grows", "fall", "falls", "drop", "drops",
  "soar", "soars", "surge", "surges",
]);

/**
 * The plural noun whose figure a bare number after "<noun> <verb of change> to" is ("Asylum applications rose
 * to 29,800", "Measles cases in the region climb past 200"), its token index, or -1. "past" and "above" make the
 * number a bound the figure went beyond.
 */
function subjectBefore(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  // "rose to 40"; "climb past 200" (the number's own qualifier).
  if (tokens[j]?.lower === "to") j--;
  else if (tokens[first]?.lower !== "past" && tokens[first]?.lower !== "above") return -1;
  if (/^[a-z]+ly$/.test(tokens[j]?.lower ?? "")) j--;
  if (!CHANGE_VERBS.has(tokens[j]?.lower ?? "")) return -1;
  return subjectNounBefore(tokens, j - 1);
}

/**
 * The subject noun of a verb whose auxiliaries and adverbs end at `j`: the plural noun right there ("cases have
 * climbed"), or one a short prepositional phrase follows ("cases in Castlebridge region climb").
 */
function subjectNounBefore(tokens: readonly Token[], j: number): number {
  while (j >= 0 && (/^[a-z]+ly$/.test(tokens[j]!.lower) || ["has", "have", "had"].includes(tokens[j]!.lower))) j--;
  if (isSubjectNoun(tokens[j])) return j;
  for (let q = j, back = 0; q > 0 && back < 4 && isWord(tokens[q]); q--, back++) {
    if (SUBJECT_PREPOSITIONS.has(tokens[q]!.lower)) return q < j && isSubjectNoun(tokens[q - 1]) ? q - 1 : -1;
  }
  return -1;
}
const SUBJECT_PREPOSITIONS = new Set(["in", "across", "at", "from", "among", "on"]);

/** A plural noun that can be the subject whose figure a number is: not a function word, a unit or a magnitude. */
function isSubjectNoun(noun: Token | undefined): boolean {
  return isWord(noun) && isPluralNoun(noun) && !NP_STOP.has(noun.lower) && !AUXILIARIES.has(noun.lower) && !TIME_UNITS.has(noun.lower) && !MEASUREMENT_UNITS.has(noun.lower) && !MAGNITUDES.has(noun.lower);
}

/** The measure a subject noun names: a casualty word's, else the noun's singular ("applications" → application). */
function nounMeasure(noun: string): string {
  return MEASURE_WORDS[noun] ?? (noun === "deaths" || noun === "fatalities" ? "killed" : singular(noun));
}

/** Verbs of passing a threshold, written as the count's qualifier ("passes 1,200"). */
const THRESHOLD_VERBS = new Set(["tops", "topped", "passes", "passed", "pass", "exceeds", "exceeded", "surpasses", "surpassed", "nears", "neared", "approaches"]);

/** The plural noun before "top" or a threshold verb before a number ("Cholera cases in the north top 2,400"), its token index, or -1. */
function thresholdSubject(tokens: readonly Token[], first: number): number {
  // "top" is no qualifier of the number; "passes" is ("Applications passed 30,000": the mention starts with it).
  const j = tokens[first - 1]?.lower === "top" ? first - 2 : THRESHOLD_VERBS.has(tokens[first]?.lower ?? "") ? first - 1 : -1;
  return j >= 0 ? subjectNounBefore(tokens, j) : -1;
}

/** Verbs a toll takes to a new figure: "rose to", "reached", "stood at". */
const TOLL_VERBS = new Set([
  "rose", "risen", "rises", "climbed", "climbs", "jumped", "jumps", "increased", "reached", "reaches", "stood", "stands", "hit", "hits",
  "passed", "passes", "topped", "tops", "surpassed", "exceeded", "exceeds", "grew", "mounted", "soared",
]);

/**
 * "The toll rose above 100 on Friday … and reached 224 by the weekend": a verb of change after "and" with no
 * subject of its own shares the sentence's, when that opens with a toll and the toll's own verb; the claim is the
 * verb and its figure. Returns the verb's index, or null.
 */
function coordinatedToll(tokens: readonly Token[], and: number, first: number): number | null {
  let verb = -1;
  for (let q = and + 1; q < first && verb < 0; q++) if (TOLL_VERBS.has(tokens[q]!.lower)) verb = q;
  if (verb < 0) return null;
  let k = 0;
  while (k < 2 && ["the", "its", "death"].includes(tokens[k]?.lower ?? "")) k++;
  return tokens[k]?.lower === "toll" && TOLL_VERBS.has(tokens[k + 1]?.lower ?? "") ? verb : null;
}

/** Verbs that carry a tally to a new figure named after it: "bringing to 57 the number of bodies recovered". */
const CARRYING_VERBS = new Set(["bringing", "brought", "raising", "raised", "taking", "took", "pushing", "pushed"]);

/**
 * "bringing to 57 the number of bodies recovered", "raising to 41 the death toll": the measure of the tally named
 * after the figure, or null.
 */
function tallyAfter(tokens: readonly Token[], first: number, npEnd: number): string | null {
  if (tokens[first - 1]?.lower !== "to" || !CARRYING_VERBS.has(tokens[first - 2]?.lower ?? "") || tokens[npEnd + 1]?.lower !== "the") return null;
  const k = npEnd + 2;
  if (tokens[k]?.lower === "toll" || (tokens[k]?.lower === "death" && tokens[k + 1]?.lower === "toll")) return "killed";
  if (!TALLY_NOUNS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return null;
  let end = k + 2;
  while (end < tokens.length && end < k + 10 && tokens[end]!.kind !== "punct") end++;
  return measureIn(tokens, k + 2, end) ?? deadNounAt(tokens, k + 2);
}

/** A quake's magnitude: "the magnitude 7.2 earthquake", "a 6.4-magnitude quake". */
function magnitudeAt(tokens: readonly Token[], q: number): boolean {
  return tokens[q - 1]?.lower === "magnitude" || tokens[q + 1]?.lower === "magnitude" || (tokens[q + 1]?.text === "-" && tokens[q + 2]?.lower === "magnitude");
}

function tollBefore(tokens: readonly Token[], first: number): number | null {
  let j = first - 1;
  let steps = 0;
  while (j >= 0 && steps < 5 && TOLL_LINKS.has(tokens[j]!.lower)) {
    j--;
    steps++;
  }
  if (steps === 0) {
    // Headlines: "Cholera deaths pass 1,200", "Quake toll nears 100" (the verb opens the mention as its qualifier).
    const t = tokens[first - 1];
    return t && (t.lower === "toll" || t.lower === "deaths") ? (tokens[first - 2]?.lower === "death" ? first - 2 : first - 1) : null;
  }
  if (tokens[j]?.lower === "and") return coordinatedToll(tokens, j, first);
  // "the death toll from the earthquake rose to": a short phrase may sit between the toll and its verb.
  // A list may sit there too: "the toll from the attacks on a concert hall, restaurants and the stadium stood at".
  // So may numbers, which describe the event and are not the toll's: "the death toll from the 2011 quake rose to",
  // "the toll from the country's worst disaster in 80 years rose to".
  const verb = j + 1;
  // "the toll … is likely to keep rising as the country's population of more than 85 million pushes": an "of" after a
  // noun of its own is that noun's ("population of"), not the toll's.
  if (tokens[verb]?.lower === "of" && tokens[j]?.kind === "word" && tokens[j]!.lower !== "toll" && tokens[j]!.lower !== "deaths") return null;
  let back = 0;
  const describing = (q: number) => tokens[q]!.kind === "num" && (/^(?:1[89]|20)\d\d$/.test(tokens[q]!.text) || TIME_UNITS.has(tokens[q + 1]?.lower ?? "") || magnitudeAt(tokens, q));
  for (; back < 24 && j >= 0 && (tokens[j]!.kind === "word" || describing(j) || tokens[j]!.text === "," || (tokens[j]!.text === "-" && !tokens[j]!.spaced)) && !["toll", "deaths", "dead", "killed", "fatalities", "victims"].includes(tokens[j]!.lower); back++) j--;
  const t = tokens[j];
  // A long subject, or one holding a number (a year, a date), is not the claim's text: the claim is the verb and its
  // figure ("stood at 129").
  let numbered = false;
  for (let q = j + 1; q < verb; q++) if (tokens[q]!.kind === "num") numbered = true;
  if (t?.lower === "toll") return (back >= LONG_SUBJECT || numbered) && !["at", "to", "of"].includes(tokens[verb]?.lower ?? "") ? verb : tokens[j - 1]?.lower === "death" ? j - 1 : j;
  return null;
}
