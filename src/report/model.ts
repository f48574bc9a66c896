/** What formatters receive: results with their source text, so no formatter reads a file again. */
import type { Base } from "../model/base.js";
import type { CompiledBase } from "../link/alias-index.js";
import type { Claim } from "../model/claim.js";
import type { ArticleDocument } from "../model/document.js";
import type { Finding, Verdict } from "../model/finding.js";
import type { Position } from "../model/location.js";
import { LineIndex } from "../load/text.js";
import type { Inconsistency } from "../verify/consistency.js";
import { fingerprintsOf } from "./fingerprint.js";

/** Why a finding is not counted: an inline ignore comment, a baseline, or the config's `ignore` list. */
export interface Suppression {
  readonly kind: "inline" | "baseline" | "config";
  readonly reason: string;
}

export interface ReportItem {
  readonly claim: Claim;
  /** 1-based line:column of the claim's start and of its end (exclusive), UTF-16 columns. */
  readonly position: Position;
  readonly endPosition: Position;
  /** Absent in `extract` reports. */
  readonly finding: Finding | null;
  /** Stable across unrelated edits (see fingerprint.ts). */
  readonly fingerprint: string;
  readonly suppressed: Suppression | null;
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
  /** Problems with the file's own directives (an ignore without a reason, one that suppresses nothing). */
  readonly notices?: ReadonlyArray<{ readonly line: number; readonly column: number; readonly message: string }>;
}

export type FailOn = "contradicted" | "unverified" | "never";

export interface Report {
  readonly mode: "check" | "extract";
  /** The lowest verdict that fails the run: formats that have levels follow it. */
  readonly failOn: FailOn;
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
  /** Findings suppressed by an ignore comment, a baseline or the config (counted in their verdict too). */
  readonly suppressed: number;
}

export function summarize(report: Report): Summary {
  const count = (v: Verdict) => report.files.reduce((n, f) => n + f.items.filter((i) => i.finding?.verdict === v).length, 0);
  return {
    files: report.files.length,
    claims: report.files.reduce((n, f) => n + f.items.length, 0),
    supported: count("supported"),
    contradicted: count("contradicted"),
    unverified: count("unverified"),
    suppressed: report.files.reduce((n, f) => n + f.items.filter((i) => i.suppressed !== null).length, 0),
  };
}

/** Does this finding fail the run at the report's --fail-on level (suppressed findings never do)? */
export function fails(item: ReportItem, failOn: FailOn): boolean {
  if (item.suppressed || !item.finding || failOn === "never") return false;
  return item.finding.verdict === "contradicted" || (failOn === "unverified" && item.finding.verdict === "unverified");
}

export function reportFile(
  doc: ArticleDocument,
  claims: readonly Claim[],
  findings: readonly Finding[] | null,
  inconsistencies: readonly Inconsistency[] = [],
  suppressions: ReadonlyArray<Suppression | null> = [],
): ReportFile {
  const lines = new LineIndex(doc.text);
  const prints = fingerprintsOf(claims.map((claim, i) => ({ claim, finding: findings?.[i] ?? null })));
  const items: ReportItem[] = claims.map((claim, i) => ({
    claim,
    position: lines.position(claim.start),
    endPosition: lines.position(claim.end),
    finding: findings?.[i] ?? null,
    fingerprint: prints[i]!,
    suppressed: suppressions[i] ?? null,
  }));
  const indexOf = new Map<Finding, number>((findings ?? []).map((f, i) => [f, i]));
  const itemOf = (f: Finding) => items[indexOf.get(f) ?? -1]!;
  return {
    doc,
    items,
    inconsistencies: inconsistencies.map((x) => ({ entry: x.entry, about: x.about, claims: [itemOf(x.findings[0]), itemOf(x.findings[1])] as const, reason: x.reason })),
  };
}

export function buildReport(mode: Report["mode"], version: string, base: Base | CompiledBase | null, files: readonly ReportFile[], failOn: FailOn = "contradicted"): Report {
  return {
    mode,
    failOn,
    tool: { name: "claimcheck", version },
    base: base ? { paths: base.paths, entries: "size" in base ? base.size : base.entries.length } : null,
    files: [...files].sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0)),
  };
}
