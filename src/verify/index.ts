/** The verify stage: one verdict per claim, from its link and the kind's rules (CONTRACT §3). */
import type { Entry } from "../model/base.js";
import type { Claim, CountClaim, DateClaim } from "../model/claim.js";
import type { Finding, LinkResult } from "../model/finding.js";
import { lowerBound, verifyCount } from "./count.js";
import type { CountOutcome as Outcome } from "./count.js";
import { compareDates } from "./date.js";
import { verifyTreaty } from "./treaty.js";
import { formatReason, stated } from "./messages.js";
import { doubtAbout, weekdayNear } from "./doubts.js";
import type { Doubt } from "./doubts.js";
import { changeAgainstDirection, partOverWhole, shareOf } from "./share.js";
import { firstDay, lastDay, parseIso, parseIsoInterval } from "../lib/isodate.js";
import type { Grain, PartialDate } from "../lib/isodate.js";
import { within } from "../lib/span-index.js";
import { DEAD_OR_MISSING, WEEK_NOTE } from "../extract/vocabulary.js";

/** "143% of adults": a share of a set that is more than the whole set. */
function shareOverWhole(claim: CountClaim, siblings: readonly Claim[], options: VerifyOptions): string | null {
  const of = shareOf(claim, options.view!, siblings);
  const { qualifier, value, min } = claim.value;
  if (of === null || lowerBound(qualifier, value ?? 0, min ?? 0, options.tolerance, claim.precision) <= 100) return null;
  return `stated ${stated(qualifier, value ?? 0, min ?? 0, claim.value.max ?? 0)} percent of ${of}, but a share of a set cannot exceed 100 percent`;
}

/** Verbs that date a period's start or end: "ended on Thursday", "began in March". */
const BOUND_VERBS = /^(?:ended|ending|concluded|finished|closed|completed|wound|began|begun|beginning|started|starting|opened|erupted|broke|launched)$/;

/**
 * A single date strictly inside an interval longer than a season, or stated as
 * its start or end inside one of more than a week ("2022-02-24/2023-06",
 * "2000/2022"): not its start or end, not a period stated in turn ("1988 to
 * 1994").
 */
function insideLongPeriod(claim: DateClaim, date: string): boolean {
  const i = date.includes("/") ? parseIsoInterval(date) : null;
  const value = claim.value.value;
  // A date stated as a bound ("ended on Thursday") is no evidence inside more than a week (a day) or a month; any
  // other is, as the contract has it, inside a season (a day inside three months, a month or year inside a year).
  const bound = claim.governor !== null && BOUND_VERBS.test(claim.governor);
  const limit = claim.grain === "day" ? (bound ? 7 : 92) : bound ? 31 : 366;
  if (i === null || value === null || claim.value.to !== undefined || lastDay(i.to) - firstDay(i.from) <= limit) return false;
  const [from, to] = date.split("/") as [string, string];
  // A boundary as precise as the date: "11 November 1918" is the end of 1914-07-28/1918-11-11; a day in June is not the end of "2023-06".
  const grain = (d: string) => d.split("-").length;
  const isBoundary = (b: string) => grain(b) >= grain(value) && compareDates(value, null, b).result === "agree";
  return !isBoundary(from) && !isBoundary(to);
}

export interface VerifyOptions {
  /** Relative tolerance of `about` and `nearly` (CONTRACT §3; default 0.1). */
  readonly tolerance: number;
  readonly published: string | null;
  /** The document's prose view, for the claim's sentence. */
  readonly view?: string;
}

export const DEFAULT_TOLERANCE = 0.1;

