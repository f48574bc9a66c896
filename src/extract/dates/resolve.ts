/**
 * From what chrono read to an ISO value: keep the granularity as written, infer
 * a missing year from the publication date (the most recent such day not after
 * it, or the next one when the sentence speaks of the future), resolve weekdays
 * and relative dates, and leave them unresolved when there is no publication date.
 */
import { dayNumber, daysInMonth, formatIso, fromDayNumber, weekday as weekdayOf } from "../../lib/isodate.js";
import type { Grain, PartialDate } from "../../lib/isodate.js";
import type { Components, RawDate } from "./chrono.js";

export interface Resolved {
  readonly value: string | null;
  /** The last day of a span ("last week": its Monday to its Sunday). */
  readonly to?: string;
  readonly grain: Grain;
  readonly implied: readonly string[];
  /** A weekday written with a full date it does not fall on ("Thursday, 12 November 2023", a Sunday): 0 is Sunday. */
  readonly weekday?: { readonly stated: number; readonly actual: number };
}

/** The stated weekday against the day's, when both are known and differ. */
function weekdayCheck(c: Components, year: number | null, month: number | null, day: number | null): Pick<Resolved, "weekday"> {
  if (!c.certain.has("weekday") || c.weekday === null || year === null || month === null || day === null) return {};
  const actual = weekdayOf(dayNumber(year, month, day));
  return actual === c.weekday ? {} : { weekday: { stated: c.weekday, actual } };
}

export type { Tense } from "./context.js";
import type { Tense } from "./context.js";
import { WEEK_NOTE } from "../vocabulary.js";

/** Does chrono's result depend on the reference day ("yesterday", "last month", "two days ago")? */
export function isRelative(raw: RawDate): boolean {
  return (
    raw.tags.has("result/relativeDate") ||
    [...raw.tags].some((t) => /^casualReference\/(?:today|yesterday|tomorrow|tonight|now|lastNight)/i.test(t)) ||
    raw.tags.has("claimcheck/monthOfRelativeYear") ||
    /\b(?:this|last|next)\s+(?:year|month)\b/i.test(raw.text)
  );
}

export function resolveComponents(raw: RawDate, c: Components, published: PartialDate | null, tense: Tense): Resolved | null {
  const has = (k: "year" | "month" | "day" | "weekday") => c.certain.has(k);
  if (isRelative(raw)) {
    // Granularity of a relative expression is what chrono marked as known: "last month" → month.
    const grain: Grain | null = has("day") ? "day" : has("month") ? "month" : has("year") ? "year" : null;
    if (grain === null) return null;
    if (!published) return { value: null, grain, implied: ["relative to an unknown publication date"] };
    const value = formatIso({ year: c.year, month: grain === "year" ? null : c.month, day: grain === "day" ? c.day : null });
    return { value, grain, implied: ["resolved against the publication date"] };
  }
  if (has("year") && has("month") && has("day")) return { value: formatIso({ year: c.year, month: c.month, day: c.day }), grain: "day", implied: [], ...weekdayCheck(c, c.year, c.month, c.day) };
  if (has("year") && has("month")) return { value: formatIso({ year: c.year, month: c.month, day: null }), grain: "month", implied: [] };
  if (has("year")) return { value: formatIso({ year: c.year, month: null, day: null }), grain: "year", implied: [] };
  if (has("month") && has("day")) {
    const month = c.month ?? 1;
    const day = c.day ?? 1;
    if (!published) return { value: formatIso({ year: null, month, day }), grain: "day", implied: [] };
    const year = inferYear(published, month, day, tense);
    return { value: formatIso({ year, month, day }), grain: "day", implied: ["year from the publication date"], ...weekdayCheck(c, year, month, day) };
  }
  if (has("month")) {
    if (!published) return { value: null, grain: "month", implied: ["year unknown without a publication date"] };
    const year = inferYear(published, c.month ?? 1, null, tense);
    return { value: formatIso({ year, month: c.month, day: null }), grain: "month", implied: ["year from the publication date"] };
  }
  if (has("weekday") && c.weekday !== null) {
    if (!published) return { value: null, grain: "day", implied: ["weekday without a publication date"] };
    const text = raw.text.toLowerCase();
    const direction = /\bnext\b/.test(text) ? "next" : /\blast\b|\bpast\b/.test(text) ? "last" : /\bthis\b|\bcoming\b/.test(text) || tense === "future" ? "coming" : tense === "planned" ? nearerWeekday(published, c.weekday) : "recent";
    const d = resolveWeekday(published, c.weekday, direction);
    return { value: formatIso(d), grain: "day", implied: ["day from the weekday and the publication date"] };
  }
  return null;
}

/**
 * The year of a month (and day) written without one: the latest not after
 * publication in the past tense, the next one in the future tense, and, with
 * no tense to go by, the nearer of the two — the coming one only when it is
 * less than half as far ("strike called for Aug. 2", published 23 July).
 */
