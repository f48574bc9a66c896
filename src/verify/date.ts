/**
 * Dates against an entry's `date` (CONTRACT §3): compared at the coarser
 * granularity of the two; an interval supports any date inside it; a year-less
 * `--MM-DD` compares month and day.
 */
import type { DateClaim } from "../model/claim.js";
import { coarser, dayNumber, daysInMonth, firstDay, fromDayNumber, keyAt, lastDay, parseIso, parseIsoInterval } from "../lib/isodate.js";
import type { Grain, PartialDate } from "../lib/isodate.js";

export type DateComparison = { result: "agree" | "disagree"; grain: Grain } | { result: "incomparable"; why: string };

function intervalGrain(a: PartialDate, b: PartialDate): Grain {
  return coarser(a.grain, b.grain);
}

/** Compares a stated date (or stated range) with a reference ISO date or interval. */
export function compareDates(value: string, to: string | null | undefined, reference: string): DateComparison {
  const from = parseIso(value);
  const until = to ? parseIso(to) : from;
  const ref = parseIsoInterval(reference);
  if (!from || !until || !ref) return { result: "incomparable", why: "not a date" };
  if (from.year === null) {
    // --MM-DD: does the reference (at day or month granularity) contain that month and day in any year?
    const g = intervalGrain(ref.from, ref.to);
    if (g === "year") return { result: "incomparable", why: `the reference ${reference} gives only a year` };
    const lo = firstDay(ref.from);
    const hi = lastDay(ref.to);
    if (hi - lo > 366) return { result: "agree", grain: g };
    for (let n = lo; n <= hi; n++) {
      const d = fromDayNumber(n);
      if (d.month === from.month && (g === "month" || d.day === from.day)) return { result: "agree", grain: g };
    }
    return { result: "disagree", grain: g };
  }
  const grain = coarser(intervalGrain(from, until), intervalGrain(ref.from, ref.to));
  const a0 = keyAt(from, grain);
  const a1 = keyAt(until, grain);
  const b0 = keyAt(ref.from, grain);
  const b1 = keyAt(ref.to, grain);
  return { result: a0 <= b1 && b0 <= a1 ? "agree" : "disagree", grain };
}

export function dateAgrees(claim: DateClaim, reference: string): boolean {
  return claim.value.value !== null && compareDates(claim.value.value, claim.value.to, reference).result === "agree";
}

/** Is the date the day of publication, and the entry's date or period over before it (the day's news of it)? */
export function dayOfNewsAfter(claim: DateClaim, reference: string | null, published: string | null): boolean {
  if (published === null || reference === null || claim.value.value !== published) return false;
  const day = parseIso(published);
  const ref = parseIsoInterval(reference);
  return day !== null && day.day !== null && ref !== null && firstDay(day) > lastDay(ref.to);
}

export { dayNumber, daysInMonth };
