/**
 * How a date hangs in its sentence: its role (the event it dates, or a
 * statement: "said on Tuesday", "On Monday, the ministry announced") and the
 * tense around it ("will meet on Monday" looks forward).
 */
import type { DateRole } from "../../model/claim.js";
import type { Token } from "../text/tokens.js";
import { REPORTING_VERBS } from "../vocabulary.js";

/** Words allowed between a verb of saying and the date it is stamped with ("said in a statement on Tuesday"). */
const STATEMENT_WORDS = new Set(["on", "in", "at", "late", "early", "a", "an", "the", "statement", "interview", "reporters", "journalists", "press", "conference", "briefing", "television", "tv", "radio", "media", "news", "agency", "post", "message", "letter", "speech", "address", "earlier", "later", "last", "this", "that", "it", "parliament", "lawmakers", "told", "with", "to", "state", "local", "russian", "online"]);

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

export function dateRole(tokens: readonly Token[], first: number, last: number): DateRole {
  // "said on Tuesday", "told reporters on Tuesday", "said in a statement on Tuesday"
  for (let k = first - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k]!;
    if (REPORTING_VERBS.has(t.lower)) return "reporting";
    if (t.kind === "punct" || !STATEMENT_WORDS.has(t.lower)) break;
  }
  // "On Tuesday, the ministry said ...": a sentence-initial date followed by a comma and a verb of saying.
  const lead = tokens.slice(0, first).filter((t) => t.kind === "word");
  if (lead.every((t) => ["on", "in", "at", "late", "early", "by", "last", "this"].includes(t.lower)) && tokens[last + 1]?.text === ",") {
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
 */
export function tenseAround(tokens: readonly Token[], first: number): Tense {
  const prep = tokens[first - 1]?.lower ?? "";
  const planned = prep === "for" || prep === "by" || prep === "until" || prep === "till" || prep === "through" || (prep === "of" && tokens[first - 2]?.lower === "end");
  for (let k = first - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (t.text === ";" || t.text === ":" || t.text === "." || t.text === "“" || t.text === "”") break;
    if (FUTURE_WORDS.has(w)) return "future";
    if (SCHEDULE_PARTICIPLES.has(w) && ["to", "for", "by", "on", "in"].includes(tokens[k + 1]?.lower ?? "")) {
      // "is due to", "were due by", "is set for" — but "had been due to" looks back.
      if (tokens[k - 1]?.lower === "been" && tokens[k - 2]?.lower === "had") return "past";
      return "future";
    }
    if (PRESENT_SCHEDULE.has(w) && k >= first - 4) return "future";
    if (PAST_FORMS.has(w) || (/[a-z]ed$/.test(w) && !NOT_PAST.has(w))) return planned ? "unmarked" : "past";
  }
  return "unmarked";
}

export type Tense = "past" | "future" | "unmarked";

const FUTURE_WORDS = new Set(["will", "shall", "'ll", "would", "upcoming", "forthcoming", "tomorrow", "expects", "expect", "plans", "intends", "aims", "hopes", "scheduled", "slated"]);
const SCHEDULE_PARTICIPLES = new Set(["due", "set", "expected", "planned", "poised", "going"]);
/** Present-tense verbs that put a date in the calendar ahead: "closes on 29 September", "is on June 15". */
const PRESENT_SCHEDULE = new Set(["is", "are", "begins", "starts", "opens", "closes", "ends", "expires", "resumes", "convenes", "meets", "takes", "runs", "falls", "kicks", "arrives", "departs", "launches", "goes"]);
const PAST_FORMS = new Set(["was", "were", "had", "did", "said", "met", "held", "took", "went", "came", "made", "gave", "began", "fought", "won", "lost", "broke", "left", "saw", "told", "wrote", "struck", "fell", "rose", "sent", "brought", "led", "ran", "became", "found", "thought", "sought", "spoke", "chose", "flew", "drew", "hit", "put", "cut", "shot", "sat", "stood", "withdrew", "overtook", "ago"]);
const NOT_PAST = new Set(["scheduled", "expected", "planned", "proposed", "intended", "supposed", "red", "bed", "need", "speed", "feed", "seed", "united", "based", "related", "armed", "tired", "wed", "hundred"]);