const ROLE_MESSAGES: Record<Exclude<DateClaim["role"], "event">, string> = {
  reporting: "dates a statement about the event, not the event itself",
  dateline: "the story's dateline, not a date of the events it reports",
  update: "dates a new figure (\"rose to 41 on Thursday\"), not the event",
  comparison: "a point of comparison (\"the largest since 1945\"), not a date of the event",
  plan: "dates a plan (\"had been due to reopen on Jan. 3\"), not what happened",
};

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function verifyClaim(claim: Claim, link: LinkResult, options: VerifyOptions): Finding {
  const unlinked = (rule: string, message: string): Finding => ({ claim, verdict: "unverified", entry: null, expected: null, reason: formatReason(rule, message, null), rule, link });
  // "Thursday, 12 November 2023" (a Sunday) contradicts itself: false of any entry it is linked to, and worth saying of any date.
  if (claim.kind === "date" && claim.weekday) {
    const message = `${claim.value.value} was a ${WEEKDAY_NAMES[claim.weekday.actual]}, not a ${WEEKDAY_NAMES[claim.weekday.stated]}`;
    const entry = link.link?.entry ?? null;
    if (claim.role !== "event" || entry === null) return unlinked("date.weekday", `${message} (${entry === null ? "no entry linked" : ROLE_MESSAGES[claim.role as Exclude<DateClaim["role"], "event">]})`);
    return { claim, verdict: "contradicted", entry, expected: entry.date ? { value: entry.date } : null, reason: formatReason("date.weekday", message, entry), rule: "date.weekday", link };
  }
  if (claim.kind === "date" && claim.role !== "event") {
    return unlinked(`date.${claim.role}`, ROLE_MESSAGES[claim.role]);
  }
  // A part larger than the whole its sentence gives it refutes itself: false of any entry it is linked to.
  const overSibling = claim.kind === "count" && options.view !== undefined ? partOverWhole(claim, link.siblings ?? [], options.view, options.tolerance) : null;
  if (overSibling !== null) {
    if (!link.link) return unlinked("count.part-over-whole", `${overSibling} (no entry linked)`);
    return { claim, verdict: "contradicted", entry: link.link.entry, expected: null, reason: formatReason("count.part-over-whole", overSibling, link.link.entry), rule: "count.part-over-whole", link };
  }
  // So does the figure a change started from on the wrong side of the new one ("rose to 468, up from 895").
  const against = claim.kind === "count" && options.view !== undefined ? changeAgainstDirection(claim, link.siblings ?? [], options.view) : null;
  if (against !== null) {
    if (!link.link) return unlinked("count.change-direction", `${against} (no entry linked)`);
    return { claim, verdict: "contradicted", entry: link.link.entry, expected: null, reason: formatReason("count.change-direction", against, link.link.entry), rule: "count.change-direction", link };
  }
  if (!link.link) return unlinked(`link.${link.code ?? "no-entry"}`, link.reason ?? "no entry linked");
  const entry = link.link.entry;
  let outcome = outcomeOf(claim, link, options);
  // A weak link that does not bear the claim out, or a link to an entry without its fact, may give way to the
  // article's main entry, if that one bears it out.
  if (outcome.verdict !== "supported" && link.alternative && (link.link.strength === "weak" || link.link.via === "keywords" || outcome.rule === "fact.missing")) {
    const other: LinkResult = { ...link, link: link.alternative, candidates: [link.alternative, ...link.candidates] };
    const alt = outcomeOf(claim, other, options);
    if (alt.verdict === "supported") return { claim, verdict: "supported", entry: other.link!.entry, expected: alt.expected, reason: formatReason(alt.rule, alt.message, other.link!.entry), rule: alt.rule, link: other };
  }
  // A date inside a period (a day inside more than a week, a month or year inside more than a month) is no evidence:
  // the period holds the dates of everything that happened in it (a trial's verdict on a day moved by two is still
  // inside the trial, a rescue's last day moved by two still inside the rescue).
  if (outcome.verdict === "supported" && claim.kind === "date" && entry.date !== null && insideLongPeriod(claim, entry.date)) {
    const period = `the entry is a period (${entry.date}), which holds the dates of everything that happened in it`;
    outcome =
      link.link.strength === "weak"
        ? { ...outcome, verdict: "unverified", rule: "link.weak", message: `not compared: ${link.link.weakness ?? "tied weakly to the entry"}, and ${period}` }
        : { ...outcome, verdict: "unverified", rule: "date.inside-period", message: `${claim.text} is neither its start nor its end, and ${period}` };
  }
  // Weakly tied by a keyword that is the date's own text (an entry keyed by "2012" for "in 2012"), agreement is circular.
  const m = link.link.mention;
  if (outcome.verdict === "supported" && claim.kind === "date" && link.link.strength === "weak" && link.link.via === "keywords" && within(m, claim)) {
    outcome = { ...outcome, verdict: "unverified", rule: "link.weak", message: `not compared: ${link.link.weakness ?? "tied weakly to the entry"}, and the keyword that ties it is its own text` };
  }
  // An entry keyed by the date's own words ("2008") yet dated otherwise (2007): whoever wrote the base read this date
  // and tied it to the entry as something else than its date ("allowed to reopen in 2008" of a mine closed in 2007).
  if (outcome.verdict === "contradicted" && claim.kind === "date" && link.link.via === "keywords" && keyedByItsOwnWords(claim, entry)) {
    outcome = { ...outcome, verdict: "unverified", rule: "date.keyed-by-itself", message: `the entry is keyed by the date's own words ("${claim.text}") but dated otherwise, so the date is of something else it tells: ${outcome.message}` };
  }
  // A share of a set above 100 percent is false whatever the entry holds and however it was linked.
  const over = outcome.verdict !== "supported" && claim.kind === "count" && options.view !== undefined ? shareOverWhole(claim, link.siblings ?? [], options) : null;
  if (over) return { claim, verdict: "contradicted", entry, expected: { max: 100 }, reason: formatReason("count.share-over-whole", over, entry), rule: "count.share-over-whole", link };
  // Borne out only by the whole, an elliptic count ("two favoured" after "Five members voted for") proves nothing:
  // it is a part or a comparison, and a part equal to the whole is what a false figure looks like.
  if (outcome.verdict === "supported" && claim.kind === "count" && claim.elliptic && outcome.expected !== null && outcome.expected["group"] === undefined) {
    outcome = { ...outcome, verdict: "unverified", rule: "count.elliptic", message: `its counted noun ("${claim.counted}") is understood from the count before it, so it may be a part, and only the whole figure holds it: ${outcome.message}` };
  }
  // Refuted by a group its clause names ("… but more than 230,000 in 2012", a breakdown by year), it is that group's.
  if (outcome.verdict === "contradicted" && claim.kind === "count" && claim.elliptic && (outcome.expected === null || outcome.expected["group"] === undefined)) {
    outcome = { ...outcome, verdict: "unverified", rule: "count.elliptic", message: `its counted noun ("${claim.counted}") is understood from the count before it, so it may be a comparison or a part: ${outcome.message}` };
  }
  // The dead and the missing together ("18,000 people dead or missing") are refuted only by a group that names both:
  // the entry's toll alone may be of the dead only.
  if (outcome.verdict === "contradicted" && claim.kind === "count" && (claim.provenance.notes ?? []).includes(DEAD_OR_MISSING) && (outcome.expected === null || outcome.expected["group"] === undefined)) {
    outcome = { ...outcome, verdict: "unverified", rule: "count.dead-or-missing", message: `"${claim.text}" counts the dead and the missing together, and the entry has no figure for both: ${outcome.message}` };
  }
  // Tied only as the story's (`close`), a count the article's main entry does not refute may be of the main entry.
  if (outcome.verdict === "contradicted" && link.link.close && link.alternative && link.alternative.entry !== entry) {
    const alt = outcomeOf(claim, { ...link, link: link.alternative }, options);
    if (alt.verdict !== "contradicted") outcome = { ...outcome, verdict: "unverified", rule: "link.other-agrees", message: `${link.alternative.entry.id}, the article's main entry, does not refute it: ${alt.message}` };
  }
  if (outcome.verdict === "contradicted") {
    const doubt = doubtAbout(claim, link, options.published, options.view) ?? otherCandidateAgrees(claim, link, options) ?? mainEntryDay(claim, link);
    // A weekday far from the entry it was linked to dates the story's week: another entry named near it, of that
    // week, is the one it dates, and is compared instead.
    const near = doubt?.rule === "date.weekday-far" && claim.kind === "date" ? link.candidates.find((c) => c.entry !== entry && c.strength === "stated" && weekdayNear(claim, c.entry)) : undefined;
    if (near) {
      const other: LinkResult = { ...link, link: near };
      let alt = outcomeOf(claim, other, options);
      const altDoubt = alt.verdict === "contradicted" ? doubtAbout(claim, other, options.published, options.view) : null;
      if (altDoubt) alt = { ...alt, verdict: "unverified", rule: altDoubt.rule, message: altDoubt.message };
      return { claim, verdict: alt.verdict, entry: near.entry, expected: alt.expected, reason: formatReason(alt.rule, alt.message, near.entry), rule: alt.rule, link: other };
    }
    if (doubt) outcome = { ...outcome, verdict: "unverified", rule: doubt.rule, message: doubt.message };
  }
  return { claim, verdict: outcome.verdict, entry, expected: outcome.expected, reason: formatReason(outcome.rule, outcome.message, entry), rule: outcome.rule, link };
}

