/**
 * How a date hangs in its sentence: its role (the event it dates, or a
 * statement: "said on Tuesday", "On Monday, the ministry announced") and the
 * tense around it ("will meet on Monday" looks forward).
 */
import type { DateClaim, DateRole } from "../../model/claim.js";
import type { ExtractContext, SentenceContext } from "../types.js";
import type { Token } from "../text/tokens.js";
import { isCapitalized } from "../text/tokens.js";
import { REPORTING_VERBS } from "../vocabulary.js";
import { isAbbreviationWord } from "../text/segment.js";

/** Words allowed between a verb of saying and the date it is stamped with ("said in a statement on Tuesday"). */
const STATEMENT_WORDS = new Set(["on", "in", "at", "late", "early", "a", "an", "the", "statement", "interview", "reporters", "journalists", "press", "conference", "briefing", "television", "tv", "radio", "media", "news", "agency", "post", "message", "letter", "speech", "address", "earlier", "later", "last", "this", "that", "it", "parliament", "lawmakers", "told", "with", "to", "state", "local", "russian", "online"]);

/** Verbs of putting out a statement, and what is put out: "figures released on Monday", "a report issued on Friday". */
const RELEASING = new Set(["released", "issued", "updated", "published"]);
const RELEASED_NOUNS = new Set(["figures", "figure", "data", "report", "statement", "tally", "count", "toll", "update", "bulletin", "results", "list", "numbers", "estimates", "statistics", "report's"]);

export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Verbs of a figure changing: a date on them dates the new figure, not the event. */
const UPDATE_VERBS = new Set(["rose", "risen", "rises", "climbed", "climbs", "jumped", "reached", "increased", "stood", "passed", "topped", "surpassed", "hit", "fell", "dropped", "revised", "updated", "reported"]);
/** Verbs that put a figure: "put the death toll at 125", "raised it to 27". */
const FIGURE_VERBS = new Set(["put", "puts", "raised", "raises", "revised", "revises", "lowered", "lowers", "updated", "updates", "corrected", "corrects", "cut", "cuts", "placed", "places"]);
/** Words of a superlative or a first time: "the largest since 1945", "its first title since 1987". */
const SUPERLATIVE = /^(?:most|least|first|last|only|biggest|largest|highest|lowest|worst|best|deadliest|longest|strongest|heaviest|fewest|[a-z]+est)$/;
/** Words of a comparison whose baseline a date can be: "an increase on 2022", "up from 27 in 2019", "compared with March". */
const COMPARISON = new Set(["increase", "increases", "rise", "rises", "drop", "drops", "fall", "falls", "decline", "declines", "higher", "lower"]);
/** Modal phrases of a plan that was not kept: "had been due to", "was supposed to", "was scheduled for". */
const PLAN_WORDS = new Set(["due", "supposed", "scheduled", "planned", "expected", "set", "meant", "slated"]);

/** Words of a story's header line: "Published: Thu 9 Nov 2023", "Updated on 12 May 2023", "Posted 3 March". */
const HEADER_VERBS = new Set(["published", "updated", "posted", "modified", "dated"]);
const HEADER_WORDS = new Set([...HEADER_VERBS, "last", "first", "on"]);

