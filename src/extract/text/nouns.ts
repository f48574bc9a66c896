/** Plural nouns, the heads of counted phrases ("soldiers", "people", "casualties"). */

const IRREGULAR_PLURALS = new Set([
  "people", "men", "women", "children", "police", "personnel", "staff", "troops", "cattle", "militia", "youth", "crew",
  "clergy", "livestock", "infantry", "aircraft", "dead", "wounded", "injured", "homeless", "missing", "displaced", "sheep",
  "fish", "deer", "feet", "teeth", "mice", "geese", "data", "media", "criteria", "phenomena", "refugees",
]);

const DEMONYM_PLURALS = new Set(["british", "irish", "french", "dutch", "swiss", "welsh", "english", "scottish", "danish", "spanish", "polish", "finnish", "turkish", "kurdish", "flemish"]);

/** Words that end in -s without being plural nouns. */
const NOT_PLURAL = new Set(["was", "is", "has", "does", "says", "its", "this", "thus", "his", "hers", "ours", "yours", "theirs", "as", "us", "yes", "less", "across", "unless", "perhaps", "always", "sometimes", "besides", "whereas", "afterwards", "towards", "news", "series", "species", "plus", "bus", "gas", "lens", "virus", "census", "status", "bonus", "campus", "chaos", "basis", "crisis", "analysis", "thesis", "kansas", "texas", "paris", "athens", "brussels", "wales", "burns", "remains"]);

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (/(?:children|men|people)$/.test(lower) && !/^(?:specimen|abdomen|omen|regimen|stamen|semen|acumen|hymen|amen|bitumen|albumen|yemen)$/.test(lower)) return true;
  // Demonyms that are their own plural: "250,000 Sudanese", "two Swiss".
  if (/ese$/.test(lower) || DEMONYM_PLURALS.has(lower)) return true;
  if (NOT_PLURAL.has(lower)) return false;
  // A possessive names an owner, not a plural: "the 1987 King's Cross fire".
  if (/'s$/.test(lower)) return false;
  return lower.length > 3 && /(?:[^su]s|ies|[sxz]es|ches|shes)$/.test(lower);
}

const MEASURE_ADJECTIVES = new Set(["killed", "dead", "wounded", "injured", "missing", "displaced", "arrested", "detained", "evacuated", "homeless"]);

/**
 * Does a counted noun follow at token k ("2000 people", "1500 armed men", "300 dead")?
 * Used to tell a four-digit count from a year ("the 2010 treaty caps warheads").
 */
export function countedNounAt(tokens: ReadonlyArray<{ kind: string; lower: string }>, k: number): boolean {
  const t0 = tokens[k];
  if (!t0 || t0.kind !== "word") return false;
  if (MEASURE_ADJECTIVES.has(t0.lower) || isPluralNoun(t0.lower)) return true;
  const t1 = tokens[k + 1];
  return /(?:ed|ing)$/.test(t0.lower) && t1 !== undefined && t1.kind === "word" && isPluralNoun(t1.lower);
}
