/** Refiners that settle overlapping claims between extractors. */
import type { Claim } from "../../model/claim.js";
import type { Refiner } from "../types.js";

const overlaps = (a: Claim, b: Claim) => a.start < b.end && b.start < a.end;
const inside = (a: Claim, b: Claim) => a.start >= b.start && a.end <= b.end;

/** A bare year inside a date chrono read ("December 1991") is that date, not a second claim. */
export const yearsInsideDates: Refiner = {
  name: "years-inside-dates",
  refine(_ctx, claims) {
    const chrono = claims.filter((c) => c.kind === "date" && c.provenance.extractor === "date/chrono");
    return claims.filter((c) => !(c.kind === "date" && c.provenance.extractor === "date/year" && chrono.some((d) => overlaps(c, d))));
  },
};

/** A number that is part of a date is not a count. */
export const countsInsideDates: Refiner = {
  name: "counts-inside-dates",
  refine(_ctx, claims) {
    const dates = claims.filter((c) => c.kind === "date");
    return claims.filter((c) => !(c.kind === "count" && dates.some((d) => overlaps({ ...c, start: c.numberSpan.start, end: c.numberSpan.end } as Claim, d))));
  },
};

/** chrono sometimes reads two overlapping dates; keep the longer. */
export const overlappingDates: Refiner = {
  name: "overlapping-dates",
  refine(_ctx, claims) {
    const dates = claims.filter((c) => c.kind === "date");
    return claims.filter((c) => c.kind !== "date" || !dates.some((d) => d !== c && inside(c, d) && d.end - d.start > c.end - c.start));
  },
};

/** A date inside an agreement's name is part of the name: "Good Friday Agreement". */
export const datesInsideNames: Refiner = {
  name: "dates-inside-names",
  refine(_ctx, claims) {
    const names = claims.flatMap((c) => (c.kind === "treaty" ? [c.nameSpan] : []));
    return claims.filter((c) => !(c.kind === "date" && names.some((n) => c.start >= n.start && c.end <= n.end)));
  },
};

/** Claims in reading order; at the same offset, the longer first, then by kind. */
export const byPosition: Refiner = {
  name: "by-position",
  refine(_ctx, claims) {
    const seen = new Set<string>();
    return [...claims]
      .sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
      .filter((c) => {
        const key = `${c.kind}:${c.start}:${c.end}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  },
};