export function dateRole(tokens: readonly Token[], first: number, last: number): DateRole {
  // The dateline: "KYIV, March 10 (Reuters) -", "BRENNAU, Nov 3 (Reuters) -" at the start of a sentence.
  const lead = tokens.slice(0, first);
  // A header line dates the story itself: "Published: Thu 9 Nov 2023 14.32 GMT".
  if (lead.length > 0 && lead.length <= 4 && lead.some((t) => HEADER_VERBS.has(t.lower)) && lead.every((t) => (t.kind === "word" && HEADER_WORDS.has(t.lower)) || t.text === ":" || t.text === "|")) {
    return "dateline";
  }
  // (A place may carry a state's abbreviation: "ASHEVILLE, N.C., Oct 4 (Reuters) -".)
  const capitals = lead.filter((t) => t.kind === "word").every((t) => /^\p{Lu}/u.test(t.text));
  const placeOnly = lead.every((t) => t.kind === "word" || t.text === "," || t.text === ".");
  if (lead.length > 0 && (lead.length <= 6 || (lead.length <= 10 && placeOnly)) && lead[lead.length - 1]?.text === "," && capitals) {
    const after = tokens.slice(last + 1, last + 4).map((t) => t.text);
    if (after[0] === "(" || after[0] === "-" || after[0] === "–" || after[0] === "—" || after[0] === ":") return "dateline";
  }
  // "the largest since 1945", "first title since 1987": a point of comparison.
  if (tokens[first - 1]?.lower === "since") {
    for (let k = first - 2, steps = 0; k >= 0 && steps < 10; k--, steps++) {
      const t = tokens[k]!;
      if (t.kind === "punct" && t.text !== "-") break;
      if (SUPERLATIVE.test(t.lower)) return "comparison";
    }
  }
  // "an increase of 19 million on the end of 2022", "up from 27 in 2019", "compared with March": a comparison's baseline.
  let at = first - 1;
  while (["the", "late", "early", "mid", "end", "beginning", "start", "of"].includes(tokens[at]?.lower ?? "") && at > 0 && tokens[at - 1]?.kind === "word") at--;
  const prep = tokens[at]?.lower ?? "";
  if (["on", "from", "with", "than", "over", "in", "of"].includes(prep)) {
    for (let k = at - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const t = tokens[k]!;
      if (t.kind === "punct" && t.text !== "-" && t.text !== "%") break;
      const next = tokens[k + 1]?.lower ?? "";
      const strong = t.lower === "than" || t.lower === "versus" || ((t.lower === "up" || t.lower === "down") && next === "from") || (t.lower === "compared" && (next === "with" || next === "to"));
      const weak = COMPARISON.has(t.lower) && prep !== "in" && prep !== "of";
      if (strong || weak) return "comparison";
    }
  }
  // "compared with 61 percent at the same point last year": the date of a figure compared with.
  if (!["on", "from", "with", "than", "over", "in", "of"].includes(prep)) {
    for (let k = first - 1, steps = 0; k >= 0 && steps < 9; k--, steps++) {
      const t = tokens[k]!;
      if (t.kind === "punct" && t.text !== "-" && t.text !== "%") break;
      const next = tokens[k + 1]?.lower ?? "";
      if ((t.lower === "compared" && (next === "with" || next === "to")) || t.lower === "versus" || ((t.lower === "up" || t.lower === "down") && next === "from")) return "comparison";
    }
  }
  // "rose to 41 on Thursday": the date of a new figure.
  for (let k = first - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.text !== "," && t.text !== ".") break;
    if (UPDATE_VERBS.has(t.lower)) return "update";
    // "revised the death toll … down to 275 from 288 on Sunday".
    if (t.lower === "down" && tokens[k + 1]?.lower === "to" && tokens[k + 2]?.kind === "num") return "update";
    if (t.kind === "word" && /(?:ed)$/.test(t.lower) && !UPDATE_VERBS.has(t.lower)) break;
  }
  // "had been due to reopen on Jan. 3", "was scheduled for March", "were supposed to meet on Monday".
  for (let k = first - 1, steps = 0; k >= 1 && steps < 8; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === "punct") break;
    // "was set to meet", "was set for March"; but a record "was set in 2019" is what happened.
    if (t.lower === "set" && !["to", "for"].includes(tokens[k + 1]?.lower ?? "")) continue;
    if (PLAN_WORDS.has(t.lower) && ["was", "were", "been"].includes(tokens[k - 1]?.lower ?? "")) return "plan";
  }
  // "called a strike across the coalfield for Monday", "rain was forecast for Tuesday": the day a plan or a forecast
  // is for.
  let f = first - 1;
  while (["early", "late", "mid", "the"].includes(tokens[f]?.lower ?? "") && f > 0) f--;
  // "pledged to replace it by 2023": a deadline of something to be done.
  if (tokens[f]?.lower === "by") {
    // (However long its object: "pledged to bring home the about 1,300 Spanish troops serving in Iraq by June 30".)
    for (let k = f - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
      const t = tokens[k]!;
      if (t.kind === "punct") break;
      const next = tokens[k + 1];
      if (t.lower === "to" && next !== undefined && next.kind === "word" && !/^\p{Lu}/u.test(next.text) && !["the", "a", "an", "its", "their", "his", "her", "this", "that"].includes(next.lower)) return "plan";
    }
  }
  if (tokens[f]?.lower === "for") {
    for (let k = f - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const t = tokens[k]!;
      if (t.kind === "punct") break;
      if (/[a-z]{2}ed$/.test(t.lower) || ["forecast", "set", "called"].includes(t.lower)) return "plan";
    }
  }
  // "said on Tuesday", "told reporters on Tuesday", "said in a statement on Tuesday"
  // ("told a news conference in Cairo on Saturday": a place named after "in", "at" or "from" belongs to the chain.)
  for (let k = first - 1, steps = 0; k >= 0 && steps < 9; k--, steps++) {
    const t = tokens[k]!;
    if (REPORTING_VERBS.has(t.lower)) return "reporting";
    // "according to police figures released late on Monday": figures or a report put out then.
    if (RELEASING.has(t.lower) && RELEASED_NOUNS.has(tokens[k - 1]?.lower ?? "")) return "reporting";
    const place = t.kind === "word" && isCapitalized(t) && k > 0 && (["in", "at", "from"].includes(tokens[k - 1]!.lower) || (isCapitalized(tokens[k - 1]) && tokens[k - 1]!.kind === "word"));
    if (t.kind === "punct" || !(STATEMENT_WORDS.has(t.lower) || place)) break;
  }
  // "Islamic State claimed responsibility for the attack on Thursday": the claim is a statement about the attack, and
  // the date is the statement's, however the words fall.
  for (let k = first - 1, steps = 0; k >= 1 && steps < 8; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === "punct") break;
    if (t.lower === "responsibility" && /^(?:claim|claims|claimed|claiming|admitted|accepted)$/.test(tokens[k - 1]!.lower)) return "reporting";
  }
  // "said in a televised address from La Moneda palace on Sunday night": the date ends a chain of prepositional
  // phrases that starts right after a verb of saying, with no other verb, clause or figure between.
  for (let k = first - 1, steps = 0; k >= 1 && steps < 12; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === "word" && SAYING.has(t.lower)) {
      if (["in", "at", "from", "during", "to"].includes(tokens[k + 1]?.lower ?? "") && k + 1 < first - 1) return "reporting";
      break;
    }
    // (A participle after a determiner describes a noun: "a televised address".)
    if (/[a-z]ed$/.test(t.lower) && DETERMINERS.has(tokens[k - 1]?.lower ?? "")) continue;
    if (t.kind !== "word" || t.lower === "that" || PAST_FORMS.has(t.lower) || /[a-z]ed$/.test(t.lower) || ["is", "are", "be", "has", "have", "will", "would"].includes(t.lower)) break;
  }
  // "Indonesian authorities on Monday put the death toll at 125", "Police on Tuesday said": a date between a subject
  // and its verb of saying or of putting a figure dates the statement.
  if (prep === "on" && tokens[at - 1]?.kind === "word" && /^\p{L}/u.test(tokens[at - 1]!.text)) {
    const verb = tokens[last + 1]?.lower ?? "";
    if (REPORTING_VERBS.has(verb)) return "reporting";
    if (FIGURE_VERBS.has(verb) && ["the", "its", "their", "it"].includes(tokens[last + 2]?.lower ?? "")) return "update";
  }
  // "On Tuesday, the ministry said ...": a sentence-initial date followed by a comma and a verb of saying.
  const leadWords = lead.filter((t) => t.kind === "word");
  if (leadWords.every((t) => ["on", "in", "at", "late", "early", "by", "last", "this"].includes(t.lower)) && tokens[last + 1]?.text === ",") {
    for (let k = last + 2, steps = 0; k < tokens.length && steps < 7; k++, steps++) {
      const t = tokens[k]!;
      if (REPORTING_VERBS.has(t.lower)) return "reporting";
      if (t.kind === "punct") break;
      if (/(?:ed)$/.test(t.lower) && !REPORTING_VERBS.has(t.lower)) break;
    }
  }
  return "event";
}

