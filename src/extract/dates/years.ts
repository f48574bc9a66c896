/**
 * Bare years, which chrono leaves alone: "in 1991", "the Alma-Ata Declaration
 * of 1991", "the 1994 Budapest Memorandum", and year ranges "from 1939 to
 * 1945", "1939–45". A four-digit number followed by what it counts ("2000
 * people") is a count, not a year.
 */
import type { DateClaim } from "../../model/claim.js";
import type { Token } from "../text/tokens.js";
import { isCapitalized } from "../text/tokens.js";
import { countedNounAt } from "../text/nouns.js";
import type { Extractor, ExtractContext } from "../types.js";
import { CURRENCY_SIGNS, IDENTIFIER_NOUNS, MEASURE_VERBS_BEFORE, MONTHS, NP_STOP, REFERENCE_YEAR_NOUNS, figureOfAt, newFigureAt, yearAfterEventOf, yearAfterTimePreposition } from "../vocabulary.js";
import { datePlace } from "./context.js";

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;
const DASHES = new Set(["-", "–", "—"]);
/** After a year, words that make it a time ("1800 GMT") or a count ("2000 people" is caught by the lower-case rule). */
const TIME_AFTER = new Set(["gmt", "utc", "hrs", "hours", "local", "h", "bst", "cet", "est", "pst", "msk"]);

function yearAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== "num" || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** The year token at i stands alone as a year: not glued to letters, not money, not an identifier, not a count. */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const midYear = before !== undefined && DASHES.has(before.text) && !t.spaced && /^(?:mid|early|late)$/i.test(tokens[i - 2]?.text ?? "");
  if (before && !t.spaced && !midYear && (before.kind === "word" || before.kind === "num" || (DASHES.has(before.text) && tokens[i - 2]?.kind === "word"))) return false;
  if (before && before.kind === "num") return false; // "+44 20 7542 1000": digit groups
  if (before && (before.text === "©" || before.lower === "copyright")) return false;
  // "more than 1403", and a casualty verb's figure: "killed 1200", "quake kills 1593"; "a total of 1500".
  if (before && (["than", "least", "nearly", "almost", "approximately", "roughly", "estimated"].includes(before.lower) || MEASURE_VERBS_BEFORE[before.lower] !== undefined)) return false;
  if (figureOfAt(tokens, i)) return false;
  if (after && !after.spaced && after.kind === "word") return false; // "1990s", "2022nd"
  if (after && !after.spaced && (after.text === "," || after.text === ".") && tokens[i + 2]?.kind === "num" && !tokens[i + 2]!.spaced) return false;
  if (before && (CURRENCY_SIGNS.has(before.text) || before.text === "#" || before.text === "+" || IDENTIFIER_NOUNS.has(before.lower))) return false;
  // A possessive owns what the year dates ("Canada's 1995 referendum"); a name before a number is an identifier.
  if (before && isCapitalized(before) && before.index > 0 && !NP_STOP.has(before.lower) && !(before.lower in MONTHS) && !/['’]s$/.test(before.text)) {
    // "Resolution 2334", "Vision 2030" — but a treaty name may precede its year in brackets only, handled by "(".
    return false;
  }
  if (after && TIME_AFTER.has(after.lower)) return false;
  // The new value of a change is a count: "the death toll rose to 1437", "reached 1200".
  if (newFigureAt(tokens, i)) return false;
  // After a preposition of time and before no plural noun, a year: "the quake in 1985 killed about 5,000 people"
  // ("cut in 2000 homes" counts homes).
  if (yearAfterTimePreposition(tokens, i) || yearAfterEventOf(tokens, i)) return true;
  // "2000 people", "1500 armed men" — but "1990 levels" is a reference year.
  if (countedNounAt(tokens, i + 1) && !REFERENCE_YEAR_NOUNS.has(after?.lower ?? "")) return false;
  return true;
}

export const yearExtractor: Extractor = {
  name: "date/year",
  extract(ctx: ExtractContext): DateClaim[] {
    const out: DateClaim[] = [];
    for (const sentence of ctx.sentences) {
      const { tokens } = sentence;
      for (let i = 0; i < tokens.length; i++) {
        const year = yearAt(tokens, i);
        if (year === null || !standsAlone(tokens, i)) continue;
        // Ranges: "1939–1945", "1939-45", "from 1939 to 1945", "between 1939 and 1945".
        let last = i;
        let to: number | null = null;
        const sep = tokens[i + 1];
        const intro = tokens[i - 1]?.lower;
        const joined = sep && ((DASHES.has(sep.text) && !tokens[i + 2]?.spaced) || (sep.lower === "to" && intro === "from") || (sep.lower === "and" && intro === "between"));
        if (joined) {
          const endTok = tokens[i + 2];
          const full = yearAt(tokens, i + 2);
          const short = endTok && endTok.kind === "num" && /^\d{2}$/.test(endTok.text) && DASHES.has(sep.text) ? Math.floor(year / 100) * 100 + Number(endTok.text) : null;
          const endYear = full ?? short;
          if (endYear !== null && endYear > year && (full === null || standsAlone(tokens, i + 2))) {
            to = endYear;
            last = i + 2;
          }
        }
        // "mid-2014", "early-2020": the modifier belongs to the date.
        const mod = tokens[i - 1] && DASHES.has(tokens[i - 1]!.text) && !tokens[i]!.spaced && /^(?:mid|early|late)$/i.test(tokens[i - 2]?.text ?? "");
        const start = mod ? tokens[i - 2]!.start : tokens[i]!.start;
        const end = tokens[last]!.end;
        out.push({
          ...datePlace(ctx, sentence, start, end, i, last),
          provenance: { extractor: "date/year" },
          value: to === null ? { value: String(year) } : { value: String(year), to: String(to) },
          grain: "year",
        });
        i = last;
      }
    }
    return out;
  },
};
