/**
 * Claims of one article that cannot both hold: two counts of the same entry,
 * measure and group whose intervals do not meet ("300 killed" and, later,
 * "500 killed"), or two dates of the same event that disagree. Found even when
 * the base has no figure to compare with. A toll reported as rising ("rose
 * from 40 to 55", "earlier reports said") is a revision, not an inconsistency.
 * Only tolls (the canonical measures) are compared, or figures of one group:
 * shares and counts of things are too often of different parts. A claim the
 * verifier left unverified for a doubt (a plan, a date far from the entry's, a
 * figure that may be another's) takes no part.
 */
import type { CountClaim, DateClaim } from "../model/claim.js";
import { CANONICAL_MEASURES } from "../model/claim.js";
import type { Finding } from "../model/finding.js";
import { compareDates } from "./date.js";
import { matchGroup, partByItsWords, partitiveSet } from "./count.js";
import { formatNumber } from "./messages.js";
import { figuresFor } from "./measure.js";
import { push } from "../lib/group.js";

export interface Inconsistency {
  readonly entry: string;
  /** The measure (`killed`, ...), or `date`. */
  readonly about: string;
  readonly findings: readonly [Finding, Finding];
  readonly reason: string;
}

const REVISION = /\b(?:rose|risen|rising|climbed|increased|jumped|revised|updated|earlier|initially|initial|previously|previous|preliminary|first|up from|from an earlier|later|now|raised|lowered|fell)\b/i;

function interval(c: CountClaim, tolerance: number): [number, number] {
  const v = c.value;
  const n = v.value ?? 0;
  const p = c.precision;
  switch (v.qualifier) {
    case "exact":
      return [n - p, n + p];
    case "about":
      return [n * (1 - tolerance) - p, n * (1 + tolerance) + p];
    case "at_least":
      return [n - p, Number.POSITIVE_INFINITY];
    case "more_than":
      return [n - p + 1e-9, Number.POSITIVE_INFINITY];
    case "at_most":
      return [0, n + p];
    case "fewer_than":
      return [0, n + p - 1e-9];
    case "nearly":
      return [n * (1 - tolerance) - p, n + p];
    case "range":
      return [v.min ?? 0, v.max ?? 0];
    default:
      return [0, Number.POSITIVE_INFINITY];
  }
}

function stated(c: CountClaim): string {
  return `"${c.text}"`;
}

/**
 * Each claim is reported at most once, with the earliest claim before it that it
 * cannot hold with, so that the work and the report stay in proportion to the
 * article: counts by their intervals (a running minimum of upper ends and
 * maximum of lower ends, searched by bisection), dates by their distinct values.
 */
