/** What formatters receive: results with their source text, so no formatter reads a file again. */
import type { Base } from "../model/base.js";
import type { Claim } from "../model/claim.js";
import type { ArticleDocument } from "../model/document.js";
import type { Finding, Verdict } from "../model/finding.js";
import type { Position } from "../model/location.js";
import { LineIndex } from "../load/text.js";
import type { Inconsistency } from "../verify/consistency.js";

export interface ReportItem {
  readonly claim: Claim;
  readonly position: Position;
  /** Absent in `extract` reports. */
  readonly finding: Finding | null;
}

export interface ReportInconsistency {
  readonly entry: string;
  readonly about: string;
  readonly claims: readonly [ReportItem, ReportItem];
  readonly reason: string;
}

export interface ReportFile {
  readonly doc: ArticleDocument;
  readonly items: readonly ReportItem[];
  readonly inconsistencies: readonly ReportInconsistency[];
}

export interface Report {
  readonly mode: "check" | "extract";
  readonly tool: { readonly name: "claimcheck"; readonly version: string };
  readonly base: { readonly paths: readonly string[]; readonly entries: number } | null;
  readonly files: readonly ReportFile[];
}

export interface Summary {
  readonly files: number;
  readonly claims: number;
  readonly supported: number;
  readonly contradicted: number;
  readonly unverified: number;
}

export function summarize(report: Report): Summary {
  const count = (v: Verdict) => report.files.reduce((n, f) => n + f.items.filter((i) => i.finding?.verdict === v).length, 0);
  return {
    files: report.files.length,
    claims: report.files.reduce((n, f) => n + f.items.length, 0),
    supported: count("supported"),
    contradicted: count("contradicted"),
    unverified: count("unverified"),
  };
}

export function reportFile(doc: ArticleDocument, claims: readonly Claim[], findings: readonly Finding[] | null, inconsistencies: readonly Inconsistency[] = []): ReportFile {
  const lines = new LineIndex(doc.text);
  const items = claims.map((claim, i) => ({ claim, position: lines.position(claim.start), finding: findings?.[i] ?? null }));
  const itemOf = (f: Finding) => items[findings?.indexOf(f) ?? -1]!;
  return {
    doc,
    items,
    inconsistencies: inconsistencies.map((x) => ({ entry: x.entry, about: x.about, claims: [itemOf(x.findings[0]), itemOf(x.findings[1])] as const, reason: x.reason })),
  };
}

export function buildReport(mode: Report["mode"], version: string, base: Base | null, files: readonly ReportFile[]): Report {
  return {
    mode,
    tool: { name: "claimcheck", version },
    base: base ? { paths: base.paths, entries: base.entries.length } : null,
    files: [...files].sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0)),
  };
}