/**
 * The tense that governs a date, read backwards from it to the nearest cue:
 * - future: will, shall, 'll, would, upcoming, "is due to", "is set to",
 *   "is expected to", scheduled, or a present-tense verb of schedule ("the fair
 *   closes on 29 September", "the next meeting is on June 15");
 * - past: a past-tense verb ("struck on Friday", "agreed in Prague in October"),
 *   unless the date hangs on "for", "by", "until" (a deadline or a plan:
 *   "called a strike for Aug. 2");
 * - unmarked otherwise.
 * The cue is looked for in the date's clause: back to the sentence's start, a
 * semicolon, a colon, a quotation mark, or a comma before a clause's opening
 * preposition or conjunction ("…, with three weeks to go before").
 */
export function tenseAround(tokens: readonly Token[], first: number, last = first): Tense {
  // A scheduled event the date is part of ("a May 12 deadline", "campaigning for a presidential election on Jan. 8")
  // lies ahead of the clause's verb or behind it: the verb's tense does not date it, the verb after it may.
  if (scheduledEvent(tokens, first, last)) return tenseAfter(tokens, last);
  // "a ceasefire starting on June 1", "effective July 1": a start set for a day, ahead or behind whatever the verb.
  let lead = ["on", "from", "in"].includes(tokens[first - 1]?.lower ?? "") ? first - 2 : first - 1;
  // ...past a time of day: "starting at noon on Saturday", "effective at midnight on Friday".
  if (["noon", "midnight", "midday"].includes(tokens[lead]?.lower ?? "") && tokens[lead - 1]?.lower === "at") lead -= 2;
  if (STARTING.has(tokens[lead]?.lower ?? "")) return "planned";
  // "as early as Friday", "as soon as Monday": the earliest a thing may happen, ahead or behind.
  if (tokens[first - 1]?.lower === "as" && ["early", "soon"].includes(tokens[first - 2]?.lower ?? "") && tokens[first - 3]?.lower === "as") return "planned";
  let p = first - 1;
  while (["early", "late", "mid", "the", "end", "of", "-"].includes(tokens[p]?.lower ?? "") && p > 0) p--;
  const prep = tokens[p]?.lower ?? "";
  const planned = prep === "for" || prep === "by" || prep === "until" || prep === "till" || prep === "through" || (prep === "of" && tokens[first - 2]?.lower === "end");
  let infinitive = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const t = tokens[k]!;
    const w = t.lower;
    // The dots of "a.m.", "U.N." and "Aug. 6" end no clause, nor count as words.
    if (t.text === "." && tokens[k - 1]?.kind === "word" && !t.spaced && isAbbreviationWord(tokens[k - 1]!.text)) {
      steps--;
      continue;
    }
    if (t.text === ":" && tokens[k - 1]?.kind === "num" && tokens[k + 1]?.kind === "num") continue;
    if (t.text === ";" || t.text === ":" || t.text === "." || t.text === "“" || t.text === "”") break;
    // "asked the government to respond by September 30", "aimed to move them by September": the deadline of a
    // thing to be done lies ahead of the verb that set it.
    // (Not after a verb whose infinitive happens when it does: "failed to become binding on Sunday".)
    if (w === "to" && tokens[k + 1]?.kind === "word" && /^\p{Ll}/u.test(tokens[k + 1]!.text) && !ARTICLES.has(tokens[k + 1]!.lower) && !IMPLICATIVE.has(tokens[k - 1]?.lower ?? "")) infinitive = true;
    // A clause set off by a comma and opened by a preposition or conjunction has its own tense, or none: the verb
    // of the clause before does not reach into it ("a poll published on Thursday, with three weeks to go before
    // the November 19 election").
    if (t.text === "," && CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? "")) break;
    if (FUTURE_WORDS.has(w)) return "future";
    // "Biden and the first lady plan to visit Uvalde on Sunday": an intention in the present, after a plural subject
    // (not the noun: "Renzi's plan to overhaul the constitution in a referendum on Sunday").
    const subject = tokens[k - 1];
    if (INTENDING.has(w) && tokens[k + 1]?.lower === "to" && subject !== undefined && subject.kind === "word" && !subject.lower.endsWith("'s") && !ARTICLES.has(subject.lower) && !["my", "our", "your", "new"].includes(subject.lower)) return "future";
    // "oil could reach the marshes by Friday", "talks may resume on Monday": a possibility, not a past act ("could
    // have", "may have" look back).
    if (POSSIBLE.has(w) && tokens[k + 1]?.kind === "word" && !["have", "not", "n't", "be"].includes(tokens[k + 1]!.lower) && !/(?:ed|en)$/.test(tokens[k + 1]!.lower)) return "planned";
    if (SCHEDULE_PARTICIPLES.has(w) && ["to", "for", "by", "on", "in"].includes(tokens[k + 1]?.lower ?? "") && (w !== "going" || tokens[k + 1]?.lower === "to")) {
      // "is due to", "were due by", "is set for" — but "had been due to" looks back.
      if (tokens[k - 1]?.lower === "been" && tokens[k - 2]?.lower === "had") return "past";
      return "future";
    }
    if (PRESENT_SCHEDULE.has(w) && steps <= 9) return "future";
    if (PAST_FORMS.has(w) || (/[a-z]ed$/.test(w) && !NOT_PAST.has(w))) {
      // A passive after a bare "be" takes its tense from the word before it: "would be extended from Monday".
      // (An adverb may stand between: "is due to be formally proclaimed … in April".)
      if (tokens[k - 1]?.lower === "be" || (/^[a-z]+ly$/.test(tokens[k - 1]?.lower ?? "") && tokens[k - 2]?.lower === "be")) continue;
      // An -ed word after an article is an adjective ("lift the submerged carriages on Saturday"), and after "stay"
      // or "remain" a state ("will stay closed until Friday"): the tense is the verb's before it.
      if (!PAST_FORMS.has(w) && ["the", "a", "an", "its", "their", "stay", "stays", "remain", "remains"].includes(tokens[k - 1]?.lower ?? "")) continue;
      // "had invited the team to watch the final in Moscow on July 15": what is to be done lies after the verb that set it.
      return planned ? (infinitive ? "future" : "planned") : infinitive ? "planned" : "past";
    }
  }
  // "by December" with no past verb before it: a deadline ahead — unless the clause it opens is in the past ("By
  // Tuesday, authorities had attributed 38 deaths to the heat").
  if (prep === "by") return tenseAfter(tokens, first) === "past" ? "past" : "future";
  // No cue before it: a date in the subject takes the tense of the verb after it ("A planned swap of 48 prisoners in
  // March collapsed", "The vote on Monday will go ahead").
  return planned ? "planned" : tenseAfter(tokens, last);
}

