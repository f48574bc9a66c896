/**
 * Corrections for contradicted claims whose value the base can give: the
 * number of a count, the date of a date claim, the year or date of an
 * agreement. Each is an edit of the article text, written in its own style
 * and chosen so that checking the corrected text bears the claim out.
 */
import type { CountClaim, DateClaim, TreatyClaim } from "../model/claim.js";
import type { Finding } from "../model/finding.js";
import type { Span } from "../model/location.js";
import { parseIsoInterval, formatIso } from "../lib/isodate.js";
import { renderDate, renderNumber } from "./render.js";

export interface Edit extends Span {
  readonly replacement: string;
  readonly finding: Finding;
}

/** The number a count should state for the reference [lo, hi], with its qualifier kept. */
function correctedNumber(c: CountClaim, lo: number, hi: number): number | null {
  switch (c.value.qualifier) {
    case "exact":
      return lo === hi ? lo : null;
    case "about":
      return Math.round((lo + hi) / 2);
    case "at_least":
      return lo;
    case "more_than":
      return hi > lo ? lo : hi - 1 > 0 ? hi - 1 : null;
    case "at_most":
      return hi;
    case "fewer_than":
      return hi + 1;
    case "nearly":
      return hi;
    case "range":
      return null;
    default:
      return null;
  }
}

function countEdit(f: Finding, text: string): Edit | null {
  const c = f.claim as CountClaim;
  if (f.rule === "count.part-exceeds-whole") return null;
  const e = f.expected as { value?: number; min?: number; max?: number } | null;
  if (!e) return null;
  const lo = e.value ?? e.min;
  const hi = e.value ?? e.max;
  if (lo === undefined || hi === undefined) return null;
  const span = c.numberSpan;
  const written = text.slice(span.start, span.end);
  if (c.value.qualifier === "range") {
    // "between 20 and 30": rewrite both ends when the reference is a range.
    if (lo === hi) return null;
    const sep = /(?<!\s)\s*(?:-|–|—|to|and|or)\s*/.exec(written);
    if (!sep) return null;
    const a = renderNumber(lo, written.slice(0, sep.index));
    const b = renderNumber(hi, written.slice(sep.index + sep[0].length));
    return a && b ? { start: span.start, end: span.end, replacement: `${a}${sep[0]}${b}`, finding: f } : null;
  }
  const n = correctedNumber(c, lo, hi);
  if (n === null) {
    // An exact figure stated for a reference range: "286 to 290".
    if (c.value.qualifier !== "exact") return null;
    const a = renderNumber(lo, written);
    const b = renderNumber(hi, written);
    return a && b ? { start: span.start, end: span.end, replacement: `${a} to ${b}`, finding: f } : null;
  }
  const r = renderNumber(n, written);
  return r && r !== written ? { start: span.start, end: span.end, replacement: r, finding: f } : null;
}

/** The reference as one ISO value at the claim's granularity, when it has one. */
function referenceAt(reference: string, grain: "year" | "month" | "day"): string | null {
  const iv = parseIsoInterval(reference);
  if (!iv || iv.from.year === null) return null;
  const { from, to } = iv;
  const rank = { year: 0, month: 1, day: 2 } as const;
  if (rank[from.grain] < rank[grain]) return null;
  const at = (d: typeof from) => formatIso({ year: d.year, month: grain === "year" ? null : d.month, day: grain === "day" ? d.day : null });
  const a = at(from);
  return a === at(to) || grain === "day" || grain === "month" ? a : null;
}

function dateEdit(f: Finding, text: string): Edit | null {
  const c = f.claim as DateClaim;
  const ref = (f.expected as { value?: string } | null)?.value;
  if (!ref || c.value.to) return null;
  const iso = referenceAt(ref, c.grain);
  if (!iso) return null;
  const written = text.slice(c.start, c.end);
  const r = renderDate(iso, written);
  return r ? { start: c.start, end: c.end, replacement: r, finding: f } : null;
}

function treatyEdit(f: Finding, text: string): Edit | null {
  const c = f.claim as TreatyClaim;
  const ref = (f.expected as { date?: string } | null)?.date;
  if (!ref || !c.dateSpan || f.rule === "treaty.place") return null;
  const written = text.slice(c.dateSpan.start, c.dateSpan.end);
  const grain = /^\d{4}$/.test(written.trim()) ? "year" : c.value.date && c.value.date.length === 7 ? "month" : c.value.date ? "day" : "year";
  const iso = referenceAt(ref, grain);
  if (!iso) return null;
  const r = /^\d{4}$/.test(written.trim()) ? iso.slice(0, 4) : renderDate(iso, written);
  return r && r !== written ? { start: c.dateSpan.start, end: c.dateSpan.end, replacement: r, finding: f } : null;
}

/** Edits for the contradicted findings of one document, in text order, overlapping ones dropped. */
export function correctionsFor(findings: readonly Finding[], text: string): Edit[] {
  const edits: Edit[] = [];
  for (const f of findings) {
    if (f.verdict !== "contradicted") continue;
    const e = f.claim.kind === "count" ? countEdit(f, text) : f.claim.kind === "date" ? dateEdit(f, text) : treatyEdit(f, text);
    if (e) edits.push(e);
  }
  edits.sort((a, b) => a.start - b.start);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1]!.end);
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}
