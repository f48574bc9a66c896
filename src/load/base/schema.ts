/** Vocabulary of the base format (CONTRACT §2), in one place. */

export const ENTRY_KINDS = ["event", "treaty"] as const;

export const ENTRY_KEYS = ["id", "kind", "name", "aliases", "keywords", "date", "place", "counts", "parties", "sources"] as const;
export const REQUIRED_KEYS = ["id", "kind", "name", "sources"] as const;
export const FIGURE_KEYS = ["value", "min", "max", "groups", "as_of"] as const;
export const SOURCE_KEYS = ["title", "url"] as const;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** Measures are lower-case nouns, possibly of several words ("death toll" is written `killed`). */
export const MEASURE_PATTERN = /^[a-z][a-z -]*$/;
