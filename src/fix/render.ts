/**
 * Writing a value back in the article's own style: digits stay digits with the
 * same separators and scale ("1.2 million", "1,200"), words stay words where a
 * word exists ("seven" → "eight", "Twelve" → "Fifteen"), dates keep their
 * written format ("23 November", "Nov. 23, 2022", "2022-11-23").
 */
import { dayNumber, formatIso, parseIso, weekday as weekdayOf } from "../lib/isodate.js";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0–999,999 ("three hundred and twelve"), or null beyond. */
export function numberWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return null;
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${numberWords(n % 100)}` : ""}`;
  const rest = n % 1000;
  return `${numberWords(Math.floor(n / 1000))} thousand${rest ? (rest < 100 ? ` and ${numberWords(rest)}` : ` ${numberWords(rest)}`) : ""}`;
}

function capitalizeLike(word: string, like: string): string {
  if (/^\p{Lu}{2,}/u.test(like)) return word.toUpperCase();
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:trillion|tn)$/i, 1e12],
  [/^(?:billion|bn|bln|b)$/i, 1e9],
  [/^(?:million|m|mn|mln)$/i, 1e6],
  [/^(?:thousand|k)$/i, 1e3],
];

/** The number `n` written as `written` was written (digits, separators, decimals, scale word or letter, or words). */
export function renderNumber(n: number, written: string): string | null {
  const digits = /^(\d(?:[\d,\u2009\u202f]*\d)?(?:\.(\d+))?)(\s*)([A-Za-z]*)$/.exec(written.trim());
  if (digits) {
    const scaleWord = digits[4] ?? "";
    let scale = 1;
    if (scaleWord) {
      const s = SCALES.find(([re]) => re.test(scaleWord));
      if (!s) return null;
      scale = s[1];
    }
    const decimals = digits[2]?.length ?? 0;
    const v = n / scale;
    let text: string;
    if (decimals > 0) text = v.toFixed(decimals);
    else if (Number.isInteger(v)) text = String(v);
    else if (scale > 1) text = String(Math.round(v * 10) / 10); // "2bn" for 2.5 billion becomes "2.5bn"
    else return null;
    const sep = /[,\u2009\u202f]/.exec(digits[1]!)?.[0];
    if (sep) text = text.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep));
    return `${text}${digits[3] ?? ""}${scaleWord}`;
  }
  if (/^[\p{L}\s-]+$/u.test(written) && !/\b(?:dozens|hundreds|thousands|millions|tens)\b/i.test(written)) {
    const words = numberWords(n);
    return words === null ? null : capitalizeLike(words, written);
  }
  return null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_RE = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(\.?)/i;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function monthLike(month: number, written: string): string {
  const full = MONTHS[month - 1]!;
  const name = written.length <= 4 && written.toLowerCase() !== "may" && written.toLowerCase() !== "june" && written.toLowerCase() !== "july" ? (written.toLowerCase() === "sept" ? (month === 9 ? "Sept" : full.slice(0, 3)) : full.slice(0, 3)) : full;
  return capitalizeLike(name.toLowerCase(), written);
}

/**
 * A date expression rewritten to `iso` in its own format: the parts written
 * (day, month, year) are replaced, the rest of the wording is kept. Null when
 * the expression is relative ("yesterday") or the new value needs a part the
 * text does not write.
 */
export function renderDate(iso: string, written: string): string | null {
  const d = parseIso(iso);
  if (!d || d.year === null) return null;
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(written)) return formatIso({ year: d.year, month: written.length > 4 ? d.month : null, day: written.length > 7 ? d.day : null });
  let out = written;
  const month = MONTH_RE.exec(out);
  const hasYear = /\b\d{4}\b/.test(out);
  const day = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)/.exec(out.replace(/\b\d{4}\b/g, (y) => " ".repeat(y.length)));
  if (/\b(?:yesterday|today|tomorrow|ago|last|next|this)\b/i.test(out) && !/\blast\s+year|this\s+year|next\s+year/i.test(out)) return null;
  const weekday = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i").exec(out);
  if (weekday && !month) return null; // a weekday alone is resolved against the publication date: leave it to an editor
  if (day) {
    if (d.day === null) return null;
    out = out.slice(0, day.index) + String(d.day) + (day[2] ? ordinal(d.day) : "") + out.slice(day.index + day[0].length);
  }
  if (month) {
    if (d.month === null) return null;
    const m2 = MONTH_RE.exec(out)!;
    out = out.slice(0, m2.index) + monthLike(d.month, m2[1]!) + m2[2] + out.slice(m2.index + m2[0].length);
  } else if (day) return null;
  if (hasYear) out = out.replace(/\b\d{4}\b/, String(d.year));
  if (weekday) out = out.replace(weekday[0], capitalizeLike(WEEKDAYS[weekdayOf(dayNumber(d.year, d.month ?? 1, d.day ?? 1))]!.toLowerCase(), weekday[0]));
  return out === written ? null : out;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
