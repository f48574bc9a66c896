/**
 * Which of an entry's measures a count claim speaks of. The claim's measure
 * is its verb's or its counted noun's ("station" for "500 polling stations");
 * a base may write the compound ("polling station") or a plural: a measure
 * matches when its last word is the claim's measure and its other words are
 * in the claim's text. A synonym of a canonical measure (`deaths`, `injured`)
 * stands for it.
 */
import type { Entry, Figure } from "../model/base.js";
import type { CountClaim } from "../model/claim.js";
import { wordKeys } from "../link/normalize.js";
import { MEASURE_SYNONYMS } from "../model/measures.js";
import { singular } from "../lib/words.js";

/** A verb's stem, for matching a measure a base keys by it: "rescued" → "rescu", "trapped" → "trapp", "rescue" → "rescu". */
function verbStem(word: string): string {
  return word.replace(/(?:ed|ing|e|es|s)$/, "");
}

/** Spellings of one unit of quantity ("2,750 tons" and a base's `tonne`). */
const UNIT_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([["ton", ["tonne", "metric ton"]], ["tonne", ["ton", "metric ton"]]]);

export function figuresFor(entry: Entry, claim: CountClaim): { measure: string; figures: readonly Figure[]; byVerb?: true } | null {
  const m = claim.value.measure;
  // A figure the base keys by the count's own verb ("rescued: 11" for "firefighters rescued 11 people") is the one it
  // speaks of, before one of its noun ("person: 30", the building's occupants).
  if (claim.verb !== undefined && m !== "percent") {
    const stem = verbStem(claim.verb);
    for (const [key, figures] of entry.counts) if (!key.includes(" ") && stem.length >= 4 && verbStem(key) === stem) return { measure: key, figures, byVerb: true };
  }
  // A figure keyed by the counted noun itself ("body: 19" for "19 bodies were recovered") before the measure read from it (killed).
  if (claim.provenance.extractor === "count/noun" && claim.counted !== null) {
    const own = entry.counts.get(singular(claim.counted));
    if (own) return { measure: singular(claim.counted), figures: own };
  }
  const exact = entry.counts.get(m);
  if (exact) return { measure: m, figures: exact };
  const textWords = new Set(wordKeys(claim.text));
  for (const [key, figures] of entry.counts) {
    const words = wordKeys(key);
    const last = words[words.length - 1];
    if (last === m && words.slice(0, -1).every((w) => textWords.has(w))) return { measure: key, figures };
  }
  // A synonym the base wrote for the canonical measure: `deaths`, `injured`.
  for (const [key, figures] of entry.counts) if (MEASURE_SYNONYMS[key] === m) return { measure: key, figures };
  // A unit spelt another way: "tons" of a base that writes `tonne`.
  const variant = UNIT_SPELLINGS.get(m);
  if (variant !== undefined) for (const key of variant) if (entry.counts.has(key)) return { measure: key, figures: entry.counts.get(key)! };
  // A counted noun the entry keys as a group of one of its measures ("seven Indonesians", "38 were Malaysians" of
  // the passengers broken down by nationality): that measure, when only one has such a group.
  if (claim.provenance.extractor === "count/counted") {
    const noun = wordKeys(claim.counted ?? m).join(" ");
    // A name ("Indonesians"), not a common noun a story uses of anyone ("five men" of a jury, "men" of the dead).
    const holding = [...entry.counts].filter(([, figures]) => figures.some((f) => [...f.groups.keys()].some((g) => /^\p{Lu}/u.test(g) && wordKeys(g).join(" ") === noun)));
    if (holding.length === 1) return { measure: holding[0]![0], figures: holding[0]![1] };
  }
  return null;
}
