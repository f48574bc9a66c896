/**
 * The trail of one claim, for `--explain`: which step found it and what it
 * implied, how it was linked (alias, keywords, date) and what else was
 * considered, what was compared and the verdict.
 */
import { CLOSE_SCALE } from "../verify/count.js";
import { table } from "../lib/table.js";
import type { Claim } from "../model/claim.js";
import type { Finding } from "../model/finding.js";

function valueText(claim: Claim): string {
  switch (claim.kind) {
    case "count": {
      const v = claim.value;
      const n = v.qualifier === "range" ? `${v.min}–${v.max}` : String(v.value);
      return `${v.measure} ${v.qualifier} ${n}${claim.precision ? ` (±${claim.precision} as written)` : ""}${claim.counted ? `, counting "${claim.counted}"${claim.subgroup ? " (a part of the whole)" : ""}` : ""}`;
    }
    case "date":
      return `${claim.value.value ?? "unresolved"}${claim.value.to ? ` to ${claim.value.to}` : ""} (${claim.grain}, ${claim.role} date)`;
    case "treaty":
      return [claim.value.name, claim.value.date ?? claim.value.year, claim.value.place].filter((x) => x !== null && x !== undefined).join(", ");
    default: {
      const never: never = claim;
      return never;
    }
  }
}

export interface Trail {
  readonly extractor: string;
  readonly implied: readonly string[];
  readonly notes: readonly string[];
  readonly value: string;
  readonly link: { readonly entry: string; readonly via: string; readonly strength: string; readonly weakness: string | null; readonly dateAgrees: boolean; readonly distance: number; readonly before?: true; readonly commonWord?: true; readonly close?: true; readonly partial?: readonly string[]; readonly instead?: string; readonly byParties?: number; readonly relative?: true } | null;
  readonly candidates: ReadonlyArray<{ readonly entry: string; readonly via: string; readonly dateAgrees: boolean; readonly distance: number }>;
  readonly owner: string | null;
  /** The lede's count a headline's count restates, when it was linked as that one. */
  readonly restates: string | null;
  readonly rule: string;
  readonly verdict: string;
}

export function trailOf(claim: Claim, finding: Finding | null): Trail {
  const link = finding?.link.link ?? null;
  return {
    extractor: claim.provenance.extractor,
    implied: claim.provenance.implied ?? [],
    notes: claim.provenance.notes ?? [],
    value: valueText(claim),
    link: link ? { entry: link.entry.id, via: link.via, strength: link.strength, weakness: link.weakness ?? null, dateAgrees: link.dateAgrees, distance: link.distance, ...(link.before ? { before: true as const } : {}), ...(link.commonWord && link.strength === "stated" ? { commonWord: true as const } : {}), ...(link.close ? { close: true as const } : {}), ...(link.close && link.partial ? { partial: link.partial } : {}), ...(link.instead !== undefined ? { instead: link.instead } : {}), ...(link.byParties !== undefined ? { byParties: link.byParties } : {}), ...(link.relative ? { relative: true as const } : {}) } : null,
    candidates: (finding?.link.candidates ?? []).map((c) => ({ entry: c.entry.id, via: c.via, dateAgrees: c.dateAgrees, distance: c.distance })),
    owner: finding?.link.owner ? finding.link.owner.text : null,
    restates: link?.restates?.text ?? null,
    rule: finding?.rule ?? "",
    verdict: finding?.verdict ?? "",
  };
}

const VIA_WORDS = table<string>({
  alias: "its name or an alias in the sentence",
  keywords: "its keywords in the paragraph",
  article: "being the article's main entry",
});

export function trailLines(t: Trail): string[] {
  const lines = [`found by ${t.extractor}: ${t.value}`];
  if (t.implied.length) lines.push(`implied: ${t.implied.join("; ")}`);
  if (t.notes.length) lines.push(`notes: ${t.notes.join("; ")}`);
  if (t.verdict === "") return lines;
  if (t.owner) lines.push(`belongs to the treaty claim "${t.owner}"`);
  if (t.link && t.restates) {
    lines.push(`linked to ${t.link.entry} as the headline's restatement of "${t.restates}", the lede's count linked to it`);
  } else if (t.link) {
    lines.push(`linked to ${t.link.entry} by ${t.link.before ? `${t.link.via === "alias" ? "its name or an alias" : "its keywords"} in the paragraph before (its own names no entry)` : (VIA_WORDS[t.link.via] ?? t.link.via)}${t.link.partial ? ` (only ${t.link.partial.join(", ")} of them, but the article states other claims of it)` : ""}${t.link.byParties !== undefined ? ` (only some of them, but the sentence names all ${t.link.byParties} of its parties agreeing)` : ""}${t.link.instead !== undefined ? ` instead of ${t.link.instead}, named near it but without a figure of its measure` : ""}${t.link.commonWord ? ", a common word that calls an entry the story tells of" : ""}${t.link.relative ? ", the date in a relative clause on it" : ""}${t.link.dateAgrees ? ", its date agreeing with a date in the sentence" : ""}, ${t.link.distance} characters away${t.link.strength === "weak" ? `; weak: ${t.link.weakness}` : ""}${t.link.close ? `; compared only within ${CLOSE_SCALE} times its figure` : ""}`);
  } else lines.push("linked to no entry");
  const others = t.candidates.filter((c) => c.entry !== t.link?.entry);
  if (others.length) lines.push(`also considered: ${others.map((c) => `${c.entry} (${c.via}${c.dateAgrees ? ", date agrees" : ""}, ${c.distance} away)`).join(", ")}`);
  lines.push(`rule ${t.rule} → ${t.verdict}`);
  return lines;
}