/** Verbs whose infinitive is done (or not) when they are: "failed to become", "managed to reach", "began to fall". */
const IMPLICATIVE = new Set(["failed", "managed", "refused", "began", "started", "continued", "ceased", "appeared", "seemed", "happened", "struggled", "rushed", "scrambled"]);

/** Words that set when something starts: "starting on June 1", "effective July 1". */
const STARTING = new Set(["starting", "beginning", "effective", "commencing"]);

/** Nouns of events set for a day ahead of time: the tense of the clause around one does not date it. */
const SCHEDULED = new Set(["deadline", "election", "elections", "vote", "referendum", "poll", "polls", "runoff", "summit", "hearing", "trial", "ceremony", "inauguration", "launch"]);

/**
 * Is the date that of a scheduled event named as such: between a determiner and the event's noun ("a May 12
 * deadline", "the Jan. 8 election"), or after the noun where "for" or "before" sets the event ahead ("campaigning for
 * a presidential election on Jan. 8")?
 */
function scheduledEvent(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.lower ?? "";
  if (DETERMINERS.has(before) && SCHEDULED.has(tokens[last + 1]?.lower ?? "")) return true;
  if (before !== "on" || !SCHEDULED.has(tokens[first - 2]?.lower ?? "")) return false;
  for (let k = first - 3; k >= 0 && k >= first - 6; k--) {
    const w = tokens[k]!;
    if (w.lower === "for" || w.lower === "before" || w.lower === "ahead") return true;
    if (w.kind !== "word" || PAST_FORMS.has(w.lower) || /[a-z]ed$/.test(w.lower)) return false;
  }
  return false;
}

