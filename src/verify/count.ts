/**
 * Counts against `counts[measure]` (CONTRACT §3): the qualifier rules exactly,
 * with a configurable tolerance; `groups` matched from the claim's words; the
 * figure reported on or before publication when the toll was revised.
 */
import type { Entry, Figure } from "../model/base.js";
import type { CountClaim, Qualifier } from "../model/claim.js";
import { firstDay, parseIso } from "../lib/isodate.js";
import { wordKeys } from "../link/normalize.js";
import { formatNumber, formatRange, stated } from "./messages.js";
import { figuresFor } from "./measure.js";

export interface CountOutcome {
  readonly verdict: "supported" | "contradicted" | "unverified";
  readonly rule: string;
  readonly message: string;
  readonly expected: Record<string, unknown> | null;
}

export interface CountOptions {
  readonly tolerance: number;
  readonly published: string | null;
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
  if (hits.length > 1 && wordKeys(hits[0]![0]).length === wordKeys(hits[1]![0]).length) return "ambiguous";
  return { phrase: hits[0]![0], figure: hits[0]![1] };
}

/** The contract's qualifier rules: does the reference [lo, hi] bear out the claim? */
export function qualifierHolds(q: Qualifier, n: number, min: number, max: number, lo: number, hi: number, tolerance: number, precision: number): boolean {
  const overlaps = (a: number, b: number) => a <= hi && lo <= b;
  switch (q) {
    case "exact":
      return overlaps(n - precision, n + precision);
    case "about":
      return overlaps(n * (1 - tolerance) - precision, n * (1 + tolerance) + precision);
    case "at_least":
      return hi >= n - precision;
    case "more_than":
      return hi > n - precision;
    case "at_most":
      return lo <= n + precision;
    case "fewer_than":
      return lo < n + precision;
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

/** The smallest number the claim allows: a part of a whole is contradicted only when it exceeds the whole. */
function lowerBound(q: Qualifier, n: number, min: number, tolerance: number, precision: number): number {
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

export function verifyCount(claim: CountClaim, entry: Entry, options: CountOptions): CountOutcome {
  const { qualifier } = claim.value;
  const found = figuresFor(entry, claim);
  const measure = found?.measure ?? claim.value.measure;
  const figures = found?.figures;
  if (!figures || figures.length === 0) {
    return { verdict: "unverified", rule: "fact.missing", message: `the entry has no figure for ${measure}`, expected: null };
  }
  const { figure: whole, later } = pickRevision(figures, options.published);
  const group = whole.groups.size > 0 ? matchGroup(whole, claim.text) : null;
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

  if (claim.subgroup && !group) {
    // "four Pakistani soldiers were killed" is a part of the whole toll: it can only be shown false by exceeding it.
    if (lowerBound(qualifier, n, min, tol, claim.precision) > hi) {
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
      message: `"${claim.counted}" is a part of the ${measure} toll, which has no group for it (${ref})`,
      expected,
    };
  }
  const holds = qualifierHolds(qualifier, n, min, max, lo, hi, tol, claim.precision);
  const precisionText = claim.precision > 0 && qualifier === "exact" ? ` (as rounded, ±${formatNumber(claim.precision)})` : "";
  if (holds) {
    return {
      verdict: "supported",
      rule: `count.${qualifier}`,
      message: `${ref}${asOf} ${RULE_WORDS[qualifier]} ${claimed}${tolText}${precisionText}${revision}`,
      expected,
    };
  }
  return {
    verdict: "contradicted",
    rule: `count.${qualifier}`,
    message: `stated ${claimed} ${measure}${tolText}${precisionText}, but ${ref}${asOf}${revision}`,
    expected,
  };
}