export function inconsistencies(findings: readonly Finding[], sentenceOf: (f: Finding) => string, tolerance: number): Inconsistency[] {
  const revision = new Map<string, boolean>();
  const isRevision = (f: Finding) => {
    const k = `${f.claim.sentence.start}:${f.claim.sentence.end}`;
    let r = revision.get(k);
    if (r === undefined) revision.set(k, (r = sentenceOfRevision(sentenceOf(f))));
    return r;
  };
  const counts = new Map<string, Array<{ f: Finding; c: CountClaim; index: number }>>();
  const dates = new Map<string, Array<{ f: Finding; c: DateClaim; index: number }>>();
  findings.forEach((f, index) => {
    const link = f.link.link;
    if (link === null || link.strength !== "stated") return;
    // A claim the verifier did not compare for a doubt of its own (a plan, a date decades from the entry's, a figure
    // of another part of the story) is not taken to be of the entry here either; one left unverified only because the
    // entry lacks the fact is.
    if (f.verdict === "unverified" && f.rule !== "fact.missing") return;
    const entry = link.entry;
    const c = f.claim;
    if (c.kind === "count") {
      // Parts ("two bodies", "11 of the country's 14 ports") and the story's figures tied only close (see `close`)
      // are not stated of the entry's whole.
      if (c.subgroup || c.elliptic || link.close) return;
      const found = figuresFor(entry, c);
      const sentence = { text: sentenceOf(f), start: c.sentence.start };
      if (partByItsWords(c, found?.measure ?? c.value.measure, sentence) || partitiveSet(c, sentence, f.link.siblings ?? [])) return;
      const figure = found?.figures.at(-1);
      const g = figure ? matchGroup(figure, c.text) : null;
      if (g === "ambiguous" || isRevision(f)) return;
      // Shares of one event are of different things (the Yes vote, the No vote, the turnout), and counts of a thing
      // are often a whole and a part of it ("32 council areas", "four council areas voted Yes"): only tolls, or
      // figures that name the same group, are rivals.
      const measure = found?.measure ?? c.value.measure;
      if (g === null && (measure === "percent" || !(CANONICAL_MEASURES as readonly string[]).includes(measure))) return;
      // Keyed by the entry's figure the claim speaks of ("two bodies" of `body`, not of `killed`, when the base keys both).
      push(counts, `${entry.id}\u0000${found?.measure ?? c.value.measure}\u0000${g === null ? "" : g.phrase}`, { f, c, index });
    } else if (c.kind === "date") {
      if (c.role !== "event" || c.value.value === null || c.value.value.startsWith("--") || f.link.owner || isRevision(f)) return;
      push(dates, entry.id, { f, c, index });
    }
  });
  const out: Array<{ i: number; j: number; x: Inconsistency }> = [];
  for (const group of counts.values()) {
    const spans = group.map(({ c }) => interval(c, tolerance));
    // minHi[k]: the least upper end among claims 0..k (never rising); maxLo[k]: the greatest lower end (never falling).
    const minHi: number[] = [];
    const maxLo: number[] = [];
    spans.forEach(([lo, hi], k) => {
      minHi.push(k === 0 ? hi : Math.min(minHi[k - 1]!, hi));
      maxLo.push(k === 0 ? lo : Math.max(maxLo[k - 1]!, lo));
    });
    for (let j = 1; j < group.length; j++) {
      const [lo, hi] = spans[j]!;
      // The first k whose prefix minimum drops below lo is a claim ending below this one's start; likewise above.
      const below = firstIndex(j, (k) => minHi[k]! < lo);
      const above = firstIndex(j, (k) => maxLo[k]! > hi);
      const i = Math.min(below, above);
      if (i === j) continue;
      const a = group[i]!;
      const b = group[j]!;
      const entry = a.f.link.link!.entry;
      out.push({
        i: a.index, j: b.index,
        x: { entry: entry.id, about: a.c.value.measure, findings: [a.f, b.f], reason: `${stated(a.c)} and ${stated(b.c)} cannot both hold for ${entry.id} (${formatNumber(a.c.value.value ?? a.c.value.min ?? 0)} vs ${formatNumber(b.c.value.value ?? b.c.value.min ?? 0)} ${a.c.value.measure})` },
      });
    }
  }
  for (const group of dates.values()) {
    // The first claim of each distinct date; a later claim is compared with each of those before it.
    const firsts: Array<{ f: Finding; c: DateClaim; index: number }> = [];
    const seen = new Set<string>();
    for (const b of group) {
      const ref = b.c.value.to ? `${b.c.value.value}/${b.c.value.to}` : b.c.value.value!;
      for (const a of firsts.slice(0, MAX_DATES_COMPARED)) {
        // Two days the base bears out both (days of a storm, of a siege) are not at odds.
        if (a.f.verdict === "supported" && b.f.verdict === "supported") continue;
        if (compareDates(a.c.value.value!, a.c.value.to, ref).result === "disagree") {
          out.push({ i: a.index, j: b.index, x: { entry: b.f.link.link!.entry.id, about: "date", findings: [a.f, b.f], reason: `"${a.c.text}" and "${b.c.text}" give different dates for ${b.f.link.link!.entry.id}` } });
          break;
        }
      }
      if (!seen.has(ref)) {
        seen.add(ref);
        firsts.push(b);
      }
    }
  }
  return out.sort((p, q) => p.i - q.i || p.j - q.j).map((p) => p.x);
}

/** An article giving more different dates of one event than this is compared on its first ones only. */
const MAX_DATES_COMPARED = 64;

/** The least k in [0, n) for which `test` holds, given that it holds for every k after one that does; n when none. */
function firstIndex(n: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}


function sentenceOfRevision(sentence: string): boolean {
  return REVISION.test(sentence);
}
