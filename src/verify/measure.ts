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

export function figuresFor(entry: Entry, claim: CountClaim): { measure: string; figures: readonly Figure[] } | null {
  const m = claim.value.measure;
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
  return null;
}