function tenseAfter(tokens: readonly Token[], first: number): Tense {
  for (let k = first + 1, steps = 0; k < tokens.length && steps < 8; k++, steps++) {
    const t = tokens[k]!;
    const w = t.lower;
    // A fronted date and its comma: "By Tuesday, regional health authorities had attributed".
    if (t.text === "," && first <= 4 && steps <= 2) continue;
    if (t.text === "." && tokens[k - 1]?.kind === "word" && !t.spaced && isAbbreviationWord(tokens[k - 1]!.text)) continue;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "'s" && t.text !== "’s") break;
    if (FUTURE_WORDS.has(w)) return "future";
    // "oil could reach the marshes by Friday", "talks may resume on Monday": a possibility, not a past act ("could
    // have", "may have" look back).
    if (POSSIBLE.has(w) && tokens[k + 1]?.kind === "word" && !["have", "not", "n't", "be"].includes(tokens[k + 1]!.lower) && !/(?:ed|en)$/.test(tokens[k + 1]!.lower)) return "planned";
    if (SCHEDULE_PARTICIPLES.has(w) && ["to", "for"].includes(tokens[k + 1]?.lower ?? "")) return "future";
    if (PRESENT_SCHEDULE.has(w) || w === "has" || w === "have") break;
    if (PAST_FORMS.has(w)) return "past";
    if (/[a-z]ed$/.test(w) && !NOT_PAST.has(w) && !["the", "a", "an", "its", "their", "be", "been"].includes(tokens[k - 1]?.lower ?? "")) return "past";
  }
  return "unmarked";
}

