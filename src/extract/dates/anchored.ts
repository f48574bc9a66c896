/**
 * Dates counted from another date of the story: "three days later", "a week
 * later", "the following year", "later that year". Their anchor is the last
 * date of the story written before them, in their paragraph or the one before
 * (the narrative's current time), as precise as their unit needs: a day for
 * days and weeks, a month for months, a year for years. The story may count
 * from something it has not dated, so such a date bears an entry out and never
 * refutes it (see ANCHORED_NOTE in the verify stage). "Earlier" is left to the
 * chrono reading: "up from 1,011 a day earlier" counts back from the story's
 * present as often as from the last date written.
 */
import type { Claim, DateClaim } from "../../model/claim.js";
import { formatIso, parseIso } from "../../lib/isodate.js";
import type { Refiner } from "../types.js";
import { ANCHORED_NOTE, WEEK_NOTE } from "../vocabulary.js";
import { datePlace, tokenAt } from "./context.js";

const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "three days later", "a year afterwards", "the following day", "the next month", "later that year". */
const ANCHORED = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+(?:later|afterwards?)|the\s+(?:following|next)\s+(day|week|month|year)|later\s+(?:that|the\s+same)\s+(month|year))\b/gi;

type Unit = "day" | "week" | "month" | "year";

interface Anchor {
  readonly claim: DateClaim;
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

function anchorOf(claim: DateClaim): Anchor | null {
  if (claim.role === "dateline" || claim.value.value === null || claim.value.to !== undefined) return null;
  if ((claim.provenance.implied ?? []).includes(WEEK_NOTE)) return null;
  const p = parseIso(claim.value.value);
  return p === null || p.year === null ? null : { claim, year: p.year, month: p.month, day: p.day };
}

/** The anchor moved on by `n` units, at the precision the unit needs; null when the anchor is too coarse. */
function moved(a: Anchor, unit: Unit, n: number): { value: string; grain: DateClaim["grain"] } | null {
  if (unit === "year") return { value: String(a.year + n), grain: "year" };
  if (unit === "month") {
    if (a.month === null) return null;
    const m = a.month - 1 + n;
    return { value: formatIso({ year: a.year + Math.floor(m / 12), month: (((m % 12) + 12) % 12) + 1, day: null }), grain: "month" };
  }
  if (a.month === null || a.day === null) return null;
  const t = new Date(Date.UTC(a.year, a.month - 1, a.day + n * (unit === "week" ? 7 : 1)));
  return { value: formatIso({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }), grain: "day" };
}

export const anchoredDates: Refiner = {
  name: "anchored-dates",
  refine(ctx, claims) {
    const dates = claims.filter((c): c is DateClaim => c.kind === "date").sort((a, b) => a.start - b.start);
    // chrono reads "the next day" from the publication ("next day" = tomorrow); told after a date of the story, it is
    // counted from that date ("… killed in a raid on Oct. 16. Duterte flew to Marawi the next day").
    const replaced = new Set<Claim>();
    const fromPublication = (d: DateClaim, start: number, end: number) => d.provenance.extractor !== "date/anchored" && d.start >= start && d.end <= end && /^(?:the\s+)?(?:next|following)\s+\p{L}+$/iu.test(d.text);
    const taken = (start: number, end: number) => dates.some((d) => d.start < end && start < d.end && !replaced.has(d) && !fromPublication(d, start, end));
    const out: Claim[] = [];
    const paragraphIndex = new Map(ctx.paragraphs.map((p, i) => [p.start, i]));
    for (const sentence of ctx.sentences) {
      const text = ctx.view.slice(sentence.start, sentence.end);
      if (!/later|afterward|following|next/i.test(text)) continue;
      for (const m of text.matchAll(ANCHORED)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end)) continue;
        // The last date before it, in its paragraph or the one before.
        const here = paragraphIndex.get(sentence.paragraph.start) ?? 0;
        let anchor: Anchor | null = null;
        for (let k = dates.length - 1; k >= 0 && anchor === null; k--) {
          const d = dates[k]!;
          if (d.end > start) continue;
          const at = paragraphIndex.get(d.paragraph.start) ?? -1;
          if (at < here - 1) break;
          anchor = anchorOf(d);
        }
        if (anchor === null) continue;
        const unit = (m[2] ?? m[3] ?? m[4])!.toLowerCase() as Unit;
        const n = m[1] !== undefined ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : m[4] !== undefined ? 0 : 1;
        const value = moved(anchor, unit, n);
        // Restated at once by a written date ("the next day, on Feb. 2"): that one is the claim.
        if (value === null || dates.some((d) => d.start >= end && /^,?\s{0,3}(?:on\s|in\s)?\s{0,3}$/.test(ctx.view.slice(end, d.start)))) continue;
        for (const d of dates) if (d.start < end && start < d.end && fromPublication(d, start, end)) replaced.add(d);
        const { tokens } = sentence;
        const found: DateClaim = {
          ...datePlace(ctx, sentence, start, end, tokenAt(tokens, start), tokenAt(tokens, end - 1)),
          provenance: { extractor: "date/anchored", implied: [`${ANCHORED_NOTE} "${anchor.claim.text}"`], notes: [] },
          value: { value: value.value },
          grain: value.grain,
        };
        out.push(found);
        // The story's time moves on with it: "Three days later … The next day …".
        dates.push(found);
        dates.sort((a, b) => a.start - b.start);
      }
    }
    return out.length === 0 ? claims : [...claims.filter((c) => !replaced.has(c)), ...out];
  },
};
