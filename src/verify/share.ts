/**
 * Parts that are more than their whole, whatever the base says. A percentage
 * of a set of things ("70% of adults", "98% of polling stations") is a share:
 * it cannot exceed 100 percent. A percentage of a magnitude ("120% of GDP",
 * "150% of pre-war levels", "200% of the target") can, and is left alone. A
 * count stated as a part of another count of its sentence cannot exceed it.
 */
import type { Claim, CountClaim } from "../model/claim.js";
import { isPluralNoun } from "../extract/text/nouns.js";
import { MAGNITUDES } from "../extract/vocabulary.js";
import { lowerBound, partitivePart, upperBound } from "./count.js";

/** Words that may open the set: "of the adults", "of all stations". */
const DETERMINERS = new Set(["the", "its", "their", "all", "those", "them", "these", "our", "his", "her", "eligible", "registered"]);

/** Words that end the look-ahead: the set's noun phrase is over. */
const PHRASE_END = /^(?:in|at|on|by|for|from|to|with|who|which|that|and|or|but|as|than|were|was|are|is|had|have|has)$/;

/** Wholes named by a singular noun: a share of one cannot exceed it ("59.1 percent of the vote", "51 percent of the land"). */
const WHOLES = new Set(["vote", "land", "territory", "area", "population", "electorate", "workforce", "crop", "harvest", "prefecture", "island", "surface"]);

/** Turnout named right before the percentage in its clause ("Turnout was unexpectedly high at 68.5 percent"). */
const TURNOUT_BEFORE = /\bturnout\b[^\d;:()]{0,40}$/i;

