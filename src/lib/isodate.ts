/**
 * ISO partial dates as the contract writes them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `--MM-DD` (a day with no year), and `A/B` intervals. Days are counted as
 * integers (days since 0000-03-01, proleptic Gregorian), never as Date objects,
 * so nothing here depends on the time zone.
 */

export type Grain = "year" | "month" | "day";

export interface PartialDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly grain: Grain;
}

const ISO = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseIso(text: string): PartialDate | null {
  const m = ISO.exec(text);
  if (!m) return null;
  if (m[4] !== undefined) {
    const month = Number(m[4]);
    const day = Number(m[5]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
    return { year: null, month, day, grain: "day" };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, month: null, day: null, grain: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, day: null, grain: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, grain: "day" };
}

export interface IsoInterval {
  readonly from: PartialDate;
  readonly to: PartialDate;
}

/** `A` or `A/B`; B must not be before A. Year-less forms are not allowed in intervals. */
export function parseIsoInterval(text: string): IsoInterval | null {
  const parts = text.split("/");
  if (parts.length > 2) return null;
  const from = parseIso(parts[0] ?? "");
  const to = parts.length === 2 ? parseIso(parts[1] ?? "") : from;
  if (!from || !to) return null;
  if (parts.length === 2 && (from.year === null || to.year === null)) return null;
  if (from.year !== null && to.year !== null && firstDay(from) > lastDay(to)) return null;
  return { from, to };
}

export function formatIso(d: { year: number | null; month: number | null; day: number | null }): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  if (d.year === null) return `--${p2(d.month ?? 1)}-${p2(d.day ?? 1)}`;
  if (d.month === null) return String(d.year).padStart(4, "0");
  if (d.day === null) return `${String(d.year).padStart(4, "0")}-${p2(d.month)}`;
  return `${String(d.year).padStart(4, "0")}-${p2(d.month)}-${p2(d.day)}`;
}

/** Day number of a calendar date (days since a fixed epoch). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * m + 2) / 5) + day - 1;
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  // Inverse of dayNumber (civil-from-days).
  let y = Math.floor((10000 * n + 14780) / 3652425);
  let ddd = n - (365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400));
  if (ddd < 0) {
    y--;
    ddd = n - (365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400));
  }
  const mi = Math.floor((100 * ddd + 52) / 3060);
  const month = ((mi + 2) % 12) + 1;
  const year = y + Math.floor((mi + 2) / 12);
  const day = ddd - Math.floor((mi * 306 + 5) / 10) + 1;
  return { year, month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

export function firstDay(d: PartialDate): number {
  return dayNumber(d.year ?? 0, d.month ?? 1, d.day ?? 1);
}

export function lastDay(d: PartialDate): number {
  const y = d.year ?? 0;
  if (d.month === null) return dayNumber(y, 12, 31);
  return dayNumber(y, d.month, d.day ?? daysInMonth(y, d.month));
}

const GRAIN_RANK: Record<Grain, number> = { year: 0, month: 1, day: 2 };

export function coarser(a: Grain, b: Grain): Grain {
  return GRAIN_RANK[a] <= GRAIN_RANK[b] ? a : b;
}

/** Truncates a date to a grain, as a sortable key (year*10000 + month*100 + day). */
export function keyAt(d: PartialDate, grain: Grain): number {
  const y = d.year ?? 0;
  if (grain === "year") return y * 10000;
  if (grain === "month") return y * 10000 + (d.month ?? 1) * 100;
  return y * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}
