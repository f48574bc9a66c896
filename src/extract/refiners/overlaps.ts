/** Refiners that settle overlapping claims between extractors. */
import type { Refiner } from "../types.js";

/**
 * Spans sorted by start with the running maximum of their ends: "does any span
 * overlap / contain this one" in O(log n), so refining a long document's
 * claims costs n log n, not n².
 */
class Spans {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = -Infinity;
    this.maxEnd = sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /** The largest end among spans starting before `pos` (or at it, when `inclusive`). */
  private maxEndBefore(pos: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < pos || (inclusive && this.starts[mid] === pos)) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -Infinity : this.maxEnd[lo - 1]!;
  }

  overlaps(start: number, end: number): boolean {
    return this.maxEndBefore(end, false) > start;
  }

  /** Some span contains [start, end). */
  contains(start: number, end: number): boolean {
    return this.maxEndBefore(start, true) >= end;
  }

  /** Some longer span contains [start, end) (one with the same start and end does not). */
  strictlyContains(start: number, end: number): boolean {
    return this.maxEndBefore(start, false) >= end || this.maxEndBefore(start, true) > end;
  }
}

/** A bare year inside a date chrono read ("December 1991") is that date, not a second claim. */
export const yearsInsideDates: Refiner = {
  name: "years-inside-dates",
  refine(_ctx, claims) {
    const chrono = new Spans(claims.filter((c) => c.kind === "date" && c.provenance.extractor === "date/chrono"));
    return claims.filter((c) => !(c.kind === "date" && c.provenance.extractor === "date/year" && chrono.overlaps(c.start, c.end)));
  },
};

/** A number that is part of a date is not a count. */
export const countsInsideDates: Refiner = {
  name: "counts-inside-dates",
  refine(_ctx, claims) {
    const dates = new Spans(claims.filter((c) => c.kind === "date"));
    return claims.filter((c) => !(c.kind === "count" && dates.overlaps(c.numberSpan.start, c.numberSpan.end)));
  },
};

/** chrono sometimes reads two overlapping dates; keep the longer. */
export const overlappingDates: Refiner = {
  name: "overlapping-dates",
  refine(_ctx, claims) {
    const index = new Spans(claims.filter((c) => c.kind === "date"));
    return claims.filter((c) => c.kind !== "date" || !index.strictlyContains(c.start, c.end));
  },
};

/** A date inside an agreement's name is part of the name: "Good Friday Agreement". */
export const datesInsideNames: Refiner = {
  name: "dates-inside-names",
  refine(_ctx, claims) {
    const names = new Spans(claims.flatMap((c) => (c.kind === "treaty" ? [c.nameSpan] : [])));
    return claims.filter((c) => !(c.kind === "date" && names.contains(c.start, c.end)));
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