/**
 * Another entry the claim was tied to (by a name or all its keywords) bears it
 * out: the claim may be of that one ("Donors meeting in Geneva on Monday" when
 * the base holds two donor meetings in Geneva). A contradiction cannot be
 * justified then; the other entry is named.
 */
function otherCandidateAgrees(claim: Claim, link: LinkResult, options: VerifyOptions): Doubt | null {
  const linked = link.link!;
  // Small numbers and years agree with something by chance: only days, months of a year ("in August 2004") and counts
  // other than percentages say so.
  if (claim.kind === "treaty" || (claim.kind === "count" && claim.value.measure === "percent") || (claim.kind === "date" && (parseIso(claim.value.value ?? "")?.month ?? null) === null)) return null;
  for (const other of link.candidates) {
    if (other.entry === linked.entry || other.strength !== "stated") continue;
    if (outcomeOf(claim, { ...link, link: other }, options).verdict === "supported") {
      return { rule: "link.other-agrees", message: `${other.entry.id}, also named near it, bears it out` };
    }
  }
  return null;
}

/**
 * A day that is the day of the article's main event ("after Saturday's attack", "the moment the slope collapsed on
 * March 22, 2014"), linked to another entry of the story by its name or keywords near it: the day is more likely the
 * main event's than a wrong day of the other, so the contradiction cannot be justified. It is not borne out either:
 * nothing near it names the main entry.
 */