/**
 * `planned`: a day something was set for, done or to be done ("called a summit for Tuesday", "starting on June 1"):
 * the nearer of the last and the coming one, the coming one only when less than half as far.
 */
export type Tense = "past" | "future" | "unmarked" | "planned";

const ARTICLES = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"]);
const CLAUSE_OPENERS = new Set(["with", "as", "while", "whereas", "amid", "ahead", "before", "after", "when", "until", "unless", "although", "though"]);
/** Verbs of saying whose prepositional phrases ("said in a televised address from …") may date the saying. */
const SAYING = new Set(["said", "says", "told", "announced", "stated", "added", "declared", "insisted", "warned", "explained", "according", "saying", "telling", "announcing", "stating", "adding", "noted", "confirmed", "stressed", "emphasised", "emphasized", "acknowledged", "admitted", "denied", "claimed", "remarked", "revealed", "argued", "replied", "responded"]);
/** Modals of what may happen; their tense is no past. */
const POSSIBLE = new Set(["could", "may", "might"]);
const FUTURE_WORDS = new Set(["will", "shall", "'ll", "would", "upcoming", "forthcoming", "tomorrow", "expects", "expect", "plans", "intends", "aims", "hopes", "scheduled", "slated"]);
/** Present verbs of intending, in the form of a plural subject, that look ahead before "to" ("plan to visit"). */
const INTENDING = new Set(["plan", "intend", "aim", "hope", "want"]);
const SCHEDULE_PARTICIPLES = new Set(["due", "set", "expected", "planned", "poised", "going"]);
/** Present-tense verbs that put a date in the calendar ahead: "closes on 29 September", "is on June 15". */
const PRESENT_SCHEDULE = new Set(["is", "are", "begins", "starts", "opens", "closes", "ends", "expires", "resumes", "convenes", "meets", "takes", "runs", "falls", "kicks", "arrives", "departs", "launches", "goes"]);
const PAST_FORMS = new Set(["was", "were", "had", "did", "said", "met", "held", "took", "built", "rebuilt", "went", "came", "made", "gave", "began", "fought", "won", "lost", "broke", "left", "saw", "told", "wrote", "struck", "fell", "rose", "sent", "brought", "led", "ran", "became", "found", "thought", "sought", "spoke", "chose", "flew", "drew", "hit", "put", "cut", "shot", "sat", "stood", "withdrew", "overtook", "ago"]);
const NOT_PAST = new Set(["scheduled", "expected", "planned", "proposed", "intended", "supposed", "red", "bed", "need", "speed", "feed", "seed", "united", "based", "related", "armed", "tired", "wed", "hundred"]);

/** The nearest verb before the date in its clause: a past participle or past tense, or a verb of signing. */
export function governorOf(tokens: readonly Token[], first: number): string | null {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 16; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.text !== "-") return null;
    if (t.lower === "signature" && tokens[k - 1]?.lower === "for" && tokens[k - 2]?.lower === "opened") return "signed";
    if (t.kind === "word" && (PAST_FORMS.has(t.lower) || /[a-z]ed$/.test(t.lower) || /[a-z]ing$/.test(t.lower)) && !NOT_PAST.has(t.lower) && !["was", "were", "had", "been", "being"].includes(t.lower)) {
      // A participle after a determiner describes a noun ("a collapsed mine", "the ruling party"): not the verb.
      if (DETERMINERS.has(tokens[k - 1]?.lower ?? "")) continue;
      return t.lower;
    }
  }
  return null;
}

const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "every", "each", "some", "any", "no"]);

/**
 * What every date claim says of where it stands: its span and text, its sentence and paragraph, and the role and
 * governor read from its first and last tokens (`first`, `last` index the sentence's tokens).
 */
export function datePlace(
  ctx: ExtractContext,
  sentence: SentenceContext,
  start: number,
  end: number,
  first: number,
  last: number,
): Pick<DateClaim, "kind" | "start" | "end" | "text" | "sentence" | "paragraph" | "role" | "governor"> {
  return {
    kind: "date",
    start,
    end,
    text: ctx.doc.text.slice(start, end),
    sentence: { start: sentence.start, end: sentence.end },
    paragraph: sentence.paragraph,
    role: dateRole(sentence.tokens, first, last),
    governor: governorOf(sentence.tokens, first),
  };
}
