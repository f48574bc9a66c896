/**
 * Numbers as news writes them: digits with separators ("1,200", "1 200" with a
 * thin space), decimals with scales ("1.2 million", "1.5m", "2bn"), number
 * words ("three hundred and twelve", "a dozen", "half a million") and vague
 * plurals ("hundreds", "tens of thousands", read as a lower bound).
 */
import type { Token } from "./text/tokens.js";
import { table } from "../lib/table.js";

export interface NumberPhrase {
  /** Token range [first, last] (inclusive) of the number itself. */
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly form: "digits" | "words" | "scaled" | "vague";
  /** Half-width of the value's written precision ("1.2 million" → 50,000); 0 when exact. */
  readonly precision: number;
}

const UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
export const SCALES: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** Scales glued to digits or abbreviated: "1.5m", "2bn", "5k", "3 mln". */
const SHORT_SCALES: Record<string, number> = table({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12 });
const VAGUE: Record<string, number> = table({ dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 });

/** The value of a number word below twenty ("five" → 5), or null. */
export function smallNumberWord(lower: string): number | null {
  return UNITS[lower] ?? null;
}

export function isNumberWord(lower: string): boolean {
  return lower in UNITS || lower in TENS || lower in SCALES || lower === "dozen";
}

/** Digits as written: "1,200", "1 200" (thin space), "3.5"; null for "1.2.3" or "1,20". */
export function parseDigits(text: string): { value: number; decimals: number } | null {
  const grouped = /^\d{1,3}(?:([,\u2009\u202f])\d{3})+(?:\.(\d+))?$/.exec(text);
  if (grouped) return { value: Number(text.replace(/[,\u2009\u202f]/g, "")), decimals: grouped[2]?.length ?? 0 };
  const plain = /^\d+(?:\.(\d+))?$/.exec(text);
  if (plain) return { value: Number(text), decimals: plain[1]?.length ?? 0 };
  return null;
}

const FRACTIONS: Readonly<Record<string, number>> = { quarter: 1 / 4, quarters: 1 / 4, third: 1 / 3, thirds: 1 / 3, half: 1 / 2 };
const FRACTION_COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/** "<a|one|two|three> <quarter|third>(s) of a <million|billion|thousand>" at token i, or null. */
function fractionOfScale(tokens: readonly Token[], i: number): NumberPhrase | null {
  const count = FRACTION_COUNTS[tokens[i]?.lower ?? ""];
  const part = FRACTIONS[tokens[i + 1]?.lower ?? ""];
  if (count === undefined || part === undefined || tokens[i + 2]?.lower !== "of" || tokens[i + 3]?.lower !== "a") return null;
  const scaleWord = tokens[i + 4]?.lower ?? "";
  if (!(scaleWord in SCALES) || scaleWord === "hundred") return null;
  return { first: i, last: i + 4, value: Math.round(count * part * SCALES[scaleWord]!), form: "words", precision: 0 };
}

/**
 * Parses the number that starts at token i, or null. Words are joined by spaces,
 * hyphens ("twenty-five") and "and" ("three hundred and twelve").
 */
export function parseNumberAt(tokens: readonly Token[], i: number): NumberPhrase | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num") return parseDigitPhrase(tokens, i);
  if (t.kind !== "word") return null;
  if (t.lower in VAGUE) return parseVague(tokens, i);
  if (t.lower === "half" && tokens[i + 1]?.lower === "a" && tokens[i + 2]?.lower && tokens[i + 2]!.lower in SCALES && tokens[i + 2]!.lower !== "hundred") {
    const scale = SCALES[tokens[i + 2]!.lower]!;
    return { first: i, last: i + 2, value: scale / 2, form: "words", precision: 0 };
  }
  // "a quarter of a million", "three quarters of a million", "a third of a billion".
  const fraction = fractionOfScale(tokens, i);
  if (fraction) return fraction;
  if (t.lower === "a" || t.lower === "an") {
    const next = tokens[i + 1];
    if (next?.lower === "dozen") return { first: i, last: i + 1, value: 12, form: "words", precision: 0 };
    if (next && next.lower in SCALES) {
      const rest = parseWordNumber(tokens, i + 1, 1);
      return rest ? { ...rest, first: i } : null;
    }
    return null;
  }
  if (t.lower in UNITS || t.lower in TENS) return parseWordNumber(tokens, i, null);
  return null;
}