function mainEntryDay(claim: Claim, link: LinkResult): Doubt | null {
  const main = link.main;
  if (claim.kind !== "date" || main === undefined || main.date === null || main.date.includes("/") || claim.value.value === null || claim.value.to) return null;
  if ((parseIso(claim.value.value)?.day ?? null) === null || (parseIso(main.date)?.day ?? null) === null) return null;
  if (compareDates(claim.value.value, null, main.date).result !== "agree") return null;
  return { rule: "link.other-agrees", message: `${main.id}, the article's main entry, has this day (${main.date}): the date may be its` };
}

function outcomeOf(claim: Claim, link: LinkResult, options: VerifyOptions): Outcome {
  const entry = link.link!.entry;
  switch (claim.kind) {
    case "count":
      return verifyCount(claim, entry, {
        ...options,
        siblings: link.siblings ?? [],
        via: link.link!.via,
        ...(link.link!.close ? { close: true } : {}),
        ...(link.link!.strength === "weak" ? { weak: true } : {}),
        ...(link.link!.before === true ? { before: true } : {}),
        ...(link.link!.instead !== undefined ? { instead: link.link!.instead } : {}),
        ...(link.link!.restates ? { restates: link.link!.restates.text } : {}),
        ...(options.view !== undefined ? { sentence: { text: options.view.slice(claim.sentence.start, claim.sentence.end), start: claim.sentence.start } } : {}),
      });
    case "treaty":
      return verifyTreaty(claim, entry);
    case "date": {
      const { value, to } = claim.value;
      if (value === null) {
        return { verdict: "unverified", rule: "value.unresolved", message: `"${claim.text}" could not be resolved without a publication date`, expected: null };
      }
      if (entry.date === null) return { verdict: "unverified", rule: "fact.missing", message: "the entry has no date", expected: null };
      const expected = { value: entry.date };
      const stated = to ? `${value}/${to}` : value;
      const c = compareDates(value, to, entry.date);
      if (c.result === "incomparable") return { verdict: "unverified", rule: "date.incomparable", message: c.why, expected };
      if (c.result === "agree" && to && !(claim.provenance.implied ?? []).includes(WEEK_NOTE) && spanBoundsApart(value, to, entry.date, c.grain)) {
        return { verdict: "unverified", rule: "date.span-bounds", message: `the span ${stated} overlaps the reference ${entry.date}, but a bound is more than one ${c.grain} off at ${c.grain} granularity`, expected };
      }
      if (c.result === "agree") {
        return { verdict: "supported", rule: "date.granularity", message: `reference ${entry.date} agrees with ${stated} at ${c.grain} granularity`, expected };
      }
      return { verdict: "contradicted", rule: "date.granularity", message: `stated ${stated}, but reference ${entry.date} (compared at ${c.grain} granularity)`, expected };
    }
    default: {
      const never: never = claim;
      return never;
    }
  }
}

/** Is one of the entry's keywords, with a digit, the date's own text ("2008" for "in 2008")? */
function keyedByItsOwnWords(claim: DateClaim, entry: Entry): boolean {
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w !== "").join(" ");
  const text = words(claim.text);
  return /\d/.test(text) && entry.keywords.some((k) => words(k) === text);
}

/**
 * A stated span ("built between 1973 and 1977") against an entry that is one
 * too: overlapping says little when a bound is more than one unit off ("between
 * 1970 and 1977" against 1973/1977); one unit is a convention of counting
 * ("the 2014-2016 epidemic", which began in December 2013).
 */
function spanBoundsApart(value: string, to: string, reference: string, grain: Grain): boolean {
  const ref = reference.includes("/") ? parseIsoInterval(reference) : null;
  const a = parseIso(value);
  const b = parseIso(to);
  if (ref === null || a === null || b === null || a.year === null || b.year === null) return false;
  const unit = (d: PartialDate, last: boolean) => (grain === "year" ? d.year! : grain === "month" ? d.year! * 12 + ((d.month ?? (last ? 12 : 1)) - 1) : last ? lastDay(d) : firstDay(d));
  return Math.abs(unit(a, false) - unit(ref.from, false)) > 1 || Math.abs(unit(b, true) - unit(ref.to, true)) > 1;
}
