/**
 * Microsoft Recognizers-Text English specs: single sentences, not news — a
 * coverage check of number, range, percentage and date normalisation.
 * - NumberModel: the numbers claimcheck reads as counts (numbers in context).
 * - NumberRangeModel: qualifiers as intervals ("at least 30" → [30,)).
 * - PercentModel: percentages as `percent` counts.
 * - DateExtractor / DatePeriodExtractor: date spans.
 * - DateParser / DatePeriodParser: date values, with the case's reference date as publication date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../index.js";
import { numbersInSentence } from "../../extract/count/numbers-in-context.js";
import { tokenize } from "../../extract/text/tokens.js";
import type { Mention } from "../score.js";

interface Case {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: Array<{ Text: string; Start: number; End?: number; Length?: number; TypeName?: string; Type?: string; Resolution?: { value?: string }; Value?: { Timex?: string; PastResolution?: { date?: string; startDate?: string; endDate?: string } } }>;
}

export interface SubSet {
  readonly name: string;
  readonly cases: number;
  readonly system: Mention[];
  readonly gold: Mention[];
  readonly equal: (s: unknown, g: unknown) => boolean;
  readonly show: (v: unknown) => string;
}

function cases(path: string): Case[] {
  return JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, "")) as Case[];
}

const endOf = (r: Case["Results"][number]) => (r.Length !== undefined ? r.Start + r.Length : (r.End ?? r.Start) + 1);
const numEq = (s: unknown, g: unknown) => typeof s === "number" && typeof g === "number" && Math.abs(s - g) < 1e-6;

function numbers(dir: string): SubSet {
  const cs = cases(join(dir, "Number/English/NumberModel.json"));
  const system: Mention[] = [];
  const gold: Mention[] = [];
  cs.forEach((c, i) => {
    const doc = String(i);
    const tokens = tokenize(c.Input, { start: 0, end: c.Input.length });
    for (const m of numbersInSentence(tokens)) {
      if (m.qualifier === "range" || m.form === "vague") continue;
      const start = tokens[m.first]!.start;
      const end = tokens[m.last]!.end;
      system.push({ doc, start, end, text: c.Input.slice(start, end), value: m.value });
    }
    for (const r of c.Results) if (r.TypeName === "number") gold.push({ doc, start: r.Start, end: endOf(r), text: r.Text, value: Number(r.Resolution?.value) });
  });
  return { name: "numbers", cases: cs.length, system, gold, equal: numEq, show: (v) => String(v) };
}

interface Interval { lo: number | null; hi: number | null; loOpen: boolean; hiOpen: boolean }

function parseInterval(s: string): Interval | null {
  const m = /^([[(])([^,]*),([^\])]*)([\])])$/.exec(s.trim());
  if (!m) return null;
  const lo = m[2]!.trim();
  const hi = m[3]!.trim();
  return { lo: lo === "" ? null : Number(lo), hi: hi === "" ? null : Number(hi), loOpen: m[1] === "(", hiOpen: m[4] === ")" };
}

function ranges(dir: string): SubSet {
  const cs = cases(join(dir, "Number/English/NumberRangeModel.json"));
  const system: Mention[] = [];
  const gold: Mention[] = [];
  cs.forEach((c, i) => {
    const doc = String(i);
    const tokens = tokenize(c.Input, { start: 0, end: c.Input.length });
    for (const m of numbersInSentence(tokens)) {
      const iv: Interval | null =
        m.qualifier === "range" ? { lo: m.min, hi: m.max, loOpen: false, hiOpen: false }
        : m.qualifier === "at_least" ? { lo: m.value, hi: null, loOpen: false, hiOpen: true }
        : m.qualifier === "more_than" ? { lo: m.value, hi: null, loOpen: true, hiOpen: true }
        : m.qualifier === "at_most" ? { lo: null, hi: m.value, loOpen: true, hiOpen: false }
        : m.qualifier === "fewer_than" ? { lo: null, hi: m.value, loOpen: true, hiOpen: true }
        : null;
      if (!iv) continue;
      const start = tokens[m.textFirst]!.start;
      const end = tokens[m.textLast]!.end;
      system.push({ doc, start, end, text: c.Input.slice(start, end), value: iv });
    }
    for (const r of c.Results) {
      const iv = parseInterval(r.Resolution?.value ?? "");
      if (iv) gold.push({ doc, start: r.Start, end: endOf(r), text: r.Text, value: iv });
    }
  });
  const equal = (s: unknown, g: unknown) => {
    const a = s as Interval;
    const b = g as Interval;
    if (a.lo !== b.lo || a.hi !== b.hi) return false;
    // Two-sided ranges: the endpoints decide; one-sided: whether the bound is included matters.
    if (b.lo !== null && b.hi !== null) return true;
    return b.lo !== null ? a.loOpen === b.loOpen : a.hiOpen === b.hiOpen;
  };
  const show = (v: unknown) => {
    const iv = v as Interval;
    return `${iv.loOpen ? "(" : "["}${iv.lo ?? ""},${iv.hi ?? ""}${iv.hiOpen ? ")" : "]"}`;
  };
  return { name: "ranges", cases: cs.length, system, gold, equal, show };
}

function percents(dir: string): SubSet {
  const cs = cases(join(dir, "Number/English/PercentModel.json"));
  const system: Mention[] = [];
  const gold: Mention[] = [];
  cs.forEach((c, i) => {
    const doc = String(i);
    const [file] = extract([{ path: "case.txt", text: c.Input, published: null }]);
    for (const cl of file?.claims ?? []) {
      if (cl.kind === "count" && cl.value.measure === "percent") system.push({ doc, start: cl.numberSpan.start, end: cl.end, text: cl.text, value: cl.value.value ?? null });
    }
    for (const r of c.Results) gold.push({ doc, start: r.Start, end: endOf(r), text: r.Text, value: Number((r.Resolution?.value ?? "").replace("%", "")) });
  });
  return { name: "percent", cases: cs.length, system, gold, equal: numEq, show: (v) => `${String(v)}%` };
}

/** Expected ISO value of a Recognizers date: the timex when it is a calendar date, else the past resolution. */
function expectedDate(r: Case["Results"][number]): { value: string | null; to?: string | null } | null {
  const timex = r.Value?.Timex ?? "";
  const past = r.Value?.PastResolution;
  const range = /^\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),P\w+\)$/.exec(timex);
  if (range) return { value: range[1]!, to: range[2]! };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(timex)) return { value: timex };
  if (past?.date) return { value: past.date };
  if (past?.startDate && past.endDate) return null;
  return null;
}