export function inferYear(published: PartialDate, month: number, day: number | null, tense: Tense): number {
  const py = published.year ?? 0;
  const pm = published.month ?? 1;
  const pd = published.day ?? 1;
  const key = month * 100 + (day ?? 0);
  const pubKey = pm * 100 + (day === null ? 0 : pd);
  const past = key <= pubKey ? py : py - 1;
  const next = key >= pubKey ? py : py + 1;
  if (tense === "future") return next;
  if (tense === "past" || past === next) return past;
  const pub = dayNumber(py, pm, pd);
  const at = (y: number) => dayNumber(y, month, day ?? Math.min(15, daysInMonth(y, month)));
  return (at(next) - pub) * 2 < pub - at(past) ? next : past;
}

/** A day set for something, by its weekday: the coming one when less than half as far as the last ("a summit for Tuesday"). */
function nearerWeekday(published: PartialDate, wd: number): "recent" | "coming" {
  const pub = dayNumber(published.year ?? 0, published.month ?? 1, published.day ?? 1);
  const back = (weekdayOf(pub) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(pub) + 7) % 7;
  return back !== 0 && ahead * 2 < back ? "coming" : "recent";
}

/** recent: the latest such weekday on or before publication; last: strictly before; coming/next: on or after / after. */
export function resolveWeekday(published: PartialDate, wd: number, direction: "recent" | "last" | "coming" | "next"): { year: number; month: number; day: number } {
  const pub = dayNumber(published.year ?? 0, published.month ?? 1, published.day ?? 1);
  const pw = weekdayOf(pub);
  let n: number;
  if (direction === "recent" || direction === "last") {
    let back = (pw - wd + 7) % 7;
    if (direction === "last" && back === 0) back = 7;
    n = pub - back;
  } else {
    let fwd = (wd - pw + 7) % 7;
    if (direction === "next" && fwd === 0) fwd = 7;
    n = pub + fwd;
  }
  return fromDayNumber(n);
}

/** A week or weekend named relative to the publication ("last week", "at the weekend", "two weeks ago"). */
export type WeekExpression = { readonly kind: "week"; readonly offset: -1 | 1 } | { readonly kind: "weekend"; readonly which: "last" | "this" | "next" | "the" } | { readonly kind: "ago"; readonly weeks: number };

const WEEK_COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * Reads a week expression from chrono's text and the words before it; null for
 * anything else, and for durations ("in the last week", "every weekend", "a
 * week later", which dates from another date, not from the publication).
 */
export function weekExpression(text: string, before: string, after = ""): WeekExpression | null {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  // "Friday next week", "last week Sunday", "Tuesday of next week": a day of that week, not the week.
  if (/^\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(after) || /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?$/i.test(before)) return null;
  // ("This week" is the writer's now, a frame for the news more than a date of it.)
  let m = /^(last|next) week$/.exec(t);
  // "in the last week", "over the past week": the seven days up to now, a duration.
  if (m && !(m[1] === "last" && /\b(?:in|over|during|within|for)\s+the\s+$/i.test(before))) return { kind: "week", offset: m[1] === "last" ? -1 : 1 };
  m = /^(last|this|next) weekend$/.exec(t);
  if (m) return { kind: "weekend", which: m[1] as "last" | "this" | "next" };
  if (t === "weekend" && /\b(?:at|over|on|during)\s+the\s+$/i.test(before)) return { kind: "weekend", which: "the" };
  m = /^(a|one|two|three|four|five|six|\d) weeks? ago$/.exec(t);
  if (m) return { kind: "ago", weeks: WEEK_COUNTS[m[1]!] ?? Number(m[1]) };
  return null;
}

/**
 * The days of a week expression: a week runs Monday to Sunday; "the weekend"
 * is the publication's (the weekend just past, or in the future tense the
 * coming one, when published on a weekday); "last weekend" is the one before
 * the publication's week; "N weeks ago" is that day.
 */
export function resolveWeek(w: WeekExpression, published: PartialDate | null, tense: Tense): Resolved {
  if (!published || published.year === null || published.month === null || published.day === null) return { value: null, grain: "day", implied: ["relative to an unknown publication date"] };
  const pub = dayNumber(published.year, published.month, published.day);
  const implied = ["resolved against the publication date", WEEK_NOTE];
  const iso = (n: number) => formatIso(fromDayNumber(n));
  if (w.kind === "ago") return { value: iso(pub - 7 * w.weeks), grain: "day", implied };
  const monday = pub - ((weekdayOf(pub) + 6) % 7);
  if (w.kind === "week") {
    const from = monday + 7 * w.offset;
    return { value: iso(from), to: iso(from + 6), grain: "day", implied };
  }
  // The Saturday of the weekend meant.
  const saturday = monday + 5;
  const onWeekend = pub >= saturday;
  const future = tense === "future" || tense === "planned";
  const sat =
    w.which === "last" ? saturday - 7
    : w.which === "next" ? saturday + 7
    : onWeekend ? saturday
    : future || w.which === "this" ? saturday
    : saturday - 7;
  return { value: iso(sat), to: iso(sat + 1), grain: "day", implied };
}