/** A side's vote, or the vote's share, right before the percentage: "The highest Yes vote was 78.5 percent". */
const SIDE_VOTE = /\b(?:(?:yes|no|leave|remain)["”’']?\s+(?:vote|side|camp)|vote\s+share|share\s+of\s+the\s+vote|(support)\s+for)\b/gi;

/** The words that may stand between that vote and its figure: a verb of being or reaching, no other action. */
const SIDE_VOTE_GAP = new Set([
  "was", "were", "is", "stood", "reached", "came", "ran", "hit", "at", "of", "to", "put", "it", "just", "only", "a", "an", "the",
  "about", "around", "roughly", "nearly", "almost", "some", "over", "more", "than", "under", "less", "below", "above",
  "estimated", "final", "official", "overall", "national", "record", "high", "highest", "low", "lowest", "strongest",
  "weakest", "previous", "unexpectedly", "provisional", "had", "has", "been", "with",
]);

/** Is the text before a figure a side's vote and words of being or reaching ("the "No" vote at", "support for repeal at")? */
function sideVote(before: string): boolean {
  const side = [...before.matchAll(SIDE_VOTE)].at(-1);
  if (side === undefined || /[\d;:()]/.test(before.slice(side.index))) return false;
  const gap = before.slice(side.index + side[0].length).toLowerCase().split(/[\s,—-]+/).filter((w) => w !== "");
  // Support is for something: "support for repeal at 68 percent".
  if (side[1] !== undefined) gap.splice(0, gap[0] === "the" ? 2 : 1);
  return gap.every((w) => SIDE_VOTE_GAP.has(w));
}

/** A verb of voting right after the percentage: its share of the voters ("71 percent voted against", "with 62% in favour", "with 53 percent against."). */
const VOTED_AFTER = /^\s+(?:(?:who|that)\s+(?:had\s+|have\s+)?)?(?:voted|voting|backed|backing|supported|rejected|opposed|approved|favou?red|chose|picked|cast(?:ing)?\s+(?:their\s+)?(?:ballots|votes)|in\s+favou?r|against(?=\s*(?:[.,;)]|and\b|$)))\b/i;

/** A part of a whole by its state: "55 percent contained", "90 percent complete". */
const STATE_AFTER = /^\s+(?:contained|complete|completed|vaccinated|immuni[sz]ed)\b/i;

/** A verb that makes the percentage a part of what follows "of": "accounts for 85 percent of the group's output". */
const PART_VERB_BEFORE = /\b(?:accounts?|accounted|accounting)\s+for\s+$|\b(?:makes?|made|making)\s+up\s+$|\b(?:represents?|represented|representing|comprises?|comprised|comprising)\s+$/i;

/** Voting before "by" and the figure: "Scotland voted to stay by 62 percent", "rejected it in June 2008 by 53.4 percent". */
const VOTING = /\b(?:vot(?:ed|es|ing)|backed|approved|rejected|defeated|turned\s+down|chose|legali[sz]ed|said\s+(?:yes|no))\b/gi;

/** Changes, which a "by" may measure instead: "voted in 2010 to raise taxes by 150 percent". */
const CHANGE = /\b(?:rais(?:e|ed|es|ing)|cut|cuts|cutting|reduc(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|hik(?:e|ed|es|ing)|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|grow(?:s|n|ing)?|grew)\b/i;

/** Participles that name a set of people after "those": "of those infected", "of those polled". */
const PEOPLE_PARTICIPLES = /^(?:who|polled|surveyed|asked|questioned|interviewed|voting|eligible|registered|infected|affected|displaced|injured|killed|evacuated|vaccinated|tested|detained|arrested)$/;

/** Between a figure and the one it changed from or is set against: "64.2 percent, down from 71 percent". */
const BASELINE_GAP = /^,?\s{1,3}(?:(?:up|down)\s{1,3})?from\s{1,3}$|^,\s{1,3}(?:against|compared\s(?:with|to))\s{1,3}$/i;

/** A possessive opens the set like a determiner: "of the EU's population", "of Italy's buildings". */
const POSSESSIVE = /^[\p{L}.-]+['’]s?$/u;

/** Is the figure right after "by", with a verb of voting before it in the 90 characters before and no change between? */
function votedBy(before: string): boolean {
  if (!/\bby\s{1,4}$/i.test(before)) return false;
  const clause = before.slice(-90);
  const voting = [...clause.matchAll(VOTING)].at(-1);
  if (voting === undefined) return false;
  const rest = clause.slice(voting.index + voting[0].length);
  return !CHANGE.test(rest) && !UP.test(rest) && !DOWN.test(rest);
}

/**
 * The set a percentage is a share of — a plural noun ("adults" in "70% of adults by December"), a whole named by a
 * singular noun ("the vote"), the turnout, a side's vote, the voters of a verb of voting, what the percentage makes
 * up — or null. A baseline ("Turnout was 64.2 percent, down from 71 percent") is of the set its change's figure is:
 * `siblings` are the claims of its sentence.
 */
export function shareOf(claim: CountClaim, view: string, siblings: readonly Claim[] = []): string | null {
  if (claim.value.measure !== "percent") return null;
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 100), claim.start);
  if (TURNOUT_BEFORE.test(before.slice(-60))) return "the turnout";
  if (sideVote(before.slice(-60))) return "the vote";
  const after = view.slice(claim.end, claim.end + 100);
  if (VOTED_AFTER.test(after) || votedBy(before)) return "the voters";
  if (STATE_AFTER.test(after)) return "the whole";
  // The figure right before, of which this one is the baseline: "64.2 percent, down from 71 percent", "…, against 52 percent".
  const now = siblings.filter((s): s is CountClaim => s.kind === "count" && s.end <= claim.start && s.value.measure === "percent").pop();
  if (now !== undefined && BASELINE_GAP.test(view.slice(now.end, claim.start))) {
    const set = shareOf(now, view);
    if (set !== null) return set;
  }
  const of = /^\s+of\s+((?:[^.,;:!?()\n]|[.,](?=\d)){0,80})/.exec(after);
  if (!of) return null;
  if (PART_VERB_BEFORE.test(before)) return "what it is a part of";
  const words = of[1]!.toLowerCase().split(/\s+/).filter((w) => w !== "");
  let k = 0;
  while (k < words.length && (DETERMINERS.has(words[k]!) || POSSESSIVE.test(words[k]!) || /^\d[\d.,]*$/.test(words[k]!))) k++;
  // "of those who cast ballots", "of those polled", "of them": a set of people named by a pronoun.
  if (k > 0 && (words[k - 1] === "those" || words[k - 1] === "them") && (k === words.length || PEOPLE_PARTICIPLES.test(words[k]!))) return words[k - 1]!;
  for (let n = 0; n < 3 && k < words.length; n++, k++) {
    const w = words[k]!;
    if (PHRASE_END.test(w) || !/^[\p{L}-]+$/u.test(w)) return null;
    if (MAGNITUDES.has(w)) return null;
    if (isPluralNoun(w)) return w;
    if (WHOLES.has(w) && !/^(?:of|'s)$/.test(words[k + 1] ?? "")) return `the ${w}`;
  }
  return null;
}

/**
 * "11 soldiers among 10 killed", "91 injured, 114 of them critically": a part
 * of a count of its own sentence that is more than that count refutes itself,
 * whatever the base says. The whole is the count right after "(were) among",
 * or the count of the same measure before "of them". Returns why, or null.
 */
export function partOverWhole(claim: CountClaim, siblings: readonly Claim[], view: string, tolerance: number): string | null {
  // A percentage is a share of its set, whatever that set is a part of: "61 percent of those who voted" is no part of
  // the "52 percent" before it.
  if (claim.value.measure === "percent") return null;
  const counts = siblings.filter((s): s is CountClaim => s.kind === "count");
  const among = counts.find((s) => s.start > claim.end && /^\s+(?:(?:were|was|are|is)\s+)?among\s+(?:the\s+)?$/i.test(view.slice(claim.end, s.start)));
  // ("of those who fled" names a set of its own.)
  const ofThem = /^\s+of\s+(?:them|whom|those(?!\s+(?:who|that|which|whose|in|on|at|from|with|under|over|aged)\b))\b/i.test(view.slice(claim.end, claim.end + 24))
    ? counts.filter((s) => s.end <= claim.start && s.value.measure === claim.value.measure).pop()
    : undefined;
  // The set of a partitive, with its own count: "won 63 of the 60 seats".
  const ofSet = counts.find((s) => s.start >= claim.numberSpan.end && s.value.measure === claim.value.measure && partitivePart(s, { text: view.slice(s.sentence.start, s.sentence.end), start: s.sentence.start }, [claim]) === claim);
  const whole = among ?? ofThem ?? ofSet;
  if (whole === undefined) return null;
  const part = lowerBound(claim.value.qualifier, claim.value.value ?? 0, claim.value.min ?? 0, tolerance, claim.precision);
  const most = upperBound(whole.value.qualifier, whole.value.value ?? 0, whole.value.max ?? Infinity, tolerance, whole.precision);
  return part > most ? `"${claim.text}" is stated as a part of "${whole.text}", but is more than it` : null;
}

/** Words that set the direction of a change: "rose to 468, up from 446", "fell to 23 seats from 25". */
const UP = /\b(?:up|rose|risen|rising|rises|climbed|climbing|increased|increasing|jumped|soared|surged|grew|grown|raised|raising)\b/i;
const DOWN = /\b(?:down|fell|fallen|falling|falls|dropped|declined|decreased|lowered|lowering|shrank|plunged|slipped)\b/i;

/**
 * The figure a change started from, against the new figure of its sentence: "The toll rose to 468, up from 446"
 * says 446 is less than 468; "up from 895" would refute itself. Null when the sentence says no direction, both, or
 * the two agree with it.
 */
export function changeAgainstDirection(claim: CountClaim, siblings: readonly Claim[], view: string): string | null {
  if (claim.baseline !== true || claim.value.value === null || claim.value.value === undefined) return null;
  const now = siblings.filter((s): s is CountClaim => s.kind === "count" && s.end <= claim.start && s.baseline !== true && s.value.measure === claim.value.measure).pop();
  if (now === undefined || now.value.value === null || now.value.value === undefined || now.value.qualifier !== "exact" || claim.value.qualifier !== "exact") return null;
  // The change's own words: between the figures ("…, up from") or with the new one ("rose to").
  const words = view.slice(Math.max(claim.sentence.start, now.start - 40), claim.start);
  const up = UP.test(words);
  const down = DOWN.test(words);
  if (up === down) return null;
  const was = claim.value.value;
  const is = now.value.value;
  if (up && was >= is) return `"${claim.text}" is stated as the figure before a rise to ${now.text}, but is not less than it`;
  if (down && was <= is) return `"${claim.text}" is stated as the figure before a fall to ${now.text}, but is not more than it`;
  return null;
}
