/**
 * `--format line`: one line per claim, in the `path:line:column: message` form
 * that editors, grep and problem matchers read:
 *
 *   a.md:14:7: contradicted count: stated about 500 killed (±10%), but reference 286–290 killed [...]
 *   a.md:14:7: count: "about 500 people were killed" → killed about 500      (extract)
 *
 * A suppressed finding ends with ` (suppressed: reason)`. A file's
 * inconsistencies follow its claims, at their second claim, as `inconsistent`.
 * Text from the article and the base is made printable.
 */
import type { Report, ReportItem } from "../model.js";
import { printable } from "../sanitize.js";
import { describeValue } from "../values.js";

function where(path: string, item: ReportItem): string {
  return `${printable(path)}:${item.position.line}:${item.position.column}`;
}

function claimLine(path: string, item: ReportItem): string {
  const { claim, finding } = item;
  if (!finding) return `${where(path, item)}: ${claim.kind}: "${printable(claim.text)}" → ${printable(describeValue(claim))}`;
  const suppressed = item.suppressed ? ` (suppressed: ${printable(item.suppressed.reason)})` : "";
  return `${where(path, item)}: ${finding.verdict} ${claim.kind}: ${printable(finding.reason)}${suppressed}`;
}

export function formatLine(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const item of file.items) lines.push(claimLine(file.doc.path, item));
    for (const x of file.inconsistencies) {
      const at = x.claims[1];
      lines.push(`${where(file.doc.path, at)}: inconsistent ${at.claim.kind}: ${printable(x.reason)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
