import type { Claim } from "./claim.js";
import type { Entry } from "./base.js";
import type { Span } from "./location.js";

export type Verdict = "supported" | "contradicted" | "unverified";

/** How a claim was tied to an entry (CONTRACT §2, linking). */
/** How an entry was linked: its name or alias in the sentence, its keywords in the paragraph, or as the article's main entry (weak). */
export type LinkVia = "alias" | "keywords" | "article";

export interface Link {
  readonly entry: Entry;
  readonly via: LinkVia;
  /** Whether the entry's date agreed with a date in the claim's sentence. */
  readonly dateAgrees: boolean;
  /** Whether the entry's date agreed with the claim's own date (date claims): preferred among those that agree. */
  readonly ownDate?: boolean;
  /** Another date of the sentence is the entry's date and this date claim is not: the entry is that date's. */
  readonly taken?: boolean;
  /** The date claim lies in a relative clause on the entry's mention ("Hurricane Camille, which hit in 1969"): its date. */
  readonly relative?: boolean;
  /** The date claim lies within half a year of the entry's date, or in the same clause as the entry's name. */
  readonly near?: boolean;
  /** The date claim is the entry's date itself, as precisely as the entry gives it ("April 10, 1998" of 1998-04-10). */
  readonly ownExact?: boolean;
  /** Whether the verb a date claim hangs on is a word of the entry's ("withdrew" for a withdrawal): preferred first. */
  readonly governs?: boolean;
  /** Whether the entry's place agreed with the place the claim states (treaties). */
  readonly placeAgrees: boolean;
  /** How many of the entry's keywords, parties and place words occur in the claim's paragraph. */
  readonly context: number;
  /** Offset where the article last linked this entry before the claim (-1 when never). */
  readonly lastLinked: number;
  /** 0 when the entry's kind fits what the claim dates (a signing and a treaty, anything else and an event), 1 otherwise. */
  readonly meaning: number;
  /** Distance in UTF-16 units from the claim to the nearest mention of the entry. */
  readonly distance: number;
  /** The mention that tied them (alias occurrence or nearest keyword). */
  readonly mention: Span;
  /**
   * `stated`: the text names the entry or speaks of its event near the claim.
   * `weak`: tied only by keywords; the claim may concern another event of the
   * same parties, so a disagreement is not a contradiction.
   */
  readonly strength: "stated" | "weak";
  /** Why a link is weak, when it is. */
  readonly weakness?: string;
  /** The entry's keywords found in the paragraph, when only some are (a partial keyword link). */
  readonly partial?: readonly string[];
  /** A partial keyword link made stated because the sentence names all the agreement's parties, agreeing: how many. */
  readonly byParties?: number;
  /**
   * A count tied by only some of its entry's keywords, to an entry the article states other claims of, or to the
   * article's main entry: compared, but only within CLOSE_SCALE times the entry's figure (further off, it is more
   * likely another figure of the story).
   */
  readonly close?: boolean;
  /** The entry named near the claim that has no figure of its measure, when the article's main entry took its place. */
  readonly instead?: string;
  /** Linked through the paragraph before, as the story goes on (the claim's own paragraph names no entry). */
  readonly before?: boolean;
  /** Named only by an alias that is one common word ("the blaze"): weak, unless that word calls an entry the story tells of. */
  readonly commonWord?: boolean;
  /** A headline's count linked as the count of the lede it restates (its text and offset). */
  readonly restates?: { readonly text: string; readonly start: number };
}

export interface LinkResult {
  readonly link: Link | null;
  /** Every candidate considered, best first. */
  readonly candidates: readonly Link[];
  /** Why nothing was linked, when nothing was. */
  readonly reason: string | null;
  /** Stable reason code for unlinked claims ("no-entry", "ambiguous", ...). */
  readonly code: string | null;
  /** The treaty claim a date belongs to ("the Alma-Ata Declaration of 1991"): verified with it. */
  readonly owner?: Claim | null;
  /** A weak link to the article's main entry, for a claim weakly linked elsewhere: it may bear the claim out instead. */
  readonly alternative?: Link;
  /** For a date linked to another entry, the article's main entry for it: a day it bears out casts doubt on a contradiction. */
  readonly main?: Entry;
  /** The other claims of the claim's sentence: some verdicts depend on them. */
  readonly siblings?: readonly Claim[];
}

export interface Finding {
  readonly claim: Claim;
  readonly verdict: Verdict;
  readonly entry: Entry | null;
  /** The reference value the claim was compared with, shaped like the claim's value. */
  readonly expected: Readonly<Record<string, unknown>> | null;
  readonly reason: string;
  /** Stable rule code ("count.about", "date.granularity", "link.ambiguous", ...). */
  readonly rule: string;
  readonly link: LinkResult;
}
