/**
 * Planting one false fact in an article, as a script would for a benchmark:
 * a count multiplied (or divided, for upper bounds), a day or month moved, a
 * weekday shifted, a year changed — written in the article's own style.
 */

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export interface Planted {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly was: string;
  readonly now: string;
}

function grouped(n: number, like: string): string {
  const s = String(n);
  return /,/.test(like) ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : s;
}

/** A count made false, with the factor of each number changed (in order): what the planted figure is. */
export interface PlantedCount {
  readonly text: string;
  readonly factors: readonly number[];
}

/**
 * A count made false: its number changed by a factor that no tolerance
 * covers, up (or down, for upper bounds). Every number of a range moves
 * ("between 20 and 30" → "between 43 and 63"), so that the range stays one.
 */
export function plantCount(span: string, qualifier: string): string | null {
  return plantCountWith(span, qualifier)?.text ?? null;
}

export function plantCountWith(span: string, qualifier: string, value?: number): PlantedCount | null {
  const down = qualifier === "at_most" || qualifier === "fewer_than";
  const every = qualifier === "range";
  // The number that is the claim's value, when another comes first ("One protester, a 19-year-old student, died").
  if (!every && value !== undefined) {
    const own = ownNumber(span, value);
    if (own !== null) {
      const rest = plantCountWith(own.text, qualifier);
      return rest ? { text: span.slice(0, own.index) + rest.text + span.slice(own.index + own.text.length), factors: rest.factors } : null;
    }
  }
  const factors: number[] = [];
  const numbers = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  let out = "";
  let from = 0;
  for (const digits of span.matchAll(numbers)) {
    const n = Number(digits[0].replace(/,/g, ""));
    const m = down ? Math.floor(n / 3) : n * 2 + (Number.isInteger(n) ? 3 : 0.5);
    if (m <= 0 || m === n) return null;
    out += span.slice(from, digits.index) + (Number.isInteger(n) ? grouped(m, digits[0]) : m.toFixed((digits[0].split(".")[1] ?? "").length));
    from = digits.index + digits[0].length;
    factors.push(m / n);
    if (!every) break;
  }
  if (factors.length === 0) {
    if (/\b(?:hundred|thousand|million|billion|dozen)\b/i.test(span)) return null;
    for (const word of span.matchAll(new RegExp(`\\b(${WORDS.join("|")})\\b`, "gi"))) {
      const n = WORDS.indexOf(word[1]!.toLowerCase());
      const m = down ? Math.floor(n / 3) : Math.min(20, n * 2 + 3);
      if (m <= 0 || m === n) return null;
      const w = WORDS[m]!;
      out += span.slice(from, word.index) + (/^[A-Z]/.test(word[1]!) ? w[0]!.toUpperCase() + w.slice(1) : w);
      from = word.index + word[0].length;
      factors.push(m / n);
      if (!every) break;
    }
  }
  return factors.length === 0 ? null : { text: out + span.slice(from), factors };
}

/** Where the number of a span that is `value` starts (digits, maybe scaled, or a word), or null. */
function ownNumber(span: string, value: number): { index: number; text: string } | null {
  const digits = [...span.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((d) => ({ index: d.index, text: d[0], n: Number(d[0].replace(/,/g, "")) }));
  const words = [...span.matchAll(new RegExp(`\\b(${WORDS.join("|")})\\b`, "gi"))].map((w) => ({ index: w.index, text: w[0], n: WORDS.indexOf(w[1]!.toLowerCase()) }));
  const is = (n: number) => [1, 1e3, 1e6, 1e9].some((k) => Math.abs(n * k - value) < 1e-6 * Math.max(1, value));
  // The number planting would change anyway (the first written in digits, else the first word) is fine as it is.
  const first = digits[0] ?? words[0];
  if (first === undefined || is(first.n)) return null;
  return [...digits, ...words].sort((a, b) => a.index - b.index).find((f) => is(f.n)) ?? null;
}

/** A date made false: a written day moved by three, else a month moved by two, a weekday by two, a year by three. */
export function plantDate(span: string): string | null {
  if (/\d\s*[–-]\s*\d|\bto\b|\band\b/.test(span)) return null; // ranges: a moved end could make an empty range
  const month = new RegExp(`\\b(${MONTHS.join("|")}|${MONTHS.map((m) => m.slice(0, 3)).join("|")}|Sept)\\b\\.?`).exec(span);
  const day = /\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\d)/.exec(span);
  if (month && day && !/^\d{4}$/.test(day[0])) {
    const d = Number(day[1]);
    const nd = d <= 25 ? d + 3 : d - 3;
    return span.slice(0, day.index) + String(nd) + span.slice(day.index + day[1]!.length);
  }
  if (month) {
    const name = month[1]!;
    const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3)));
    const next = MONTHS[(i + 2) % 12]!;
    const written = name.length <= 4 ? next.slice(0, 3) : next;
    // Keep the year when the move wraps past December.
    if (i + 2 >= 12 && /\d{4}/.test(span)) return null;
    return span.slice(0, month.index) + written + span.slice(month.index + name.length);
  }
  const wd = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`).exec(span);
  if (wd) {
    const i = WEEKDAYS.indexOf(wd[1]!);
    return span.slice(0, wd.index) + WEEKDAYS[(i + 2) % 7]! + span.slice(wd.index + wd[1]!.length);
  }
  const year = /\b(1[0-9]{3}|20[0-9]{2})\b/.exec(span);
  if (year) return span.slice(0, year.index) + String(Number(year[1]) - 3) + span.slice(year.index + 4);
  return null;
}

/** A treaty made false: its attached year moved by two. */
export function plantTreaty(span: string): string | null {
  const year = /\b(1[0-9]{3}|20[0-9]{2})\b/.exec(span);
  return year ? span.slice(0, year.index) + String(Number(year[1]) + 2) + span.slice(year.index + 4) : null;
}

export function plant(text: string, start: number, end: number, replacement: string): Planted {
  return { text: text.slice(0, start) + replacement + text.slice(end), start, end: start + replacement.length, was: text.slice(start, end), now: replacement };
}

/** The value a planted date takes, from the gold value and the same move as plantDate; null if unknown. */
/**
 * Every day a planted date may be read as: a weekday moved on by two is also the one five days before it (a
 * "Thursday" in a story of Tuesday is the last one), and a plant true of an entry either way is no planted error.
 */
export function plantedDateValues(goldValue: string, span: string): string[] {
  const v = plantedDateValue(goldValue, span);
  if (v === null) return [];
  if (!new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`).test(span) || v.length !== 10) return [v];
  const t = new Date(`${v}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 7);
  return [v, t.toISOString().slice(0, 10)];
}

export function plantedDateValue(goldValue: string, span: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(goldValue);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const monthName = new RegExp(`\\b(${MONTHS.join("|")}|${MONTHS.map((x) => x.slice(0, 3)).join("|")}|Sept)\\b`).test(span);
  const hasDay = /\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\d)/.test(span.replace(/\b\d{4}\b/g, ""));
  if (monthName && hasDay && mo !== null && d !== null) return `${y}-${pad(mo)}-${pad(d <= 25 ? d + 3 : d - 3)}`;
  if (monthName && mo !== null) return `${mo + 2 > 12 ? y + 1 : y}-${pad(((mo + 1) % 12) + 1)}${d !== null ? `-${pad(d)}` : ""}`;
  if (new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`).test(span) && mo !== null && d !== null) {
    const t = new Date(Date.UTC(y, mo - 1, d + 2));
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  }
  return `${y - 3}${mo !== null ? `-${pad(mo)}` : ""}${d !== null ? `-${pad(d)}` : ""}`;
}
