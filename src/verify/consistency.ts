/**
 * Claims of one article that cannot both hold: two counts of the same entry,
 * measure and group whose intervals do not meet ("300 killed" and, later,
 * "500 killed"), or two dates of the same event that disagree. Found even when
 * the base has no figure to compare with. A toll reported as rising ("rose
 * from 40 to 55", "earlier reports said") is a revision, not an inconsistency.
 */
import type { CountClaim, DateClaim } from "../model/claim.js";
import type { Finding } from "../model/finding.js";
import { compareDates } from "./date.js";
import { matchGroup } from "./count.js";
import { formatNumber } from "./messages.js";
import { figuresFor } from "./measure.js";

export interface Inconsistency {
  readonly entry: string;
  /** The measure (`killed`, ...), or `date`. */
  readonly about: string;
  readonly findings: readonly [Finding, Finding];
  readonly reason: string;
}

const REVISION = /\b(?:rose|risen|rising|climbed|increased|jumped|revised|updated|earlier|initially|previously|first|up from|from an earlier|later|now|raised|lowered|fell)\b/i;

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

export function inconsistencies(findings: readonly Finding[], sentenceOf: (f: Finding) => string, tolerance: number): Inconsistency[] {
  const out: Inconsistency[] = [];
  const usable = findings.filter((f) => f.link.link !== null && f.link.link.strength === "stated" && !sentenceOfRevision(sentenceOf(f)));
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!;
      const b = usable[j]!;
      const entry = a.link.link!.entry;
      if (entry !== b.link.link!.entry) continue;
      if (a.claim.kind === "count" && b.claim.kind === "count") {
        const ca = a.claim;
        const cb = b.claim;
        if (ca.value.measure !== cb.value.measure || ca.subgroup || cb.subgroup) continue;
        const figure = figuresFor(entry, ca)?.figures.at(-1);
        const ga = figure ? matchGroup(figure, ca.text) : null;
        const gb = figure ? matchGroup(figure, cb.text) : null;
        const key = (g: typeof ga) => (g === null ? "" : g === "ambiguous" ? "?" : g.phrase);
        if (key(ga) !== key(gb) || key(ga) === "?") continue;
        const [a0, a1] = interval(ca, tolerance);
        const [b0, b1] = interval(cb, tolerance);
        if (a1 < b0 || b1 < a0) {
          out.push({ entry: entry.id, about: ca.value.measure, findings: [a, b], reason: `${stated(ca)} and ${stated(cb)} cannot both hold for ${entry.id} (${formatNumber(ca.value.value ?? ca.value.min ?? 0)} vs ${formatNumber(cb.value.value ?? cb.value.min ?? 0)} ${ca.value.measure})` });
        }
      } else if (a.claim.kind === "date" && b.claim.kind === "date") {
        const da: DateClaim = a.claim;
        const db: DateClaim = b.claim;
        if (da.role !== "event" || db.role !== "event" || da.value.value === null || db.value.value === null || a.link.owner || b.link.owner) continue;
        const ref = db.value.to ? `${db.value.value}/${db.value.to}` : db.value.value;
        if (db.value.value.startsWith("--") || da.value.value.startsWith("--")) continue;
        if (compareDates(da.value.value, da.value.to, ref).result === "disagree") {
          out.push({ entry: entry.id, about: "date", findings: [a, b], reason: `"${da.text}" and "${db.text}" give different dates for ${entry.id}` });
        }
      }
    }
  }
  return out;
}

function sentenceOfRevision(sentence: string): boolean {
  return REVISION.test(sentence);
}
