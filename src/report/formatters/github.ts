/**
 * `--format github`: GitHub Actions workflow commands, one annotation per
 * finding that is not supported, at the claim's span:
 *
 *   ::error file=a.md,line=14,col=7,endLine=14,endColumn=35,title=claimcheck contradicted::"about 500 ...": stated ...
 *
 * `error` when the finding fails the run at the report's --fail-on, `warning`
 * for a contradicted one that does not, `notice` for an unverified one;
 * suppressed findings are left out; inconsistencies are warnings.
 */
import type { Position } from "../../model/location.js";
import type { Report } from "../model.js";
import type { Severity } from "../annotations.js";
import { findingMessage, severityOf } from "../annotations.js";
import { printable } from "../sanitize.js";

type Command = "error" | "warning" | "notice";
const COMMAND: Record<Severity, Command> = { failure: "error", warning: "warning", note: "notice" };

/**
 * The escapes of @actions/core (`escapeData`): what the runner unescapes.
 * Control characters left after that are shown, not obeyed (the log viewer
 * interprets ANSI sequences).
 */
export function escapeData(text: string): string {
  return printable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

/** Property values (`file=`, `title=`) also escape the separators `:` and `,` (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(command: Command, path: string, start: Position, end: Position, title: string, message: string): string {
  const props = [
    `file=${escapeProperty(path)}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(title)}`,
  ].join(",");
  return `::${command} ${props}::${escapeData(message)}`;
}

export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const path = file.doc.path;
    for (const item of file.items) {
      const severity = severityOf(item, report.failOn);
      if (severity === null || item.suppressed || !item.finding) continue;
      lines.push(annotation(COMMAND[severity], path, item.position, item.endPosition, `claimcheck ${item.finding.verdict}`, findingMessage(item)));
    }
    for (const x of file.inconsistencies) {
      const at = x.claims[1];
      lines.push(annotation("warning", path, at.position, at.endPosition, "claimcheck inconsistent", x.reason));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
