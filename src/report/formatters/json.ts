/** `--format json`: CONTRACT §4 exactly, keys in a fixed order, so runs are byte-identical. */
import type { Report, ReportItem } from "../model.js";
import { summarize } from "../model.js";
import { trailOf } from "../explain.js";
import { claimValue } from "../values.js";

function claimJson(item: ReportItem, mode: Report["mode"], explain: boolean): Record<string, unknown> {
  const { claim, position, finding } = item;
  const out: Record<string, unknown> = {
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    line: position.line,
    column: position.column,
    value: claimValue(claim),
  };
  if (mode === "check" && finding) {
    out["verdict"] = finding.verdict;
    out["entry"] = finding.entry ? { id: finding.entry.id, file: finding.entry.file, line: finding.entry.line } : null;
    out["expected"] = finding.expected;
    out["reason"] = finding.reason;
    out["rule"] = finding.rule;
  }
  out["extractor"] = claim.provenance.extractor;
  out["fingerprint"] = item.fingerprint;
  if (item.suppressed) out["suppressed"] = { kind: item.suppressed.kind, reason: item.suppressed.reason };
  if (explain) out["trail"] = trailOf(claim, finding);
  return out;
}

export function formatJson(report: Report, options: { explain?: boolean } = {}): string {
  const s = summarize(report);
  const doc = {
    schemaVersion: 1,
    tool: report.tool,
    base: report.base ? { paths: report.base.paths, entries: report.base.entries } : null,
    files: report.files.map((f) => {
      const file: Record<string, unknown> = {
        path: f.doc.path,
        published: f.doc.published,
        publishedFrom: f.doc.publishedFrom,
        claims: f.items.map((i) => claimJson(i, report.mode, options.explain === true)),
      };
      if (f.notices && f.notices.length > 0) file["notices"] = f.notices.map((n) => ({ line: n.line, column: n.column, message: n.message }));
      if (f.inconsistencies.length > 0) {
        file["inconsistencies"] = f.inconsistencies.map((x) => ({
          entry: x.entry,
          about: x.about,
          claims: x.claims.map((i) => ({ line: i.position.line, column: i.position.column, text: i.claim.text })),
          reason: x.reason,
        }));
      }
      return file;
    }),
    summary: report.mode === "check" ? s : { files: s.files, claims: s.claims },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
