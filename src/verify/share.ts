/**
 * A percentage of a set of things ("70% of adults", "98% of polling stations")
 * is a share: it cannot exceed 100 percent, whatever the base says. A
 * percentage of a magnitude ("120% of GDP", "150% of pre-war levels", "200% of
 * the target") can, and is left alone.
 */
import type { CountClaim } from "../model/claim.js";
import { isPluralNoun } from "../extract/text/nouns.js";

/** Plural nouns of magnitudes, not of things counted one by one: a percentage of them is a ratio. */
const MAGNITUDES = new Set([
  "levels", "averages", "values", "costs", "prices", "rates", "amounts", "totals", "figures", "sales", "revenues", "earnings",
  "wages", "salaries", "incomes", "exports", "imports", "profits", "returns", "reserves", "emissions", "savings", "assets",
  "funds", "expectations", "forecasts", "estimates", "targets", "quotas", "norms", "means", "requirements", "needs",
  "limits", "capacities", "budgets", "benefits", "payments", "losses", "gains", "numbers", "counts", "volumes", "outputs",
  "yields", "sums", "units", "goals", "projections", "fees", "taxes", "rents", "debts", "liabilities", "spending", "times",
]);

/** Words that may open the set: "of the adults", "of all stations". */
const DETERMINERS = new Set(["the", "its", "their", "all", "those", "these", "our", "his", "her", "eligible", "registered"]);

/** Words that end the look-ahead: the set's noun phrase is over. */
const PHRASE_END = /^(?:in|at|on|by|for|from|to|with|who|which|that|and|or|but|as|than|were|was|are|is|had|have|has)$/;

/** The plural noun a percentage is a share of ("adults" in "70% of adults by December"), or null. */
export function shareOf(claim: CountClaim, view: string): string | null {
  if (claim.value.measure !== "percent") return null;
  const after = /^\s+of\s+([^.,;:!?()\n]{0,80})/.exec(view.slice(claim.end, claim.end + 100));
  if (!after) return null;
  const words = after[1]!.toLowerCase().split(/\s+/).filter((w) => w !== "");
  let k = 0;
  while (k < words.length && DETERMINERS.has(words[k]!)) k++;
  for (let n = 0; n < 3 && k < words.length; n++, k++) {
    const w = words[k]!;
    if (PHRASE_END.test(w) || !/^[\p{L}-]+$/u.test(w)) return null;
    if (MAGNITUDES.has(w)) return null;
    if (isPluralNoun(w)) return w;
  }
  return null;
}
