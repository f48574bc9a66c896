/**
 * Step 1 of count extraction: the numbers of a sentence with their ranges and
 * qualifiers, minus the numbers that are not counts of anything (years, dates,
 * times, ages, money, identifiers, scores, phone numbers, ordinals).
 */
import type { Qualifier } from "../../model/claim.js";
import { SCALES, endsNumber, parseNumberOrTensAt } from "../numbers.js";
import type { NumberPhrase } from "../numbers.js";
import { isCapitalized, matchWords } from "../text/tokens.js";
import { countedNounAt } from "../text/nouns.js";
import type { Token } from "../text/tokens.js";
import { CURRENCY_SIGNS, CURRENCY_WORDS, IDENTIFIER_NOUNS, MEASUREMENT_UNITS, MONTHS, NP_STOP, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, SCORE_WORDS, TIME_UNITS, WEEKDAYS, REFERENCE_YEAR_NOUNS, MEASURE_VERBS_BEFORE, figureOfAt, newFigureAt, yearAfterEventOf, yearAfterTimePreposition } from "../vocabulary.js";

export interface NumberMention {
  /** First and last token of the number or range. */
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: Qualifier;
  readonly precision: number;
  readonly form: NumberPhrase["form"];
  /** First token of the claim's text so far (qualifier, "between", or the number). */
  readonly textFirst: number;
  /** Last token of the number and any qualifier after it. */
  readonly textLast: number;
  /** Whether the qualifier was written (a shared qualifier may be given to a coordinated count). */
  readonly qualified: boolean;
}

const DASHES = new Set(["-", "–", "—", "‑"]);

export function numbersInSentence(tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = parseNumberOrTensAt(tokens, i);
    if (!a) continue;
    const mention = withRangeAndQualifiers(tokens, a);
    i = mention.textLast;
    if (!isNotACount(tokens, mention)) out.push(mention);
  }
  return out;
}

function withRangeAndQualifiers(tokens: readonly Token[], a: NumberPhrase): NumberMention {
  let first = a.first;
  let last = a.last;
  let textFirst = a.first;
  let min: number | null = null;
  let max: number | null = null;
  let qualifier: Qualifier = "exact";
  let qualified = false;

  // Ranges: "between A and B", "from A to B", "A to B", "A-B", "A or B".
  const sep = tokens[a.last + 1];
  const introducer = tokens[a.first - 1]?.lower;
  const joiner = sep?.lower;
  const dashed = sep !== undefined && DASHES.has(sep.text) && (!sep.spaced || (sep.text === "–" && tokens[a.last + 2]?.spaced === true));
  const rangeJoin =
    (introducer === "between" && joiner === "and") || (introducer === "from" && (joiner === "to" || dashed)) || joiner === "to" || dashed || joiner === "or";
  if (rangeJoin) {
    const b = parseNumberOrTensAt(tokens, a.last + 2);
    // Written one way and the other under an explicit range: "between two and 14 years".
    const plain = (f: NumberPhrase["form"]) => f === "digits" || f === "words";
    const mixed = b !== null && (introducer === "between" || introducer === "from") && plain(a.form) && plain(b.form);
    if (b && (b.form === a.form || mixed)) {
      let lo = a.value;
      const scaleB = scaleOf(tokens, b);
      if (a.form === "digits" && b.form === "digits" && scaleB > 1 && lo * scaleB <= b.value) lo *= scaleB;
      const leadingZero = /^0\d/.test(tokens[b.first]?.text ?? "");
      const dashedOk = !dashed || tokens[b.first]?.spaced === sep?.spaced;
      if (lo < b.value && !leadingZero && dashedOk) {
        min = lo;
        max = b.value;
        last = b.last;
        qualifier = "range";
        qualified = true;
        if (introducer === "between" || introducer === "from") textFirst = a.first - 1;
      }
    } else if (b && a.form === "digits" && b.form === "scaled") {
      const scaleB = scaleOf(tokens, b);
      const lo = a.value * scaleB;
      if (lo < b.value) {
        min = lo;
        max = b.value;
        last = b.last;
        qualifier = "range";
        qualified = true;
        if (introducer === "between" || introducer === "from") textFirst = a.first - 1;
      }
    }
  }

  if (qualifier !== "range") {
    for (const [words, q] of QUALIFIERS_BEFORE) {
      const at = first - words.length;
      if (at >= 0 && matchWords(tokens, at, words)) {
        qualifier = q;
        qualified = true;
        textFirst = at;
        break;
      }
    }
  }
  let textLast = last;
  if (qualifier !== "range") {
    for (const [words, q] of QUALIFIERS_AFTER) {
      if (matchWords(tokens, last + 1, words)) {
        if (words[0] === "-" && tokens[last + 1]?.spaced) continue;
        qualifier = q;
        qualified = true;
        textLast = last + words.length;
        break;
      }
    }
  }
  if (a.form === "vague" && qualifier === "exact") {
    qualifier = "at_least";
    qualified = false;
  }
  first = a.first;
  return {
    first,
    last,
    value: qualifier === "range" ? null : a.value,
    min,
    max,
    qualifier,
    precision: a.precision,
    form: a.form,
    textFirst,
    textLast,
    qualified,
  };
}

