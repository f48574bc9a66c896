/** Every verdict's wording, in one place. */
import type { Entry } from "../model/base.js";
import type { Qualifier } from "../model/claim.js";

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

export function formatRange(lo: number, hi: number): string {
  return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  about: "about ",
  at_least: "at least ",
  more_than: "more than ",
  at_most: "at most ",
  fewer_than: "fewer than ",
  nearly: "nearly ",
  range: "",
};

export function stated(qualifier: Qualifier, value: number | null | undefined, min?: number | null, max?: number | null): string {
  if (qualifier === "range") return `${formatNumber(min ?? 0)}–${formatNumber(max ?? 0)}`;
  return `${QUALIFIER_WORDS[qualifier]}${formatNumber(value ?? 0)}`;
}

/** "[armenia-azerbaijan-clashes-2022-09, claims/caucasus.yaml:1; source: Title <url>]" */
export function entryRef(entry: Entry): string {
  const source = entry.sources[0];
  const cite = source ? `; source: ${source.title}${source.url ? ` <${source.url}>` : ""}` : "";
  return `[${entry.id}, ${entry.file}:${entry.line}${cite}]`;
}

/** Every reason names its rule first, then what was compared, then the entry and its first source. */
export function formatReason(rule: string, message: string, entry: Entry | null): string {
  return `${rule}: ${message}${entry ? ` ${entryRef(entry)}` : ""}`;
}
