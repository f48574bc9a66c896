import type { Span } from "./location.js";

export type ClaimKind = "count" | "date" | "treaty";

export const QUALIFIERS = ["exact", "about", "at_least", "more_than", "at_most", "fewer_than", "nearly", "range"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The canonical casualty and event measures of CONTRACT §2; any other counted noun is its own measure. */
export const CANONICAL_MEASURES = ["killed", "wounded", "missing", "displaced", "arrested", "evacuated", "percent"] as const;

export interface CountValue {
  readonly measure: string;
  readonly qualifier: Qualifier;
  /** The stated number; for `range`, `min` and `max` instead. */
  readonly value?: number | null;
  readonly min?: number | null;
  readonly max?: number | null;
}

export interface DateValue {
  /** ISO `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD`; null when a relative date could not be resolved. */
  readonly value: string | null;
  /** End of a stated range ("12–14 September 2022"), same forms as `value`. */
  readonly to?: string | null;
}

export interface TreatyValue {
  readonly name: string;
  readonly year?: number | null;
  readonly date?: string | null;
  readonly place?: string | null;
  /** Parties named with it: "the treaty between Armenia and Azerbaijan", "signed by Russia and Ukraine". */
  readonly parties?: readonly string[];
}

/** Why an extractor said what it said: a maintainer can always answer "why?". */
export interface Provenance {
  /** Stable name of the extractor step that produced the claim. */
  readonly extractor: string;
  /** Parts of the value that were not written but inferred ("year from publication date"). */
  readonly implied?: readonly string[];
  /** Free-form notes from refiners ("measure shared with the coordinated count"). */
  readonly notes?: readonly string[];
}

interface ClaimBase extends Span {
  readonly text: string;
  /** The sentence and paragraph the claim sits in: the windows linking looks at. */
  readonly sentence: Span;
  readonly paragraph: Span;
  readonly provenance: Provenance;
}

export interface CountClaim extends ClaimBase {
  readonly kind: "count";
  readonly value: CountValue;
  /** Span of the number itself (for fixes), and the counted noun phrase if any. */
  readonly numberSpan: Span;
  readonly counted: string | null;
  /** True when the counted noun names a part of a whole ("Pakistani soldiers"), not people at large. */
  readonly subgroup: boolean;
  /** Half-width of the written precision of a scaled number ("1.2 million" → 50,000); 0 when exact. */
  readonly precision: number;
  /**
   * The counted noun is narrowed by what follows or precedes it — a verb ("nine miners
   * were rescued"), a rate ("1 million passengers a day"), a relative clause ("eight
   * states whose ratification is needed"), a place ("in 11 provinces") — so it may count
   * something else than the entry's figure of the same noun.
   */
  readonly qualified: boolean;
  /** A rate: "1 million passengers a day", "500 tonnes per year". */
  readonly rate: boolean;
  /** The place a count is restricted to, when one follows it ("detained in a sports stadium" → "sports stadium"). */
  readonly location: string | null;
  /** A bare number whose counted noun is understood from the count before it ("fewer than 20" after "30 countries"). */
  readonly elliptic?: boolean;
  /** The figure a change started from ("rose to 4,352, up from 3,726 a day earlier"): an earlier figure. */
  readonly baseline?: boolean;
  /** The verb the count hangs on ("rescued 11 people", "nine miners were rescued"): a base may key a figure by it. */
  readonly verb?: string;
}

/**
 * How a date hangs in its sentence. Only an `event` date is compared with an
 * entry; the others date something else:
 * - `reporting`: a statement ("said on Tuesday", "On Monday, the ministry announced");
 * - `dateline`: the story's own dateline ("KYIV, March 10 (Reuters) -");
 * - `update`: a new figure ("the toll rose to 41 on Thursday");
 * - `comparison`: a point of comparison ("the largest since 1945", "a year earlier");
 * - `plan`: what was planned and did not happen as said ("had been due to reopen on Jan. 3").
 */
export type DateRole = "event" | "reporting" | "dateline" | "update" | "comparison" | "plan";

export interface DateClaim extends ClaimBase {
  readonly kind: "date";
  readonly value: DateValue;
  readonly role: DateRole;
  /** The verb the date hangs on, when one comes shortly before it in its clause ("signed", "struck"). */
  readonly governor: string | null;
  /** The granularity as written: "year", "month", "day". */
  readonly grain: "year" | "month" | "day";
  /** A weekday written with a full date it does not fall on (0 is Sunday): the date contradicts itself. */
  readonly weekday?: { readonly stated: number; readonly actual: number };
}

export interface TreatyClaim extends ClaimBase {
  readonly kind: "treaty";
  readonly value: TreatyValue;
  /** Span of the name alone, without the attached year or date. */
  readonly nameSpan: Span;
  /** Span of the attached year or date, when one is written. */
  readonly dateSpan: Span | null;
}

export type Claim = CountClaim | DateClaim | TreatyClaim;