function scaleOf(tokens: readonly Token[], p: NumberPhrase): number {
  const digits = Number((tokens[p.first]?.text ?? "1").replace(/[,\u2009\u202f]/g, ""));
  return digits > 0 ? p.value / digits : 1;
}

/** The contexts in which a number counts nothing. */
function isNotACount(tokens: readonly Token[], m: NumberMention): boolean {
  const first = tokens[m.first]!;
  const last = tokens[m.last]!;
  const before = tokens[m.first - 1];
  const before2 = tokens[m.first - 2];
  const after = tokens[m.textLast + 1];
  const after2 = tokens[m.textLast + 2];

  // Ages: "aged 41", "aged between 15 and 66", "ages 18 to 25".
  const opener = tokens[m.textFirst - 1];
  if (opener !== undefined && ["aged", "ages", "age"].includes(opener.lower)) return true;
  // Glued to letters: "MH17", "G7", "Covid-19", "17th", "1990s", "3pm", "F-16".
  if (before && !first.spaced && before.kind === "word") return true;
  if (before && DASHES.has(before.text) && !first.spaced && before2?.kind === "word" && !before.spaced) return true;
  if (first.kind === "num" && after && !after.spaced && after.kind === "word" && m.textLast === m.last && m.form !== "scaled") return true;
  if (first.kind === "num" && /^0\d/.test(first.text)) return true;
  // Compound adjectives: "35-year-old", "20-strong", "five-member" — but the size of a body ("the 151-seat parliament")
  // is a count (see sizeCompound).
  if (after && DASHES.has(after.text) && !after.spaced && after2?.kind === "word" && !after2.spaced && !sizeCompound(tokens, m.textLast)) return true;
  // Times: "10:30", "3 pm", "3 p.m.", "0800 GMT".
  if (after && (after.text === ":" || after.text === ".") && !after.spaced && after2?.kind === "num" && !after2.spaced) return true;
  if (before?.text === ":" && !first.spaced && before2?.kind === "num") return true;
  if (after && /^(?:am|pm|a|p|gmt|utc|bst|cet|est|pst|hrs|hours|h)$/.test(after.lower) && (after.lower !== "a" || tokens[m.textLast + 2]?.text === ".")) {
    if (after.lower !== "h" || !after.spaced) return true;
  }
  if (after?.lower === "o'clock") return true;
  // Dates: a month name next to the number ("23 November", "Nov. 23", "23rd of November").
  // (A number no day can be, with a plural noun after it, is a count: "in January 41 people were killed".)
  const noDay = /^\d{2,3}$/.test(first.text) && Number(first.text) > 31 && countedAfter(tokens, m.textLast + 1);
  if (before && (before.lower in MONTHS || (before.text === "." && before2 && before2.lower in MONTHS)) && first.kind === "num" && !noDay) return true;
  if (before && before.lower in WEEKDAYS && first.kind === "num") return true;
  if (after && after.lower in MONTHS && first.kind === "num" && (after.text[0] ?? "").toUpperCase() === after.text[0]) return true;
  if (after?.lower === "of" && after2 && after2.lower in MONTHS && first.kind === "num") return true;
  // Years: four digits 1000–2100 with nothing counted after them are dates (the date extractor's).
  if (m.form === "digits" && m.qualifier !== "range" && /^\d{4}$/.test(first.text) && Number(first.text) >= 1000 && Number(first.text) <= 2100) {
    // "more than 1403", "killed 1200": a qualifier of quantity or a casualty verb makes it a count.
    const quantity = (m.qualified && m.qualifier !== "exact") || (before !== undefined && MEASURE_VERBS_BEFORE[before.lower] !== undefined) || newFigureAt(tokens, m.first) || figureOfAt(tokens, m.first);
    if (!countedAfter(tokens, m.textLast + 1) && !quantity) return true;
    // After a preposition of time, with no plural noun after it to count: "the quake in 1985 killed about 5,000".
    if (!quantity && yearAfterTimePreposition(tokens, m.textLast)) return true;
    // "The Galveston hurricane of 1900 killed 6,000": a year after "of" names the event before it, unless that word
    // is a figure's ("a toll of 1900", "a crowd of 2000") or a plural noun follows to be counted.
    if (!quantity && yearAfterEventOf(tokens, m.textLast)) return true;
    // A reference year: "6 percent below 1990 levels".
    if (!quantity && REFERENCE_YEAR_NOUNS.has(after?.lower ?? "")) return true;
    // "the 1982 United Nations Convention", "the 1974 SOLAS convention": a year before a name.
    if (!quantity && after !== undefined && after.kind === "word" && /^\p{Lu}/u.test(after.text)) return true;
  }
  // A number with decimals and no scale counts no things: "a magnitude 7.1 earthquake flattened towns".
  if (m.form === "digits" && m.qualifier !== "range" && !Number.isInteger(m.value ?? 0) && after !== undefined && after.kind === "word" && !/^(?:percent|pc|per)$/i.test(after.lower)) return true;
  if (m.qualifier === "range" && /^\d{4}$/.test(first.text) && /^\d{2,4}$/.test(last.text) && Number(first.text) >= 1000 && Number(first.text) <= 2100 && !countedAfter(tokens, m.textLast + 1)) return true;
  // Money: "$5", "US$ 5 million", "5 million dollars", "USD 5".
  if (before && (CURRENCY_SIGNS.has(before.text) || (CURRENCY_WORDS.has(before.lower) && /^[A-Z]{3}$/.test(before.text)))) return true;
  if (before2 && CURRENCY_SIGNS.has(before2.text) && before?.kind === "word" && !first.spaced) return true;
  if (after && (CURRENCY_WORDS.has(after.lower) || CURRENCY_SIGNS.has(after.text))) return true;
  // Identifiers: "page 3", "Resolution 2334", "No. 10", "#1", "Article 5"; ages "aged 35"; phone numbers "+44 20".
  if (before && (IDENTIFIER_NOUNS.has(before.lower) || before.text === "#" || before.text === "+" || before.text === "№")) {
    // "Cholera cases top 2,400": after a plural subject, "top" is a verb, not "the top 10".
    const verbTop = before.lower === "top" && tokens[before.index - 1]?.kind === "word" && /[^s]s$/i.test(tokens[before.index - 1]!.text) && !/^(?:the|its|their|a)$/i.test(tokens[before.index - 1]!.text);
    // "this year 41 people were killed": a time named by its determiner ends there; the number starts the next phrase.
    // So does "the end of the day" before a count of a plural noun: "by the end of the day 71 countries had signed".
    const timeBefore = ["year", "week", "day", "season", "term"].includes(before.lower) && (["this", "last", "next", "that", "each", "every", "same"].includes(tokens[before.index - 1]?.lower ?? "") || (tokens[before.index - 1]?.lower === "the" && countedAfter(tokens, m.textLast + 1)));
    if (!(before.lower === "over" || before.lower === "under" || verbTop || timeBefore)) return true;
  }
  if (before?.text === "." && before2 && (before2.lower === "no" || before2.lower === "nos")) return true;
  // A name glued to a number names a thing ("Flight 17", "Boeing 777"), unless the number is scaled: "In New Jersey
  // 1.5 million customers" is a quantity.
  const scaled = tokens.slice(m.textFirst, m.textLast + 1).some((t) => t.kind === "word" && t.lower in SCALES && t.lower !== "hundred");
  if (before && isCapitalized(before) && m.textFirst === m.first && before.index > 0 && !NP_STOP.has(before.lower) && !(before.lower in MONTHS) && !scaled) {
    return true;
  }
  // Scores: "won 3-1", "a 2-0 win".
  if (m.qualifier !== "range" && after && DASHES.has(after.text) && after2?.kind === "num") {
    const a2 = parseNumberOrTensAt(tokens, m.textLast + 2);
    if (a2 && a2.value <= (m.value ?? 0)) return true;
  }
  if (m.qualifier === "range" && (SCORE_WORDS.has(before?.lower ?? "") || SCORE_WORDS.has(after?.lower ?? "") || SCORE_WORDS.has(before2?.lower ?? ""))) return true;
  // Parenthesised bare numbers: ages after names "(35)", references "(2)".
  if (before?.text === "(" && after?.text === ")") return true;
  return false;
}

/** Is there a counted noun or a measure right after position k ("2000 people", "1991 killed")? */
/** "<number>-seat parliament", "<number>-member bloc": a unit counted, then the noun it describes. */
export function sizeCompound(tokens: readonly Token[], last: number): boolean {
  const dash = tokens[last + 1];
  const unit = tokens[last + 2];
  const noun = tokens[last + 3];
  return (
    endsNumber(tokens[last]) && dash !== undefined && DASHES.has(dash.text) && !dash.spaced && unit?.kind === "word" && !unit.spaced && /^\p{Ll}+$/u.test(unit.text) &&
    !TIME_UNITS.has(unit.lower) && !MEASUREMENT_UNITS.has(unit.lower) && !CURRENCY_WORDS.has(unit.lower) && !SCORE_WORDS.has(unit.lower) && !["old", "strong", "odd", "plus", "year", "years"].includes(unit.lower) &&
    noun?.kind === "word" && noun.spaced && /^\p{L}\p{Ll}*$/u.test(noun.text) && !NP_STOP.has(noun.lower)
  );
}

function countedAfter(tokens: readonly Token[], k: number): boolean {
  return countedNounAt(tokens, k);
}
