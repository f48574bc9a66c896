/**
 * Counts against `counts[measure]` (CONTRACT §3): the qualifier rules exactly,
 * with a configurable tolerance; `groups` matched from the claim's words; the
 * figure reported on or before publication when the toll was revised.
 */
import type { Entry, Figure } from "../model/base.js";
import type { Claim, CountClaim, Qualifier } from "../model/claim.js";
import type { LinkVia } from "../model/finding.js";
import { CANONICAL_MEASURES } from "../model/claim.js";
import { firstDay, parseIso } from "../lib/isodate.js";
import { wordKeys } from "../link/normalize.js";
import { formatNumber, formatRange, stated } from "./messages.js";
import { figuresFor } from "./measure.js";
import { NP_STOP } from "../extract/vocabulary.js";
import { isKindHead, speaksOf } from "../link/events.js";
import { isPluralNoun } from "../extract/text/nouns.js";

export interface CountOutcome {
  readonly verdict: "supported" | "contradicted" | "unverified";
  readonly rule: string;
  readonly message: string;
  readonly expected: Record<string, unknown> | null;
}

export interface CountOptions {
  readonly tolerance: number;
  readonly published: string | null;
  /** The other claims of the sentence (a sentence of several percentages names them apart). */
  readonly siblings?: readonly Claim[];
  /** How the entry was linked. */
  readonly via?: LinkVia;
  /** Tied by only some of the entry's keywords, or as the article's main entry: compared only within CLOSE_SCALE times the entry's figure. */
  readonly close?: boolean;
  /** The link is weak (it may bear the claim out, never refute it). */
  readonly weak?: boolean;
  /** Linked through the paragraph before (its own paragraph names no entry). */
  readonly before?: boolean;
  /** The main entry took the place of this one, named near the claim but without its measure. */
  readonly instead?: string;
  /** The text of the lede's count a headline's count restates (see the linker). */
  readonly restates?: string;
  /** The claim's sentence (its prose) and where it starts, for groups named before the claim. */
  readonly sentence?: { readonly text: string; readonly start: number };
}

/** The figure to check against: the latest reported on or before publication (or the latest of all). */
export function pickRevision(figures: readonly Figure[], published: string | null): { figure: Figure; later: Figure | null } {
  const dated = figures.filter((f) => f.asOf !== null);
  if (dated.length <= 1 || published === null) {
    const figure = figures[figures.length - 1]!;
    return { figure, later: null };
  }
  const pub = parseIso(published);
  const day = pub ? firstDay(pub) : Number.POSITIVE_INFINITY;
  let chosen: Figure | null = null;
  for (const f of figures) {
    const asOf = f.asOf ? parseIso(f.asOf) : null;
    if (asOf === null || firstDay(asOf) <= day) chosen = f;
  }
  const figure = chosen ?? figures[0]!;
  const after = figures.slice(figures.indexOf(figure) + 1);
  const later = after.reverse().find((f) => f.min !== figure.min || f.max !== figure.max) ?? null;
  return { figure, later };
}

/** The group whose every word is in the claim's text, preferring the most specific; null if none, "ambiguous" on a tie. */
export function matchGroup(figure: Figure, text: string): { phrase: string; figure: Figure } | "ambiguous" | null {
  const words = new Set(wordKeys(text));
  const hits = [...figure.groups].filter(([phrase]) => wordKeys(phrase).every((w) => words.has(w)));
  if (hits.length === 0) return null;
  hits.sort((a, b) => wordKeys(b[0]).length - wordKeys(a[0]).length);
  // Two groups as specific are ambiguous, unless they are two spellings of one figure ("Malaysian", "Malaysians").
  const same = (a: Figure, b: Figure) => a.min === b.min && a.max === b.max;
  const top = hits.filter((h) => wordKeys(h[0]).length === wordKeys(hits[0]![0]).length);
  if (top.some((h) => !same(h[1], hits[0]![1]))) return "ambiguous";
  return { phrase: hits[0]![0], figure: hits[0]![1] };
}

/** A wire story's dateline at the start of its lede: "BANDA ACEH, Indonesia, Dec 26 (Reuters) - ". */
const DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?\s*(?:\([^()]{1,30}\)\s*)?[-–—]+\s+/u;

/**
 * A group named before the claim in its sentence, when the claim's own text
 * names none: "Sinn Fein won 27 seats and 31.2% of the vote" — only groups
 * written as proper names (a capital letter), the nearest one before the claim.
 * `subject` says the group is the subject of the claim's own clause ("Sinn Fein
 * won 31.2%", "Turnout was 61.4 percent"): then the claim is stated of it. A
 * group in lower case counts only as such a subject.
 */
export function groupNamedBefore(
  figure: Figure,
  sentence: string,
  claimOffset: number,
  otherNumbers: readonly number[] = [],
): { phrase: string; figure: Figure; subject: boolean } | null {
  let best: { phrase: string; figure: Figure; end: number; subject: boolean } | null = null;
  // The dateline's place is where the story was filed, not a group of what it counts ("BANDA ACEH, Indonesia, Dec 26").
  const from = DATELINE.exec(sentence)?.[0].length ?? 0;
  for (const [phrase, f] of figure.groups) {
    const proper = /^\p{Lu}/u.test(phrase.trim());
    const re = memo(BEFORE, phrase, () => {
      const words = escapedWords(phrase);
      return proper
        ? new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "gu")
        : new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "giu");
    });
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end > claimOffset || m.index < from || (best !== null && end <= best.end)) continue;
      // ...or the side voted for whose margin it is: "voted No by 55 percent", "said no by about 55 percent" (not what
      // was rejected: "rejected independence by 55 to 45 percent").
      const side = /^\s*by\s+$/.test(sentence.slice(end, claimOffset)) && /\b(?:said|say|says|voted|vote|votes|voting|answered)\s+$/i.test(sentence.slice(0, m.index));
      const subject = isSubjectLink(sentence.slice(end, claimOffset)) || side;
      if (proper || subject) best = { phrase, figure: f, end, subject };
    }
  }
  // Another number between the group and the claim belongs to the group first ("Yes won 58.3% against 41.7%").
  if (best && otherNumbers.some((o) => o > best!.end && o < claimOffset)) return null;
  return best ? { phrase: best.phrase, figure: best.figure, subject: best.subject } : null;
}

/** Where the last mention of a group's phrase before `end` starts in the sentence (-1 when none). */
function groupStart(sentence: string, phrase: string, end: number): number {
  return sentence.slice(0, end).toLowerCase().lastIndexOf(phrase.toLowerCase());
}

/**
 * The claim's text without the set a partitive takes it from: "Nearly 2.9 million" of "Nearly 2.9 million of the
 * country's 4.7 million registered voters" (the group "registered" is the set's, not the part's).
 */
function ownText(claim: CountClaim): string {
  // A part set off inside it is the part's: "nine people, including four students, are still missing".
  // So is one that takes a share of it: "more than 330 hostages, about half of them children, died", "At least 18
  // people, 14 of them foreigners, were killed".
  const text = claim.text.replace(/,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|(?:[\p{L}\p{N}-]+\s+){1,3}of\s+(?:them|whom))\b[^,]*,/giu, ",");
  const set = /(?<!\s)\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?\d/u.exec(text);
  return set === null ? text : text.slice(0, set.index);
}

/**
 * Is the count the whole set of a partitive, another count of its sentence taken of it ("11 of the country's 14
 * commercial ports")? It tells how many there are, not what happened to them: the entry's figure is likely the part's.
 */
export function partitiveSet(claim: CountClaim, sentence: CountOptions["sentence"], siblings: readonly Claim[]): boolean {
  return partitivePart(claim, sentence, siblings) !== null;
}

