/** The reference base, as loaded and validated (CONTRACT §2). */

export type EntryKind = "event" | "treaty";

export interface Source {
  readonly title: string;
  readonly url?: string;
}

/** A reference figure: an exact number or the range the truth lies in. */
export interface Figure {
  readonly min: number;
  readonly max: number;
  /** Breakdown phrase → figure; phrase words are matched against a claim's text. */
  readonly groups: ReadonlyMap<string, Figure>;
  /** ISO date the figure was reported, when known. */
  readonly asOf: string | null;
  /** 1-based line of the figure in its file. */
  readonly line: number;
}

export interface Entry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keywords: readonly string[];
  /** ISO date or `A/B` interval, as written (years written as numbers become strings). */
  readonly date: string | null;
  readonly place: string | null;
  /** measure → figures, oldest first (one element unless the toll was revised). */
  readonly counts: ReadonlyMap<string, readonly Figure[]>;
  readonly parties: readonly string[];
  readonly sources: readonly Source[];
  /** Where the entry is written: path relative to the working directory, 1-based line. */
  readonly file: string;
  readonly line: number;
}

export interface Base {
  /** The folders or files the base was read from, as reported. */
  readonly paths: readonly string[];
  readonly entries: readonly Entry[];
}