function dates(dir: string, file: string, name: string, withValues: boolean): SubSet {
  const cs = cases(join(dir, "DateTime/English", file));
  const system: Mention[] = [];
  const gold: Mention[] = [];
  let used = 0;
  cs.forEach((c, i) => {
    if (c.NotSupportedByDesign) return;
    const doc = String(i);
    const ref = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
    const goldHere: Mention[] = [];
    for (const r of c.Results) {
      const v = withValues ? expectedDate(r) : { value: null };
      if (v === null) continue;
      goldHere.push(withValues ? { doc, start: r.Start, end: endOf(r), text: r.Text, value: v, yearWritten: /\b\d{4}\b/.test(r.Text) } : { doc, start: r.Start, end: endOf(r), text: r.Text, value: v });
    }
    if (withValues && goldHere.length === 0 && c.Results.length > 0) return;
    used++;
    gold.push(...goldHere);
    const [f] = extract([{ path: "case.txt", text: c.Input, published: withValues ? ref : ref }]);
    for (const cl of f?.claims ?? []) {
      if (cl.kind === "date") system.push({ doc, start: cl.start, end: cl.end, text: cl.text, value: cl.value.to !== undefined ? { value: cl.value.value, to: cl.value.to } : { value: cl.value.value } });
    }
  });
  const equal = (s: unknown, g: unknown) => {
    if (!withValues) return true;
    const a = s as { value: string | null; to?: string | null };
    const b = g as { value: string | null; to?: string | null };
    return a.value === b.value && (b.to === undefined || a.to === b.to);
  };
  const show = (v: unknown) => {
    const d = v as { value: string | null; to?: string | null };
    return d.to ? `${d.value}/${d.to}` : String(d.value);
  };
  return { name, cases: used, system, gold, equal, show };
}

export function loadRecognizers(dir: string): SubSet[] {
  return [
    numbers(dir),
    ranges(dir),
    percents(dir),
    dates(dir, "DateExtractor.json", "date spans", false),
    dates(dir, "DateParser.json", "date values", true),
    dates(dir, "DatePeriodExtractor.json", "date-period spans", false),
    dates(dir, "DatePeriodParser.json", "date-period values", true),
  ];
}
