/**
 * Suppressions: inline ignore comments (Markdown, HTML), the config's
 * `ignore` list and a baseline. Suppressed findings stay in the report, marked
 * as such, and never fail a run. A directive or rule that suppresses nothing
 * is itself reported.
 */
import { LineIndex } from "../load/text.js";
import { parseDirectives } from "../load/directives.js";
import type { ReportFile, ReportItem, Suppression } from "./model.js";

export interface FileNotice {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A baseline or config entry: a fingerprint, optionally for one file only. */
export interface KnownFinding {
  readonly path: string | null;
  readonly fingerprint: string;
  readonly reason: string;
  readonly kind: "baseline" | "config";
}

/** Whether a finding is something to suppress at all: supported claims need no suppression. */
const suppressible = (i: ReportItem) => i.finding !== null && i.finding.verdict !== "supported";

export function applySuppressions(file: ReportFile, known: readonly KnownFinding[], used: Set<KnownFinding>): ReportFile {
  const notices: FileNotice[] = [];
  const lines = new LineIndex(file.doc.text);
  const inline = file.doc.format === "text" ? { ranges: [], notices: [] } : parseDirectives(file.doc.text);
  for (const n of inline.notices) notices.push({ ...lines.position(n.offset), message: n.message });
  const hit = new Set<number>();
  const items = file.items.map((item) => {
    if (!suppressible(item)) return item;
    const r = inline.ranges.findIndex((x) => item.claim.start >= x.start && item.claim.start < x.end);
    if (r >= 0) {
      hit.add(r);
      return { ...item, suppressed: { kind: "inline", reason: inline.ranges[r]!.reason } satisfies Suppression };
    }
    const k = known.find((x) => x.fingerprint === item.fingerprint && (x.path === null || x.path === file.doc.path));
    if (k) {
      used.add(k);
      return { ...item, suppressed: { kind: k.kind, reason: k.reason } satisfies Suppression };
    }
    return item;
  });
  inline.ranges.forEach((r, i) => {
    if (!hit.has(i)) notices.push({ ...lines.position(r.directive.start), message: `this claimcheck-${r.kind === "block" ? "disable" : "ignore-next-line"} suppresses nothing` });
  });
  notices.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...file, items, notices };
}
