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
 * The tense that governs a date: the nearest verb before it decides ("agreed in
 * Prague in October" is past even after "plans its next steps"); "will", "shall",
 * "is due to", "is set to", "is scheduled", "upcoming" make it future.
 */
export function tenseAround(tokens: readonly Token[], first: number): "past" | "future" {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (t.text === ";" || t.text === ":") break;
    if (w === "will" || w === "shall" || w === "'ll" || w === "upcoming" || w === "forthcoming") return "future";
    if ((w === "due" || w === "set" || w === "expected" || w === "scheduled" || w === "planned" || w === "plans") && (tokens[k + 1]?.lower === "to" || tokens[k + 1]?.lower === "for")) {
      return "future";
    }
    if (w === "scheduled" || w === "slated") return "future";
    if (PAST_FORMS.has(w) || (/[a-z]ed$/.test(w) && !NOT_PAST.has(w))) return "past";
  }
  return "past";
}

const PAST_FORMS = new Set(["was", "were", "had", "did", "said", "met", "held", "took", "went", "came", "made", "gave", "began", "fought", "won", "lost", "broke", "left", "saw", "told", "wrote", "struck", "fell", "rose", "sent", "brought", "led", "ran", "became", "found", "thought", "sought", "spoke", "chose", "flew", "drew", "hit", "put", "set", "cut", "shot", "sat", "stood", "withdrew", "overtook"]);
const NOT_PAST = new Set(["scheduled", "expected", "planned", "proposed", "intended", "supposed", "red", "bed", "need", "speed", "feed", "seed", "united", "based", "related", "armed", "tired", "wed"]);