/** The part a partitive's set is taken of ("113" of "113 of the 222 seats"), or null when the count is no such set. */
export function partitivePart(claim: CountClaim, sentence: CountOptions["sentence"], siblings: readonly Claim[]): CountClaim | null {
  if (sentence === undefined) return null;
  const before = sentence.text.slice(0, claim.start - sentence.start);
  const of = /\bof\s+(?:(?:the|its|their|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?$/u.exec(before);
  if (of === null) return null;
  const at = sentence.start + of.index;
  return siblings.find((s): s is CountClaim => s.kind === "count" && s.numberSpan.end <= at && /^\s*$/.test(sentence.text.slice(s.numberSpan.end - sentence.start, at - sentence.start))) ?? null;
}

/**
 * Is the count the size of a set someone owns, named by a collective noun ("its fleet of seven aircraft", "the
 * army's force of 5,000 troops")? It is that owner's part of whatever the entry counts.
 */
function ownedSet(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return /(?<![\p{L}])(?:its|their|his|her|our|\p{L}+['’]s)\s+(?:own\s+)?\p{L}+\s+of\s+(?:(?:about|some|nearly|around|more\s+than|over|almost)\s+)?$/iu.test(beforeClaim(claim, sentence, 60));
}

/** Is the count what something was built, designed or meant for ("built for 400 people"), or what was promised? */
function capacity(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  const before = beforeClaim(claim, sentence, 40);
  // ...or what was promised or planned: "had promised 319,000 new homes", "pledged to build 500 schools".
  if (/(?<![\p{L}])(?:\p{L}{2,}ed|built|meant)\s+for\s+$/u.test(before) || /(?<![\p{L}])(?:promised|promises|pledged|pledges|vowed|planned|plans|targeted|targets)\s+(?:to\s+\p{L}+\s+)?(?:an?\s+)?$/u.test(before)) return true;
  // ...or what someone asked for or promised, in a clause on the count's noun: "fewer than the 254 counties Abbott
  // had requested", "the 500 homes the minister promised".
  const after = afterClaim(claim, sentence, 60);
  return /^\s+(?:(?:that|which)\s+)?(?!(?:and|or|but|then|also|were|was|are|is)\b)(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:had\s+|has\s+|have\s+)?(?:requested|sought|asked\s+for|promised|pledged|proposed|demanded|wanted)\b/u.test(after);
}

/** What a rule requires: "would require two crew members to be in the cockpit", "A majority requires 31 seats". */
function required(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return /(?<![\p{L}])(?:require|requires|required|requiring|demand|demands|demanded|mandate|mandates|mandated)\s+(?:at\s+least\s+)?$/u.test(beforeClaim(claim, sentence, 40));
}

/** Regular expressions built from group phrases, once each: a base repeats its groups, and building one compiles it. */
const BEFORE = new Map<string, RegExp>();
const AFTER = new Map<string, RegExp>();

function memo(cache: Map<string, RegExp>, phrase: string, make: () => RegExp): RegExp {
  let re = cache.get(phrase);
  if (re === undefined) {
    if (cache.size >= 10_000) cache.clear();
    cache.set(phrase, (re = make()));
  }
  return re;
}

/** A group phrase's words, escaped for a regular expression. */
function escapedWords(phrase: string): string[] {
  return phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/**
 * A group that follows the figure as its noun or by a preposition: "3% target",
 * "10.1% in March", "29 seats for Sinn Fein", or after "of them" ("14 of them
 * critically", "three of whom were children"), or a copula and a participle of
 * record ("Ten of the deaths were recorded in Louisiana"). The longest such group, or null.
 */
export function groupNamedAfter(figure: Figure, after: string): { phrase: string; figure: Figure } | null {
  let best: { phrase: string; figure: Figure } | null = null;
  for (const [phrase, f] of figure.groups) {
    // A group of function words only ("from") says nothing by following the figure.
    if (!/^\p{Lu}/u.test(phrase.trim()) && phrase.trim().split(/\s+/).every((w) => NP_STOP.has(w))) continue;
    const re = memo(AFTER, phrase, () => {
      const words = escapedWords(phrase);
      return /^\p{Lu}/u.test(phrase.trim())
        ? new RegExp(`^[\\s*_]+(?:of\\s+(?:them|whom|those|these)\\s+(?:were\\s+|was\\s+)?|(?:are|were|is|was)\\s+(?:now\\s+|still\\s+)?(?:(?:recorded|reported|registered|counted|confirmed|found|located)\\s+)?)?(?:(?:in|for|of|among|at|on|by)\\s+)?(?:(?:the|a|an|its|their)\\s+)?${words.join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "u")
        : new RegExp(`^[\\s*_]+(?:of\\s+(?:them|whom|those|these)\\s+(?:were\\s+|was\\s+)?|(?:are|were|is|was)\\s+(?:now\\s+|still\\s+)?(?:(?:recorded|reported|registered|counted|confirmed|found|located)\\s+)?)?(?:(?:in|for|of|among|at|on|by)\\s+)?(?:(?:the|a|an|its|their)\\s+)?${words.join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "iu");
    });
    if (re.test(after) && (best === null || phrase.length > best.phrase.length)) best = { phrase, figure: f };
  }
  return best;
}

/**
 * The predicate of a figure in apposition with its share: after "N people, or P percent," for N, and after "or P
 * percent," for P (with a relative pronoun it may open: "who opposed it"). Null for any other shape.
 */
function appositivePredicate(claim: CountClaim, sentence: NonNullable<CountOptions["sentence"]>): string | null {
  const after = sentence.text.slice(claim.end - sentence.start);
  const before = sentence.text.slice(Math.max(0, claim.start - sentence.start - 12), claim.start - sentence.start);
  const share = claim.value.measure === "percent" && /,\s*or\s+$/.test(before) ? /^\s*,\s*/.exec(after) : claim.value.measure !== "percent" ? APPOSED_SHARE.exec(after) : null;
  if (share === null) return null;
  // The set of a partitive is not the predicate's subject, its part is: "56,007 of the country's 614,387 bridges, or
  // 9.1 percent, were structurally deficient".
  if (PARTITIVE_SET_BEFORE.test(sentence.text.slice(Math.max(0, claim.start - sentence.start - 40), claim.start - sentence.start))) return null;
  // (Not the side it beat: "received some 10.4 million votes, or about 54 percent, to defeat … Gustavo Petro".)
  return after.slice(share[0].length).replace(/^(?:who|which|that)\s+/i, "").split(OPPONENT)[0]!;
}

/** A part and "of" right before a count, which is then the part's set: "56,007 of the country's", "three of its". */
const PARTITIVE_SET_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|some|most|many|all))\s+of\s+(?:(?:the|its|their|these|those)\s+)?(?:[\p{L}.-]+['’]s?\s+)?$/iu;

/** Words after which a predicate names the other side: "to defeat Petro", "beating", "ahead of". ("against" is a side.) */
const OPPONENT = /\b(?:defeat(?:s|ed|ing)?|beat(?:s|ing)?|ahead\s+of)\b/i;

/** Words that name nothing by themselves. */
const FUNCTION_WORDS = new Set(["the", "a", "an", "of", "in", "on", "at", "for", "from", "to", "by", "with", "and", "or", "as", "than", "it", "its", "their", "them"]);

/** ", or 63.5 percent, " right after a count. */
const APPOSED_SHARE = /^\s*,\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.]*\s*(?:percent|per\s+cent|%)\s*,\s*/i;

/** Does the figure bear the claim out by the qualifier rules? */
function holdsFor(claim: CountClaim, f: Figure, options: CountOptions): boolean {
  const { qualifier, value, min, max } = claim.value;
  if (qualifier !== "range" && (value === null || value === undefined)) return false;
  return qualifierHolds(qualifier, value ?? 0, min ?? 0, max ?? 0, f.min, f.max, options.tolerance, claim.precision);
}

/** Where the clause of a figure ends: punctuation, a conjunction, a relative pronoun. */
const CLAUSE_END = /[,;:()]|\b(?:and|but|while|whereas|which|who|after|before|as)\b/i;

/** The one group (not of function words only) all of whose words are in the rest of the figure's clause, or null. */
export function groupInClause(figure: Figure, after: string, predicate = false): { phrase: string; figure: Figure } | null {
  const end = CLAUSE_END.exec(after);
  const words = new Set(wordKeys(end ? after.slice(0, end.index) : after));
  // (In a predicate a verb is the group's word: "voted no", not a noun phrase's stop.)
  const empty = (w: string) => (predicate ? FUNCTION_WORDS.has(w) : NP_STOP.has(w));
  const hits = [...figure.groups].filter(([phrase]) => {
    const keys = wordKeys(phrase);
    return keys.some((w) => !empty(w)) && keys.every((w) => words.has(w));
  });
  // Several groups of one figure ("tax" and "tax-varying" at 63.5) are one answer: the longest names it.
  const same = hits.length > 0 && hits.every(([, f]) => f.min === hits[0]![1].min && f.max === hits[0]![1].max);
  if (!same) return null;
  const [phrase, f] = hits.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  return { phrase, figure: f };
}

/** Each entry's event words (see eventWords), as speaksOf keeps them: shared with doubts.ts. */
export const EVENT_WORDS = new WeakMap<Entry, Set<string>>();
const KIND_WORDS = new WeakMap<Entry, Set<string>>();

/** Does a sentence hold every keyword of the entry and a word of its kind of event (not just its keywords)? */
function keywordsAndEvent(entry: Entry, sentence: string): boolean {
  if (entry.keywords.length === 0) return false;
  const words = new Set(wordKeys(sentence));
  return entry.keywords.every((k) => wordKeys(k).every((w) => words.has(w))) && speaksOf(entry, sentence, KIND_WORDS, true);
}

/** Does what the figure is "of" (the text after it) speak of the entry: "31.2% of first-preference votes" in an election, not "60% of the airtime"? */
function ofTheEntry(entry: Entry, after: string): boolean {
  const of = /^\s+of\s+([^.,;:!?()]{1,60})/.exec(after);
  return of === null || speaksOf(entry, of[1]!, EVENT_WORDS);
}

/** Verbs that join a subject to its figure: auxiliaries, copulas and common past forms (any "-ed" form also counts). */
const LINKING_VERBS = new Set([
  "is", "are", "was", "were", "be", "been", "has", "had", "have", "will", "would", "won", "wins", "took", "takes", "got", "gets",
  "rose", "fell", "stood", "stands", "hit", "held", "holds", "grew", "drew", "came",
]);
const LINKING_PREPOSITIONS = new Set(["to", "at", "with", "on", "by", "in"]);
/** A word of rank or manner between a verb and its preposition: "came third with", "rose sharply to". */
const isComplement = (w: string) => /^(?:first|second|third|fourth|fifth|sixth|seventh|last|\p{L}{3,}ly)$/u.test(w);

/**
 * Is the text between a group and a claim "of" ("a turnout of 64%"), a label
 * ("Pfizer-BioNTech: 2.9 million doses"), or a verb phrase that makes the
 * group the claim's subject: at most two words of the group's noun phrase
 * ("side", "Party"), or a relative clause on it ("Party, whose share"), then
 * verbs ("had won", "was"), a word of rank or manner ("came third"), then at
 * most one preposition ("rose to", "won in")? No other punctuation, no
 * clause word, no negation.
 */
function isSubjectLink(between: string): boolean {
  if (/^[\s*_]*:[\s*_]*$/.test(between)) return true;
  const relative = /^([\p{L}\s*_'’-]*),\s+whose\s+\p{L}+\s/u.exec(between);
  if (relative) between = `${relative[1]} ${between.slice(relative[0].length)}`;
  if (/[^\p{L}\s*_'’-]/u.test(between)) return false;
  const words = between.replace(/[*_]+/g, " ").trim().toLowerCase().split(/\s+/).filter((w) => w !== "");
  // The group is the figure's own noun, or what it is for: "a benchmark of 1%", "a turnout of 64 percent", "designed
  // for 900 inmates".
  if (words.length === 1 && (words[0] === "of" || words[0] === "for")) return true;
  if (words.length === 0 || words.length > 6) return false;
  const isVerb = (w: string) => LINKING_VERBS.has(w) || (w.length > 4 && w.endsWith("ed"));
  const first = words.findIndex(isVerb);
  if (first < 0 || first > 2) return false;
  if (words.slice(0, first).some((w) => NP_STOP.has(w))) return false;
  let k = first;
  while (k < words.length && isVerb(words[k]!)) k++;
  if (k < words.length - 1 && isComplement(words[k]!)) k++;
  // A level the figure is at: "Turnout was unexpectedly high at 68.5 percent", "stood firm at", "came in at".
  if (k < words.length - 1 && LEVEL_WORDS.has(words[k]!)) k++;
  if (k < words.length && LINKING_PREPOSITIONS.has(words[k]!)) k++;
  return k === words.length;
}

const LEVEL_WORDS = new Set(["high", "higher", "low", "lower", "steady", "unchanged", "firm", "strong", "weak", "in", "out"]);

/**
 * The contract's qualifier rules: does the reference [lo, hi] bear out the claim? A rounded number ("1.2 million",
 * "31%") is read with its written precision where it states a value (exact, about, nearly); a bound is compared as
 * the contract writes it ("fewer than 1 percent" is not borne out by 1–2.9 percent).
 */
export function qualifierHolds(q: Qualifier, n: number, min: number, max: number, lo: number, hi: number, tolerance: number, precision: number): boolean {
  const overlaps = (a: number, b: number) => a <= hi && lo <= b;
  switch (q) {
    case "exact":
      return overlaps(n - precision, n + precision);
    case "about":
      return overlaps(n * (1 - tolerance) - precision, n * (1 + tolerance) + precision);
    case "at_least":
      return hi >= n;
    case "more_than":
      return hi > n;
    case "at_most":
      return lo <= n;
    case "fewer_than":
      return lo < n;
    case "nearly":
      return overlaps(n * (1 - tolerance) - precision, n + precision);
    case "range":
      return overlaps(min, max);
    default: {
      const never: never = q;
      return never;
    }
  }
}

/** The largest value a stated count allows ("at least 10" allows any). */
export function upperBound(q: Qualifier, n: number, max: number, tolerance: number, precision: number): number {
  switch (q) {
    case "exact":
    case "at_most":
    case "fewer_than":
    case "nearly":
      return n + precision;
    case "about":
      return n * (1 + tolerance) + precision;
    case "range":
      return max;
    case "at_least":
    case "more_than":
      return Infinity;
    default: {
      const never: never = q;
      return never;
    }
  }
}

/** The smallest number the claim allows: a part of a whole is contradicted only when it exceeds the whole. */
export function lowerBound(q: Qualifier, n: number, min: number, tolerance: number, precision: number): number {
  switch (q) {
    case "exact":
      return n - precision;
    case "about":
      return n * (1 - tolerance) - precision;
    case "at_least":
    case "more_than":
      return n - precision;
    case "nearly":
      return n * (1 - tolerance) - precision;
    case "range":
      return min;
    case "at_most":
    case "fewer_than":
      return 0;
    default: {
      const never: never = q;
      return never;
    }
  }
}

const RULE_WORDS: Record<Qualifier, string> = {
  exact: "equals",
  about: "lies within",
  at_least: "bears out",
  more_than: "bears out",
  at_most: "bears out",
  fewer_than: "bears out",
  nearly: "bears out",
  range: "lies within",
};

/**
 * A toll of people (killed, wounded, missing...) is checked against the latest
 * figure reported by the article's publication (CONTRACT §2). When the base's
 * every figure for it was reported after that day, there is none: a later
 * count agrees or not with what the article could state, and bears it out
 * but does not refute it ("dozens still missing" a week after the blasts, and
 * 8 missing in the final report months later).
 */
export function verifyCount(claim: CountClaim, entry: Entry, options: CountOptions): CountOutcome {
  const outcome = compareCount(claim, entry, options);
  if (outcome.verdict !== "contradicted" || options.published === null) return outcome;
  const found = figuresFor(entry, claim);
  const measure = found?.measure ?? claim.value.measure;
  if (!found || measure === "percent" || !(CANONICAL_MEASURES as readonly string[]).includes(measure)) return outcome;
  const pub = parseIso(options.published);
  const after = (f: Figure) => {
    const d = f.asOf ? parseIso(f.asOf) : null;
    return d !== null && pub !== null && firstDay(d) > firstDay(pub);
  };
  if (!found.figures.every(after)) return outcome;
  const first = found.figures[0]!;
  return { ...outcome, verdict: "unverified", rule: "count.reported-later", message: `every ${measure} figure of the entry was reported after the article's ${options.published} (the first on ${first.asOf}): ${outcome.message}` };
}

function compareCount(claim: CountClaim, entry: Entry, options: CountOptions): CountOutcome {
  const { qualifier } = claim.value;
  const found = figuresFor(entry, claim);
  const measure = found?.measure ?? claim.value.measure;
  const figures = found?.figures;
  if (!figures || figures.length === 0) {
    return { verdict: "unverified", rule: "fact.missing", message: `the entry has no figure for ${measure}`, expected: null };
  }
  const { figure: whole, later } = pickRevision(figures, options.published);
  const own = ownText(claim);
  let group = whole.groups.size > 0 ? matchGroup(whole, own) : null;
  // The part of a set names the set's noun as its own: "74 of the school's 108 pupils" counts pupils.
  if (group === null && whole.groups.size > 0 && claim.counted !== null && !claim.elliptic && partOfSet(claim, options.sentence)) group = matchGroup(whole, claim.counted);
  // A headline's count that restates the lede's ("4 soldiers" for "four Armenian soldiers") names the lede's group.
  if (group === null && whole.groups.size > 0 && options.restates !== undefined) group = matchGroup(whole, options.restates);
  let groupNearby = false;
  // "all 298 people on board" counts the whole: no group named near it is what it counts.
  const lead = claim.text.slice(0, Math.max(0, claim.numberSpan.start - claim.start));
  const all = /\ball\s+(?:the\s+)?$/i.test(lead) || (lead === "" && /\ball\s+(?:the\s+)?$/i.test(beforeClaim(claim, options.sentence, 12)));
  // A group named right after the figure is what it counts: "10.1% in March", "the bank's 3% target", "29 seats for Sinn Fein".
  if (group === null && !all && whole.groups.size > 0 && options.sentence !== undefined) {
    group = groupNamedAfter(whole, options.sentence.text.slice(claim.end - options.sentence.start));
  }
  // A figure set off with its share ("1,512,889 voters, or 63.5 percent, supported tax-varying powers", "against
  // 614,400, or 25.7 percent, who opposed it"): the predicate after the apposition says what it counts.
  if (group === null && !all && whole.groups.size > 0 && options.sentence !== undefined) {
    const predicate = appositivePredicate(claim, options.sentence);
    if (predicate !== null) group = groupInClause(whole, predicate, true);
  }
  // A group named before it, unless the claim names its own ("40 Azerbaijani soldiers").
  if (group === null && !all && !claim.subgroup && whole.groups.size > 0 && options.sentence !== undefined) {
    // A figure of another measure between ("with 15.8% and 18 seats") belongs to the same group, not a rival one.
    const others = (options.siblings ?? []).filter((c) => c.kind === "count" && c.value.measure === claim.value.measure).map((c) => c.start - options.sentence!.start);
    let before = groupNamedBefore(whole, options.sentence.text, claim.start - options.sentence.start, others);
    // A bare count after another of the same measure ("41 were killed at the mosque on Deans Avenue, and seven at a
    // mosque in Linwood"): a group named between them, the claim opening a new member of the coordination after it,
    // is the other count's, in its own phrase (not "followed by Iwate with 4,675", "the Forward party, which took nine").
    const at = claim.start - options.sentence.start;
    const text = options.sentence.text;
    const named = before;
    const start = named === null ? -1 : groupStart(text, named.phrase, at);
    if (named !== null && claim.elliptic === true && others.some((o) => o < at && o < start) && /(?:,|\band)\s*$/.test(text.slice(start + named.phrase.length, at))) before = null;
    group = before;
    // A place that opens the sentence as its frame ("In New Jersey, State Police said that 22 people had died") is
    // where everything the sentence counts is: the group is the claim's, not one merely near it.
    const frame = before !== null && new RegExp(`^\\s*(?:In|Across|Throughout)\\s+(?:the\\s+)?${escapedWords(before.phrase).join("\\s+")}\\s*,`, "u").test(text) && others.every((o) => o >= at);
    // A group right before the figure, joined only by a verb or preposition of holding ("the SDLP on 8.7%", "Syrians
    // made up about 31 percent", "Leave on 48 percent"), is its subject: the claim's own.
    // (Not when the figure is a share of something else: "Yes won 60% of the airtime".)
    const rest = text.slice(claim.end - options.sentence.start);
    // A set of things or a number after "of" is the whole the part is taken of ("71 of the 80 seats", "31 percent of
    // applicants"); a singular noun is a share of something else, unless of the vote or of the entry.
    const ofWhat = /^\s+of\s+(?:(?:the|its|their|all)\s+)?(\p{N}|\p{L}[\p{L}-]*)/u.exec(rest);
    const shareOfElse = ofWhat !== null && !/^\d/.test(ofWhat[1]!) && !isPluralNoun(ofWhat[1]!.toLowerCase()) && !/^(?:vote|ballots)$/i.test(ofWhat[1]!) && !ofTheEntry(entry, rest);
    const held = before !== null && start >= 0 && !shareOfElse && HELD_BY.test(text.slice(start + before.phrase.length, at));
    groupNearby = before !== null && !frame && !held && !(before.subject && ofTheEntry(entry, options.sentence.text.slice(claim.end - options.sentence.start)));
  }
  // A group named further on in the claim's clause ("Five members of the committee voted for the increase") may be
  // what it counts, when the whole does not bear the claim out: weak evidence, as a group named near it is.
  if (group === null && !all && whole.groups.size > 0 && options.sentence !== undefined && !holdsFor(claim, whole, options)) {
    const later = groupInClause(whole, options.sentence.text.slice(claim.end - options.sentence.start));
    if (later !== null) [group, groupNearby] = [later, true];
  }
  // A group only an earlier figure breaks down ("1,404 people critically hurt", when only the first report gave the
  // critically injured): that figure's group is what the claim counts, as of that report.
  let earlierGroup: { phrase: string; figure: Figure; asOf: string | null } | null = null;
  if (group === null && whole.groups.size === 0) {
    for (const f of figures.slice(0, figures.indexOf(whole)).reverse()) {
      const g = f.groups.size > 0 ? matchGroup(f, own) : null;
      if (g === null) continue;
      if (g !== "ambiguous") earlierGroup = { ...g, asOf: f.asOf ?? null };
      break;
    }
  }
  if (group === "ambiguous") {
    return { verdict: "unverified", rule: "count.group-ambiguous", message: `"${claim.text}" matches more than one group of ${measure}`, expected: null };
  }
  const figure = group ? group.figure : whole;
  const lo = figure.min;
  const hi = figure.max;
  const expected: Record<string, unknown> = lo === hi ? { value: lo } : { min: lo, max: hi };
  if (group) expected["group"] = group.phrase;
  if (whole.asOf) expected["as_of"] = whole.asOf;
  const n = claim.value.value ?? 0;
  const min = claim.value.min ?? 0;
  const max = claim.value.max ?? 0;
  if (qualifier !== "range" && (claim.value.value === null || claim.value.value === undefined)) {
    return { verdict: "unverified", rule: "value.unresolved", message: "the number could not be read", expected };
  }
  const tol = options.tolerance;
  const tolText = qualifier === "about" || qualifier === "nearly" ? ` (±${Math.round(tol * 100)}%)` : "";
  const claimed = stated(qualifier, n, min, max);
  const ref = `reference ${formatRange(lo, hi)} ${measure}${group ? ` (${group.phrase})` : ""}`;
  const revision = later ? `; revised to ${formatRange(later.min, later.max)}${later.asOf ? ` on ${later.asOf}` : ""}` : "";
  const asOf = whole.asOf && later ? ` as reported on ${whole.asOf}` : "";

  // A part of a whole — a subgroup of a toll ("four Pakistani soldiers"), or any count of a figure that has a
  // breakdown the claim names no part of ("18 seats" when the base lists seats by party) — can only be shown
  // false by exceeding the whole.
  const percent = measure === "percent";
  const canonical = (CANONICAL_MEASURES as readonly string[]).includes(measure);
  if (earlierGroup !== null) {
    const g = earlierGroup.figure;
    const when = earlierGroup.asOf ? ` as reported on ${earlierGroup.asOf}` : "";
    const groupRef = `reference ${formatRange(g.min, g.max)} ${measure} (${earlierGroup.phrase})${when}, a breakdown the latest figure (${formatRange(lo, hi)}) does not give`;
    if (qualifierHolds(qualifier, n, min, max, g.min, g.max, tol, claim.precision)) {
      return { verdict: "supported", rule: `count.${qualifier}`, message: `${groupRef}; it ${RULE_WORDS[qualifier]} ${claimed}${tolText}`, expected: { ...expected, group: earlierGroup.phrase } };
    }
    if (percent) return { verdict: "unverified", rule: "count.earlier-group", message: `${groupRef}: ${claimed} may be a later figure of it`, expected };
  }
  // "Eleven of the foreigners killed": a part of the group its partitive names, refuted only by exceeding it.
  const ofGroup = group !== null && !percent ? /\bof\s+(?:the|its|their)\s/iu.exec(own) : null;
  const ofWords = ofGroup === null ? null : new Set(wordKeys(own.slice(ofGroup.index + ofGroup[0].length)));
  const partOfGroup = ofWords !== null && group !== null && wordKeys(group.phrase).every((w) => ofWords.has(w));
  const part = partOfGroup || (!group && !percent && (earlierGroup !== null || claim.subgroup || (whole.groups.size > 0 && !canonical) || (claim.qualified && !canonical && !claim.rate && !found?.byVerb) || elsewhere(claim, entry) || partByItsWords(claim, measure, options.sentence) || ownedSet(claim, options.sentence) || aboard(claim, options.sentence) || increment(claim, options.sentence) || witnessed(claim, options.sentence) || hospitalised(claim, options.sentence) || namedMembers(claim, options.sentence)));
  const holds = qualifierHolds(qualifier, n, min, max, lo, hi, tol, claim.precision);
  // A figure reported the same day as the one checked against, before it (a live blog's 149 dead, then 153): both
  // are the figure as of that day, and a story of that day may tell either.
  if (!holds && !group && whole.asOf !== null && whole.asOf !== undefined) {
    const sameDay = figures.find((f) => f !== whole && f.asOf === whole.asOf && qualifierHolds(qualifier, n, min, max, f.min, f.max, tol, claim.precision));
    if (sameDay) {
      return { verdict: "supported", rule: `count.${qualifier}`, message: `reference ${formatRange(sameDay.min, sameDay.max)} ${measure} reported on ${sameDay.asOf} ${RULE_WORDS[qualifier]} ${claimed}${tolText}; revised to ${formatRange(lo, hi)} the same day${revision}`, expected };
    }
  }
  const precisionText = claim.precision > 0 && qualifier === "exact" ? ` (as rounded, ±${formatNumber(claim.precision)})` : "";
  // A percentage tied by an entry's one keyword, by some of its keywords or weakly agrees with some figure by chance
  // too easily: it is borne out only when its sentence also speaks of the entry's event, or names a group of it.
  // A figure written to a decimal ("9.4%", "51.9 percent") that is exactly one the entry gives is no chance.
  const chance = holds && percent && !group && options.via === "keywords" && (entry.keywords.length === 1 || options.close === true || options.weak === true) && !(options.sentence !== undefined && keywordsAndEvent(entry, options.sentence.text)) && !decimalEqual(qualifier, n, claim.precision, lo, hi);
  if (chance) {
    return { verdict: "unverified", rule: "count.percent-unnamed", message: `a percentage tied ${options.weak === true ? "weakly" : options.close === true ? "by only some keywords" : `by one keyword (${entry.keywords[0]})`} whose sentence does not speak of ${entry.name}: ${ref} ${RULE_WORDS[qualifier]} ${claimed}, which may be chance`, expected };
  }
  // An earlier estimate ("An initial assessment had put the number of damaged homes at around 8,000"), the figure
  // before a change ("up from 3,726 a day earlier") or what a report "had put" a figure at, when the latest figure does
  // not bear it out: an earlier figure of the entry bears it out; an entry that keeps the history of its figure
  // (several, each as reported) none of which it is refutes it; else it is neither.
  const estimate = claim.baseline === true ? "cue" : earlierEstimate(claim, options.sentence);
  // Of a group too: "Officials initially said 50 hostage-takers were killed" is not refuted by the 41 of the base.
  if (group && estimate === "cue" && !holds) {
    return { verdict: "unverified", rule: "count.earlier-estimate", message: `an earlier estimate, which may since have been revised, not the entry's figure: ${claimed} against ${ref}`, expected };
  }
  if (!group && estimate !== null && (estimate === "cue" || !holds)) {
    const fits = (f: Figure) => qualifierHolds(qualifier, n, min, max, f.min, f.max, tol, claim.precision);
    const what = claim.baseline === true ? "the figure before a change" : estimate === "cue" ? "an earlier estimate" : "what a report had put the figure at";
    const earlier = figures.slice(0, figures.indexOf(whole)).reverse().find(fits);
    if (earlier) {
      return { verdict: "supported", rule: "count.earlier-estimate", message: `${what}: the earlier figure ${formatRange(earlier.min, earlier.max)} ${measure}${earlier.asOf ? ` reported on ${earlier.asOf}` : ""} ${RULE_WORDS[qualifier]} ${claimed}`, expected };
    }
    // A baseline is refuted only by a history that covers the day it was reported: a base keeps a figure a day, so
    // one reported hours before the latest ("from 453 announced a few hours earlier") is missing from most.
    const when = claim.baseline === true ? reportedEarlier(claim, options.sentence) : null;
    const covered = claim.baseline !== true || (when === "day" ? figures.some((f) => f.asOf != null && whole.asOf != null && f.asOf < whole.asOf) : when === "same-day" && figures.filter((f) => f.asOf != null && f.asOf === whole.asOf).length >= 2);
    if (figures.length >= 2 && covered && !figures.some(fits)) {
      const history = figures.map((f) => `${formatRange(f.min, f.max)}${f.asOf ? ` on ${f.asOf}` : ""}`).join(", ");
      return { verdict: "contradicted", rule: "count.earlier-estimate", message: `${what}, ${claimed} ${measure}, is none of the figures reported (${history})`, expected };
    }
    return { verdict: "unverified", rule: "count.earlier-estimate", message: `${what}, which may since have been revised, not the entry's figure: ${claimed} against ${ref}`, expected };
  }
  // A part by its own words that equals the whole proves nothing: a part equal to the whole is what a false figure looks like.
  if (holds && !group && !percent && partByItsWords(claim, measure, options.sentence) && lowerBound(qualifier, n, min, tol, claim.precision) >= lo) {
    return { verdict: "unverified", rule: "count.part-of-whole", message: `"${claim.counted ?? claim.text}" is a part of the ${measure} figure, and only the whole holds it (${ref})`, expected };
  }
  if (holds) {
    return {
      verdict: "supported",
      rule: `count.${qualifier}`,
      message: `${ref}${asOf} ${RULE_WORDS[qualifier]} ${claimed}${tolText}${precisionText}${revision}`,
      expected,
    };
  }
  // A capacity ("a reception centre built for 400 people") is not what happened: it is compared only with a group of
  // it the base names ("designed: 900").
  // So is what a rule requires, unless more than the whole the entry counts.
  if (!group && (capacity(claim, options.sentence) || (required(claim, options.sentence) && lowerBound(qualifier, n, min, tol, claim.precision) <= hi))) {
    return { verdict: "unverified", rule: "count.capacity", message: `"${claim.text}" is what something was built, meant, promised or required for, not the entry's ${measure}: ${ref}`, expected };
  }
  // The size of a body ("the 151-seat parliament") is not what happened: it bears out an equal figure, never refutes.
  // (Unless what it describes is the entry itself, named: "the Schengen Agreement, a 33-article agreement".)
  if (!holds && !group && isSize(claim) && !sizeOfTheEntry(claim, entry, options.via)) {
    return { verdict: "unverified", rule: "count.size", message: `"${claim.text}" is the size of what it describes, which the entry's figure may not be: ${ref}`, expected };
  }
  // A new total after a change ("brings the reserve to about 86,000 hectares") may be more than an entry that holds
  // the change itself (12,000 hectares added): exceeding it proves nothing.
  if (measure !== "percent" && newTotal(claim, options.sentence) && lowerBound(qualifier, n, min, tol, claim.precision) > hi) {
    return { verdict: "unverified", rule: "count.new-total", message: `"${claim.text}" is a total after a change, more than the entry's figure, which may be the change: ${ref}`, expected };
  }
  if (part) {
    // Taken to the main entry from one named beside it, a count its own verb narrows ("Four men jailed", beside the
    // sentencing) may be a part of another whole than the main entry's: exceeding it proves nothing.
    const loose = options.instead !== undefined && claim.qualified && !canonical;
    // A part within an earlier figure of the whole ("nearly 40 were unaccounted for", before the toll of the
    // missing was revised to 17) is that figure's, not a part over the whole.
    const least = lowerBound(qualifier, n, min, tol, claim.precision);
    const earlier = figures.slice(0, figures.indexOf(whole)).reverse().find((f) => least <= (group ? (f.groups.get(group.phrase)?.max ?? f.max) : f.max));
    if (earlier && least > hi) {
      return { verdict: "unverified", rule: "count.earlier-revision", message: `within the earlier figure ${formatRange(earlier.min, earlier.max)}${earlier.asOf ? ` reported on ${earlier.asOf}` : ""}: ${claimed} ${claim.counted ?? ""} is more than the latest whole, ${ref}`.replace(/\s+/g, " "), expected };
    }
    // A vague count only its own verb narrows ("cancelled or diverted dozens of trains") tells of another set of the
    // same thing than the entry's (the three trains of the crash): exceeding it proves nothing.
    const vague = (claim.provenance.implied ?? []).some((i) => i.includes("vague"));
    const narrowedOnly = vague && !claim.subgroup && whole.groups.size === 0 && !elsewhere(claim, entry) && !partByItsWords(claim, measure, options.sentence) && earlierGroup === null;
    // ...and so does a vague count of a set someone owns ("Thousands of its members were jailed", of a party, beside the
    // assembly's 217 members).
    const owned = vague && /^\p{L}+\s+of\s+(?:its|their|his|her|our)\s/iu.test(claim.text);
    if (!loose && least > hi && (narrowedOnly || owned)) {
      return { verdict: "unverified", rule: "count.other-set", message: `"${claim.counted ?? claim.text}" is narrowed by its own words, so it may count another set of ${measure} than the entry's: ${claimed} against ${ref}`, expected };
    }
    if (!loose && least > hi && claimedByParty(claim, options.sentence)) {
      return { verdict: "unverified", rule: "count.claimed-by-party", message: `what one side says it did to the other, not the toll: ${claimed} ${claim.counted ?? ""} against ${ref}`.replace(/\s+/g, " "), expected };
    }
    // Tied only as the story's, a part many times over the figure is another figure of the story.
    if (!loose && least > hi && ((options.close && least > SCALE * hi) || (options.via === "keywords" && least > KEYED_SCALE * hi)) && hi > 0) {
      const how = options.close ? (options.via === "article" ? "the article's main entry, not named near it" : "tied to it by only some of its keywords") : "tied to it by its keywords, not named";
      const times = options.close ? SCALE : KEYED_SCALE;
      return { verdict: "unverified", rule: "count.far", message: `${how}, and more than ${times} times the entry's figure, so it is another figure of the story: ${claimed} ${claim.counted ?? ""} against ${ref}`.replace(/\s+/g, " "), expected };
    }
    // The set of a partitive is the whole the part is taken of ("won 113 of the 222 seats"): more than an entry's figure
    // that is that part's (a base that keeps the winner's 113 seats), it proves nothing.
    const setOf = !loose && least > hi ? partitivePart(claim, options.sentence, options.siblings ?? []) : null;
    const partIsFigure = setOf !== null && setOf.value.value !== null && setOf.value.value !== undefined && setOf.value.value >= lo && setOf.value.value <= hi;
    if (partIsFigure) {
      return { verdict: "unverified", rule: "count.partitive-set", message: `"${claim.text}" is the set another count of its sentence is taken of, and the entry's figure may be that part: ${claimed} against ${ref}`, expected };
    }
    if (!loose && least > hi) {
      return {
        verdict: "contradicted",
        rule: "count.part-exceeds-whole",
        message: `${claimed} ${claim.counted ?? ""} is more than the whole: ${ref}${asOf}${revision}`.replace(/\s+/g, " "),
        expected,
      };
    }
    return {
      verdict: "unverified",
      rule: "count.part-of-whole",
      message: `"${claim.counted ?? claim.text}" may be a part of the ${measure} figure, which has no group for it (${ref})`,
      expected,
    };
  }
  const contradiction = `stated ${claimed} ${measure}${tolText}${precisionText}, but ${ref}${asOf}${revision}`;
  // A group named near it may not be what it counts; but a figure that is no group's, nor the whole's, nor that of any
  // revision, is false whichever of them it counts ("with 599 deaths" where the breakdown holds 298, 294 and 367).
  // A percentage may be a share of something else altogether ("60% of the airtime"): it stays a doubt.
  const fitsSome = (f: Figure) => qualifierHolds(qualifier, n, min, max, f.min, f.max, tol, claim.precision) || [...f.groups.values()].some((g) => qualifierHolds(qualifier, n, min, max, g.min, g.max, tol, claim.precision));
  const nearbyDoubt = groupNearby && (percent || figures.some(fitsSome) || !countDoubtFree(claim, options));
  const doubt = nearbyDoubt
    ? { rule: "count.group-nearby", message: `the group "${group?.phrase ?? ""}" is named near the claim, not in it, and may not be what it counts` }
    : groupNearby ? countDoubt(claim, entry, figures, whole, whole, null, options, n, min, max) : countDoubt(claim, entry, figures, whole, figure, group?.phrase ?? null, options, n, min, max);
  if (doubt) return { verdict: "unverified", rule: doubt.rule, message: `${doubt.message}: ${contradiction}`, expected };
  // A toll told as it rises ("toll rises to 95") in the event's first weeks, below the entry's one figure, which says
  // not when it was reported: the story's toll that day, which the entry's (a final one) may have passed since.
  const top = qualifier === "range" ? max : n;
  if (!group && figures.length === 1 && (whole.asOf === null || whole.asOf === undefined) && top < lo && risingToll(claim, options.sentence) && earlyDays(entry, options.published)) {
    return { verdict: "unverified", rule: "count.running-toll", message: `a toll told as it rises, in the event's first weeks, below the entry's figure, which gives no date it was reported: ${contradiction}`, expected };
  }
  return { verdict: "contradicted", rule: `count.${qualifier}`, message: contradiction, expected };
}

/** A toll with its verb of rising: "toll rises to 95", "the death toll has climbed to 40", "reached 224". */
function risingToll(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  const before = sentence === undefined ? claim.text : sentence.text.slice(Math.max(0, claim.numberSpan.start - sentence.start - 40), claim.numberSpan.start - sentence.start);
  return /\b(?:rose|rises|risen|rising|climbed|climbs|climbing|jumped|jumps|increased|reached|reaches|hit|hits|passed|passes|topped|tops)\s+(?:to\s+|past\s+|above\s+)?(?:at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+)?$/i.test(before);
}

/** Is the publication within five weeks of the entry's (first) date? */
function earlyDays(entry: Entry, published: string | null): boolean {
  if (published === null || entry.date === null) return false;
  const p = parseIso(published);
  const e = parseIso(entry.date.split("/")[0]!);
  if (p === null || e === null || p.year === null || e.year === null) return false;
  const gap = firstDay(p) - firstDay(e);
  return gap >= 0 && gap <= 35;
}

/** What joins a group to the figure right after it as its subject: "on", "at", "with", "made up", "took", "won". */
const HELD_BY = /^["'”’]?\s+(?:on|at|with|took|won|got|had|polled|scored|secured|received|garnered|made\s+up|accounted\s+for)\s+$/i;

/**
 * A count that is a part of the entry's figure whatever the entry holds: a
 * number taken of a set named after it ("23 of those detained", "Three of the
 * rescued men"; "all 29 of the country's districts" is the whole set), or a
 * count of bodies (found, recovered, pulled from rubble: the dead found so far,
 * not the toll).
 */
export function partByItsWords(claim: CountClaim, measure: string, sentence: CountOptions["sentence"]): boolean {
  if (/\bbod(?:y|ies)\b/i.test(claim.counted ?? "") && !/^bod(?:y|ies)$/.test(measure)) return true;
  if (sentence === undefined) return false;
  const after = afterNumber(claim, sentence, 40);
  const before = sentence.text.slice(Math.max(0, claim.numberSpan.start - sentence.start - 12), claim.numberSpan.start - sentence.start);
  if (/^\s*of\s+(?:those|these|them)\s*,\s*$/i.test(sentence.text.slice(0, claim.start - sentence.start))) return true; // "Of those, 4,200 were destroyed"
  return /^\s+of\s+(?:those|these|them|whom|the|its|their|his|her|our)\b/i.test(after) && !/\ball\s+(?:the\s+)?$/i.test(before);
}

/**
 * "killing all 153 people on board": those aboard a craft, a part of a toll that may count others (on the ground), so
 * refuted only by exceeding it.
 */
function aboard(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  if (sentence === undefined) return false;
  return /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on\s+board|aboard)\b/iu.test(afterNumber(claim, sentence, 40));
}

/**
 * "The toll rose to 36 after 14 more people died overnight", "another 25 people": what adds to a figure told
 * before, a part of the entry's whole, refuted only by exceeding it.
 */
function increment(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  if (sentence === undefined) return false;
  const after = afterNumber(claim, sentence, 12);
  // (In a sentence that tells the figure changing: "13 were killed and 18 more were wounded" are others, not added.)
  if (!/\b(?:toll|total|tally|rose|risen|rises|climbed|raising|bringing|brought|taking|took)\b/i.test(sentence.text)) return false;
  return /^\s+more\b(?!\s+than)/i.test(after) || /^another\s/i.test(claim.text) || /\banother\s+$/i.test(beforeClaim(claim, sentence, 12));
}

/**
 * "227 people were taken to hospital", "treated in hospital": those the hospitals took, a part of the injured (others
 * were treated at the scene), refuted only by exceeding it.
 */
function hospitalised(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  if (sentence === undefined || claim.value.measure !== "wounded") return false;
  return /\b(?:hospitali[sz]ed|(?:taken|admitted|rushed|airlifted|flown)\s+to\s+(?:the\s+)?hospitals?|treated\s+(?:in|at)\s+(?:the\s+)?hospitals?|in\s+hospital)\b/i.test(`${claim.text} ${afterNumber(claim, sentence, 60)}`);
}

/**
 * "Two miners, Dale Black and Brandon Kimber, …": a count whose people are named right after it, a few one can list,
 * a part of the entry's whole, refuted only by exceeding it.
 */
function namedMembers(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return /^\s?,\s?\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+(?:\s?,\s?|\sand\s)\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+/u.test(afterClaim(claim, sentence, 80));
}

/** "he had seen around 100 people killed": what one witness saw, a part of the whole. */
function witnessed(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return /\b(?:saw|seen|see|sees|seeing|watched|witnessed)\s+$/i.test(beforeClaim(claim, sentence, 16));
}

/** How many times apart a count and the entry's figure may be and still be compared (see countDoubt). */
export const SCALE = 20;
/** The same, for a count tied by only some of the entry's keywords or as the article's main entry: a misstatement of the figure, or another figure. */
export const CLOSE_SCALE = 3;
/** How far a count tied by an entry's keywords alone may be from its figure and still be compared. */
export const KEYED_SCALE = 10;

/** A count with nothing of its own that narrows it: no place, rate, or verb of its own narrowing the counted noun. */
function countDoubtFree(claim: CountClaim, options: CountOptions): boolean {
  return !claim.rate && claim.location === null && !claim.elliptic && !partByItsWords(claim, claim.value.measure, options.sentence);
}

/** Is the count the part of a set whose count follows it ("74 of the school's 108 pupils")? */
function partOfSet(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  if (sentence === undefined || claim.numberSpan.end !== claim.end) return false;
  return /^\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?\d/u.test(afterClaim(claim, sentence, 60));
}

/** A count after "<verb of bringing or raising> … to" ("brings the reserve to", "taking the total to"). */
function newTotal(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return /\b(?:brings?|brought|bringing|takes?|took|taking|pushe?s?|pushed|pushing|lifts?|lifted|lifting|swell(?:s|ed|ing)?|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?)\b[^,;.]{0,40}\bto\s+$/i.test(beforeClaim(claim, sentence, 60));
}

/** "151-seat parliament": the size of a body, written as a compound before its noun. */
export function isSize(claim: Claim): boolean {
  return claim.kind === "count" && /^\d[\d,.]*[-–‑]\p{Ll}+\s/u.test(claim.text);
}

/**
 * Is a size's noun what the entry is called, the entry named near it or the story's own ("Under the 33-article
 * agreement", of the Schengen Agreement)? Then the size is the entry's.
 */
function sizeOfTheEntry(claim: CountClaim, entry: Entry, via: LinkVia | undefined): boolean {
  const noun = /^\d[\d,.]*[-–‑]\p{Ll}+\s+(\p{L}+)/u.exec(claim.text);
  return (via === "alias" || via === "article") && noun !== null && isKindHead(entry, wordKeys(noun[1]!)[0] ?? "");
}

const CASUALTY_CLAIMS = new Set(["killed", "wounded"]);

/** After "<revision verb> … from": "revised sharply upwards from the eight dead". */
function revisedFrom(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  const before = beforeClaim(claim, sentence, 100);
  const from = /\bfrom\s+(?:the\s+|an?\s+|its\s+|their\s+)?$/i.exec(before);
  if (!from) return false;
  const clause = before.slice(0, from.index).split(/[.;:]/).at(-1) ?? "";
  return /\b(?:revised|raised|lowered|corrected|updated|adjusted|upwards|downwards)\b/i.test(clause.slice(-70));
}

/**
 * A figure an earlier report gave: "An initial assessment … had put the number of damaged homes at around 8,000",
 * "an earlier tally had given 60", "officials had initially put the toll at 40".
 */
function earlierEstimate(claim: CountClaim, sentence: CountOptions["sentence"]): "cue" | "perfect" | null {
  if (sentence === undefined) return null;
  const before = sentence.text.slice(Math.max(0, claim.numberSpan.start - sentence.start - 200), claim.numberSpan.start - sentence.start);
  const clause = before.split(/[;:]/).at(-1) ?? "";
  // The figure is what the earlier report's verb put on a figure noun, right before the claim.
  const had = /\bhad\s+(?:(initially|earlier|originally|first|previously)\s+)?(?:put|given|estimated|reported|set|placed)\s+(?:it|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:number|toll|figure|tally|count|total|estimate))\b(?:(?!\b(?:but|and|before|then|while|until)\b)[^,;]){0,50}$/i.exec(clause);
  if (!had) {
    // In the simple past, what a report put the figure at is an earlier one when the text says so after it: "put the
    // number of dead at around 80,000 in the first week, a figure that more than doubled".
    const verb = [...clause.matchAll(/\b(?:put|gave|estimated|placed)\s/gi)].at(-1);
    const put = verb !== undefined && /^\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:number|toll|figure|tally|count|total|estimate)\b(?:(?!\b(?:but|and|before|then|while|until)\b)[^,;]){0,50}$/i.test(clause.slice(verb.index + verb[0].length));
    const after = afterNumber(claim, sentence, 160);
    const early = /^[^.;]{0,40}?\b(?:in|during|within)\s+the\s+(?:first|early|initial|opening)\s+(?:hours|days|week|weeks|month|months)\b|^[^.;]{0,80}?\ba\s+(?:figure|number|toll|tally|count)\s+that\s+(?:later\s+|eventually\s+|more\s+than\s+|has\s+since\s+|since\s+)*(?:rose|climbed|doubled|tripled|grew|increased|jumped|was\s+revised|fell|dropped)\b/i;
    if (put && early.test(after)) return "cue";
    // What a report first gave, in the claim's clause: "Officials initially said 50 hostage-takers were killed".
    if (/\b(?:initially|originally|at\s+first|first)\s+(?:said|reported|put|gave|estimated|announced|counted|listed|told)\b(?:(?!\b(?:but|and|then|while|until)\b)[^,;.]){0,60}$/i.test(clause)) return "cue";
    // What an earlier statement said, as its content: "revising an earlier government statement that six attackers
    // had been killed".
    if (/\b(?:earlier|initial|previous|original|first|preliminary)\s+(?:[\w-]+\s+){0,2}?(?:statements?|reports?|estimates?|announcements?|figures?|counts?|tally|tallies|assessments?|claims?|accounts?)\s+that\s(?:(?!\b(?:but|while|until)\b)[^,;.]){0,60}$/i.test(clause)) return "cue";
    // The earlier report named after the figure, in its own clause: "compared with about 43,000 dead and nearly
    // 28,000 missing in the previous official count".
    return /^(?:[^.;:,]|,(?=\d)){0,80}?\b(?:in|by)\s+(?:the|an?|its|their)\s+(?:previous|earlier|initial|preliminary|original)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|assessments?|tally|tallies|counts?|figures?|tolls?|reports?|updates?)\b/i.test(after) ? "cue" : null;
  }
  const cue = had[1] !== undefined || /\b(?:earlier|initially|originally|previously|at first)\b/i.test(clause.slice(0, had.index)) || /\b(?:initial|earlier|first|preliminary|previous|original|early)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|assessments?|tally|tallies|counts?|figures?|reports?|updates?|tolls?|statements?|surveys?)\b/i.test(clause.slice(0, had.index));
  return cue ? "cue" : "perfect";
}

/**
 * A baseline said to be an earlier report of the same figure ("up from 3,726 a day earlier", "up from 151 earlier
 * this afternoon"), not the figure of an earlier period ("down from 72 in the outgoing parliament").
 */
function reportedEarlier(claim: CountClaim, sentence: CountOptions["sentence"]): "day" | "same-day" | null {
  if (sentence === undefined) return null;
  const after = afterNumber(claim, sentence, 40);
  const m = /^\s+(?:(?:announced|reported|given|released|published)\s+)?(?:(?:a|one|two|three|several|a\s+few)\s+(?:day|days|hours?|week)\s+(?:earlier|before)|earlier|the\s+(?:day|night|evening)\s+before|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+night)\b/i.exec(after);
  return m === null ? null : /\bhours?\b|^\s+(?:\w+\s+)?earlier\b/i.test(m[0]) ? "same-day" : "day";
}

/** "said its troops had killed", "said it had killed", "claimed to have killed": one side's figure of what it did. */
function claimedByParty(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return CASUALTY_CLAIMS.has(claim.value.measure) && /\b(?:said|says|claimed|claims|announced|reported)\b[^.;:]{0,40}(?:\b(?:its|their|our)\s+(?:own\s+)?(?:troops|forces|army|soldiers|units|fighters|military|air\s+force|navy|drones?)|\bit|\bthey|\bwe|\bto)\s+(?:had\s+|have\s+|has\s+)?$/i.test(beforeClaim(claim, sentence, 100));
}

/** Up to `n` characters of the sentence right after the count's number. */
function afterNumber(claim: CountClaim, sentence: NonNullable<CountOptions["sentence"]>, n: number): string {
  return sentence.text.slice(claim.numberSpan.end - sentence.start, claim.numberSpan.end - sentence.start + n);
}

/** Up to `n` characters of the claim's sentence before it. */
function beforeClaim(claim: Claim, sentence: CountOptions["sentence"], n: number): string {
  return sentence === undefined ? "" : sentence.text.slice(Math.max(0, claim.start - sentence.start - n), claim.start - sentence.start);
}

/** Up to `n` characters of the claim's sentence after it. */
function afterClaim(claim: Claim, sentence: CountOptions["sentence"], n: number): string {
  return sentence === undefined ? "" : sentence.text.slice(claim.end - sentence.start, claim.end - sentence.start + n);
}

/** A count right after a verb of holding or winning ("hold 69 seats", "won only 12"). */
function heldBySubject(claim: CountClaim, sentence: CountOptions["sentence"]): boolean {
  return /\b(?:holds?|held|hav(?:e|ing)|has|had|controls?|controlled|owns?|owned|occup(?:y|ies|ied)|won|wins?|retain(?:s|ed)?|kept|keeps?)\s+(?:only\s+|just\s+|still\s+)?$/i.test(beforeClaim(claim, sentence, 30));
}

/** A count restricted to a place the entry does not name ("detained in a sports stadium") is a part of its figure. */
function elsewhere(claim: CountClaim, entry: Entry): boolean {
  if (claim.location === null) return false;
  const own = new Set([entry.name, ...entry.aliases, ...entry.keywords, entry.place ?? "", ...entry.parties].flatMap(wordKeys));
  return !wordKeys(claim.location).some((w) => own.has(w));
}

/**
 * Why a count that disagrees may still not be false (see doubts.ts): it matches
 * an earlier revision of the toll; it is a percentage that names no part of a
 * figure that has several; or its counted noun is narrowed by a verb, a rate,
 * a relative clause or a place, so it may count something else.
 */
function countDoubt(claim: CountClaim, entry: Entry, figures: readonly Figure[], whole: Figure, figure: Figure, groupPhrase: string | null, options: CountOptions, n: number, min: number, max: number): { rule: string; message: string } | null {
  const { qualifier, measure } = claim.value;
  const grouped = groupPhrase !== null;
  // An earlier figure (of the claim's group, when it names one) it matches: "said 32 militants had died", since revised.
  const earlierOf = (f: Figure) => (groupPhrase !== null ? f.groups.get(groupPhrase) ?? null : f);
  const earlier = figures.slice(0, figures.indexOf(whole)).reverse().find((f) => {
    const g = earlierOf(f);
    return g !== null && qualifierHolds(qualifier, n, min, max, g.min, g.max, options.tolerance, claim.precision);
  });
  if (earlier) {
    const g = earlierOf(earlier)!;
    return { rule: "count.earlier-revision", message: `matches the earlier figure ${formatRange(g.min, g.max)}${grouped ? ` (${groupPhrase})` : ""}${earlier.asOf ? ` reported on ${earlier.asOf}` : ""}` };
  }
  // Twenty times the figure or a twentieth of it: a figure of another scope ("112 million" displaced worldwide
  // against one war's 2.1 million) or of another thing, not a misstated one.
  const low = qualifier === "range" ? min : n;
  const high = qualifier === "range" ? max : n;
  const compared = grouped ? null : whole;
  if (measure !== "percent" && compared !== null && compared.min > 0 && (low > SCALE * compared.max || high * SCALE < compared.min)) {
    return { rule: "count.scale", message: `more than ${SCALE} times apart from the entry's figure, so it is likely a figure of another scope or thing` };
  }
  // Tied by only some of the entry's keywords, a count far from its figure is more likely another figure of the story.
  if (options.close && measure !== "percent" && figure.min > 0 && (low > CLOSE_SCALE * figure.max || high * CLOSE_SCALE < figure.min)) {
    const how = options.via === "article" ? "the article's main entry, not named near it" : "tied to it by only some of its keywords";
    return { rule: "count.far", message: `${how}, and more than ${CLOSE_SCALE} times apart from the entry's figure, so it may be another figure of the story` };
  }
  // Tied by its keywords, not named, a count many times the entry's figure is more likely another event's of the
  // paragraph ("68 people were killed at the youth camp …, while the car bomb in Oslo killed eight").
  if (options.via === "keywords" && measure !== "percent" && compared !== null && compared.min > 0 && (low > KEYED_SCALE * compared.max || high * KEYED_SCALE < compared.min)) {
    return { rule: "count.far", message: `tied to it by its keywords, not named, and more than ${KEYED_SCALE} times apart from the entry's figure, so it may be another event's of the paragraph` };
  }
  // The figure a toll was revised from ("revised sharply upwards from the eight dead announced on Wednesday") is an
  // older report, not the entry's figure.
  if (revisedFrom(claim, options.sentence)) {
    return { rule: "count.revised-from", message: "the figure it was revised from, an older report" };
  }
  // What one side says it did to the other ("its troops had killed more than 40 Velmoran soldiers", "claimed to have
  // killed") is that side's claim, not the toll.
  if (claimedByParty(claim, options.sentence)) {
    return { rule: "count.claimed-by-party", message: "what one side says it did to the other, not the toll" };
  }
  // Tied only as the story's, what its subject holds or won ("Together the two parties hold 69 seats") is a share
  // of the entry's figure when it is smaller.
  if (options.close && measure !== "percent" && high < figure.min && heldBySubject(claim, options.sentence)) {
    return { rule: "count.held", message: "what its subject holds or won, smaller than the entry's figure, so it may be a part of it" };
  }
  // A share restricted to a place the entry does not name ("less than 40 percent in the three Limberg city districts").
  if (measure === "percent" && elsewhere(claim, entry)) {
    return { rule: "count.elsewhere", message: `restricted to ${claim.location}, which the entry does not name, so it is a figure of a part of it` };
  }
  if (measure === "percent" && !grouped) {
    const sentence = options.sentence;
    // A baseline ("to 6.25 percent from 5.75 percent", "down from 10.1%") is the old value, not a rival share.
    const baseline = (c: Claim) => sentence !== undefined && /\bfrom\s+$/i.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 12), c.start - sentence.start));
    const others = (options.siblings ?? []).filter((s) => s.kind === "count" && s.value.measure === "percent" && !(baseline(s) && !baseline(claim))).length;
    // Tied by keywords, the percentage is the entry's only when its own sentence holds them all and speaks of its event.
    // (Named only in the paragraph before, it may be a share of anything the story goes on to: "Turnout was about 82
    // percent" after a paragraph on the previous election.)
    const stated = (options.via === "alias" && options.before !== true) || (sentence !== undefined && keywordsAndEvent(entry, sentence.text));
    // The new value of a change, with its baseline ("lifting it to 6.25 percent from 5.75 percent"), is the entry's
    // figure itself, whatever breakdown (or baseline) the base gives it.
    const newValue = (options.siblings ?? []).some((s) => s.kind === "count" && s.value.measure === "percent" && s.start > claim.end && baseline(s) && sentence !== undefined && /^\s+from\s+$/i.test(sentence.text.slice(claim.end - sentence.start, s.start - sentence.start)));
    if ((whole.groups.size > 0 && !newValue) || others > 0 || !stated) {
      return { rule: "count.percent-unnamed", message: "a percentage compared only when it names the entry or one of its groups alone in its sentence" };
    }
  }
  // A difference: "killed eight, one more than previously reported", "three fewer than last year".
  if (options.sentence !== undefined) {
    const rel = claim.end - options.sentence.start;
    const own = options.sentence.text.slice(claim.start - options.sentence.start, rel);
    const after = options.sentence.text.slice(rel, rel + 24);
    if ((/\b(?:more|fewer|less)$/i.test(own) && /^\s+than\b/i.test(after)) || /^\s+(?:more|fewer|less)\s+than\b/i.test(after)) {
      return { rule: "count.difference", message: `"${claim.text}" is a difference from another figure, not the entry's ${measure}` };
    }
  }
  if (claim.rate) {
    return { rule: "count.rate", message: `"${claim.text}" is a rate (so many a day, a year), not the entry's ${measure}` };
  }
  // The new value of a change whose baseline the entry bears out ("rose to 6.2 percent from 3.5 percent", the entry
  // holding 3.5): the entry is the old state's, not this figure's.
  const sentence0 = options.sentence;
  if (sentence0 !== undefined) {
    const baseline = (options.siblings ?? []).find(
      (s) => s.kind === "count" && s.value.measure === claim.value.measure && s.start > claim.end && /^\s+from\s+$/i.test(sentence0.text.slice(claim.end - sentence0.start, s.start - sentence0.start)),
    );
    const bv = baseline?.kind === "count" ? baseline.value.value : null;
    if (bv !== null && bv !== undefined && bv >= figure.min && bv <= figure.max) {
      return { rule: "count.baseline-entry", message: `its baseline "${baseline!.text}" is the entry's figure: the entry is the old state's, not the new value's` };
    }
  }
  if (!grouped && partitiveSet(claim, options.sentence, options.siblings ?? [])) {
    return { rule: "count.partitive-set", message: `"${claim.text}" is the set another count of its sentence is taken of ("11 of the country's 14 ports"), not what happened to it` };
  }
  return null;
}

/**
 * Is a stated figure written to a decimal, with two significant digits or more ("9.4", "51.9", "7.25", not "0.5" or
 * "12.00"), and equal to one end of the entry's figure? Two such figures agree by chance about once in a hundred or more.
 */
function decimalEqual(qualifier: string, n: number, precision: number, lo: number, hi: number): boolean {
  return qualifier === "exact" && precision > 0 && precision < 0.5 && n >= 1 && !Number.isInteger(n) && (n === lo || n === hi);
}