function parseDigitPhrase(tokens: readonly Token[], i: number): NumberPhrase | null {
  const t = tokens[i]!;
  const d = parseDigits(t.text);
  if (!d) return null;
  let value = d.value;
  let last = i;
  let precision = 0;
  const next = tokens[i + 1];
  const unitOf = (scale: number) => (d.decimals > 0 ? 0.5 * scale * 10 ** -d.decimals : 0.5 * scale);
  if (next && next.kind === "word" && !next.spaced && next.lower in SHORT_SCALES) {
    const scale = SHORT_SCALES[next.lower]!;
    value *= scale;
    precision = unitOf(scale);
    last = i + 1;
    return { first: i, last, value: round(value), form: "scaled", precision: round(precision) };
  }
  if (next && next.kind === "word" && next.spaced && (next.lower in SCALES || next.lower === "mln" || next.lower === "bln" || next.lower === "mn" || next.lower === "bn")) {
    const scale = SCALES[next.lower] ?? SHORT_SCALES[next.lower]!;
    value *= scale;
    precision = scale >= 1e6 ? unitOf(scale) : 0;
    last = i + 1;
    return { first: i, last, value: round(value), form: "scaled", precision: round(precision) };
  }
  return { first: i, last, value, form: "digits", precision: 0 };
}

/** "hundreds", "tens of thousands", "hundreds of thousands", "dozens": the smallest value the phrase allows. */
function parseVague(tokens: readonly Token[], i: number): NumberPhrase {
  const t = tokens[i]!;
  let value = VAGUE[t.lower]!;
  let last = i;
  if (tokens[i + 1]?.lower === "of" && tokens[i + 2] && tokens[i + 2]!.lower in VAGUE && t.lower !== "dozens") {
    value *= VAGUE[tokens[i + 2]!.lower]!;
    last = i + 2;
  }
  return { first: i, last, value, form: "vague", precision: 0 };
}

function parseVagueTens(tokens: readonly Token[], i: number): NumberPhrase | null {
  // "tens of thousands"
  if (tokens[i]?.lower === "tens" && tokens[i + 1]?.lower === "of" && tokens[i + 2] && tokens[i + 2]!.lower in VAGUE) {
    return { first: i, last: i + 2, value: 10 * VAGUE[tokens[i + 2]!.lower]!, form: "vague", precision: 0 };
  }
  return null;
}

/** Does a number end at this token ("17", "five", "twenty", "a hundred")? */
export function endsNumber(t: { kind: string; lower: string } | undefined): boolean {
  return t !== undefined && (t.kind === "num" || t.lower in UNITS || t.lower in TENS || t.lower in SCALES || t.lower === "dozen");
}

export function parseNumberOrTensAt(tokens: readonly Token[], i: number): NumberPhrase | null {
  return parseVagueTens(tokens, i) ?? parseNumberAt(tokens, i);
}

/**
 * A number in words, from token i: sums groups below a thousand, each group
 * multiplied by its scale. `seed` starts the first group ("a hundred" → 1).
 */
function parseWordNumber(tokens: readonly Token[], i: number, seed: number | null): NumberPhrase | null {
  let total = 0;
  let group = seed ?? 0;
  let seen = seed !== null;
  let last = i - 1;
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k]!;
    const w = t.lower;
    if (t.kind === "word" && w in UNITS && (group % 10 === 0 || group % 100 === 0)) {
      if (seen && group % 100 !== 0 && group >= 10 && group < 20) break;
      if (seen && group % 10 === 0 && group % 100 !== 0 && UNITS[w]! >= 10) break;
      group += UNITS[w]!;
    } else if (t.kind === "word" && w in TENS && group % 100 === 0) {
      group += TENS[w]!;
    } else if (t.kind === "word" && w === "hundred" && seen && group > 0 && group < 100) {
      group *= 100;
    } else if (t.kind === "word" && w in SCALES && w !== "hundred" && seen && (group > 0 || total === 0)) {
      total += (group === 0 ? 1 : group) * SCALES[w]!;
      group = 0;
    } else if (t.kind === "word" && w === "dozen" && seen && group > 0 && group < 100) {
      group *= 12;
    } else if (t.lower === "-" && !t.spaced && seen && tokens[k + 1] && !tokens[k + 1]!.spaced && tokens[k + 1]!.lower in UNITS) {
      k++;
      continue;
    } else if (w === "and" && seen && tokens[k + 1] && (tokens[k + 1]!.lower in UNITS || tokens[k + 1]!.lower in TENS) && (group >= 100 || total > 0) && group % 100 === 0) {
      k++;
      continue;
    } else break;
    seen = true;
    last = k;
    k++;
  }
  if (!seen || last < i) return null;
  // A round figure in words is said rounded: "three hundred lives" stands for 250–350, "two thousand" for 1,500–2,500.
  const end = tokens[last]!.lower;
  const rounded = (end === "hundred" || (end in SCALES && end !== "dozen")) && total + group >= 100 ? (end === "hundred" ? 100 : SCALES[end]!) / 2 : 0;
  return { first: i, last, value: total + group, form: "words", precision: rounded };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
