/**
 * `--format human`: grouped by file; for each claim, aligned columns
 * (line:column, verdict, kind, value), the claim in its line with a marker
 * under it, and the reason; the file's inconsistencies and directive notices;
 * a one-line summary at the end. `--quiet` keeps only the claims that fail the
 * run. Colour only when the caller gives styles (the shell decides from the
 * terminal and NO_COLOR / FORCE_COLOR, and makes them with chalk).
 */
import type { Verdict } from "../../model/finding.js";
import type { Report, ReportFile, ReportItem } from "../model.js";
import { fails, summarize } from "../model.js";
import { printable } from "../sanitize.js";
import { trailLines, trailOf } from "../explain.js";
import { describeValue } from "../values.js";

/** The styles of a coloured report (the shell makes them with chalk when the terminal wants colour). */
export interface Styles {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly redBold: (s: string) => string;
}

const same = (s: string) => s;
export const PLAIN: Styles = { bold: same, dim: same, cyan: same, green: same, yellow: same, redBold: same };

export interface HumanOptions {
  /** Colour styles; plain text without them. */
  readonly styles?: Styles;
  readonly explain?: boolean;
  readonly quiet?: boolean;
}

/** How much of a long line is shown around the claim. */
const CONTEXT = 40;

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

/** The claim's line, cut to a window around the claim, and a marker under the claim. */
function excerpt(file: ReportFile, item: ReportItem): [string, string] {
  const text = file.doc.text;
  const lineStart = item.claim.start - (item.position.column - 1);
  let lineEnd = text.slice(lineStart).search(/\r\n|\r|\n/);
  lineEnd = lineEnd < 0 ? text.length : lineStart + lineEnd;
  const claimEnd = Math.min(item.claim.end, lineEnd);
  const from = Math.max(lineStart, item.claim.start - CONTEXT);
  const to = Math.min(lineEnd, claimEnd + CONTEXT);
  const before = (from > lineStart ? "…" : "") + printable(text.slice(from, item.claim.start));
  const claim = printable(text.slice(item.claim.start, claimEnd));
  const after = printable(text.slice(claimEnd, to)) + (to < lineEnd ? "…" : "");
  return [`${before}${claim}${after}`, `${" ".repeat([...before].length)}${"^".repeat(Math.max(1, [...claim].length))}`];
}

export function formatHuman(report: Report, options: HumanOptions): string {
  const c = options.styles ?? PLAIN;
  const paint: Record<Verdict, (s: string) => string> = { supported: c.green, contradicted: c.redBold, unverified: c.yellow };
  const lines: string[] = [];
  for (const file of report.files) {
    const items = options.quiet ? file.items.filter((i) => fails(i, report.failOn)) : file.items;
    const notices = file.notices ?? [];
    if (options.quiet && items.length === 0 && notices.length === 0) continue;
    const published = file.doc.published ? `published ${file.doc.published}` : "no publication date";
    lines.push(`${c.bold(printable(file.doc.path))} ${c.dim(`(${published})`)}`);
    if (file.items.length === 0) lines.push(c.dim("  no claims found"));
    const posWidth = Math.max(0, ...items.map((i) => `${i.position.line}:${i.position.column}`.length));
    const indent = " ".repeat(2 + posWidth + 2);
    for (const item of items) {
      const pos = `${item.position.line}:${item.position.column}`.padEnd(posWidth);
      const kind = item.claim.kind.padEnd(7);
      const value = printable(describeValue(item.claim));
      if (item.finding) {
        const v = item.finding.verdict;
        const suppressed = item.suppressed ? c.dim(` (suppressed: ${printable(item.suppressed.reason)})`) : "";
        lines.push(`  ${c.dim(pos)}  ${paint[v](v.padEnd(13))}${kind}${value}${suppressed}`);
      } else {
        lines.push(`  ${c.dim(pos)}  ${kind}${value}`);
      }
      const [shown, marker] = excerpt(file, item);
      lines.push(`${indent}${shown}`, `${indent}${c.cyan(marker)}`);
      if (item.finding) lines.push(`${indent}${c.dim(printable(item.finding.reason))}`);
      if (options.explain) for (const l of trailLines(trailOf(item.claim, item.finding))) lines.push(`${indent}${c.cyan("·")} ${printable(l)}`);
    }
    for (const x of file.inconsistencies) {
      const [a, b] = x.claims;
      lines.push(`  ${paint.contradicted("inconsistent")} ${printable(x.reason)} ${c.dim(`(${a.position.line}:${a.position.column} and ${b.position.line}:${b.position.column})`)}`);
    }
    for (const n of notices) lines.push(`  ${c.dim(`${n.line}:${n.column}`)}  ${c.yellow("notice")} ${printable(n.message)}`);
    lines.push("");
  }
  const s = summarize(report);
  const head = `${plural(s.files, "file")}, ${plural(s.claims, "claim")}`;
  if (report.mode === "check") {
    const suppressed = s.suppressed ? `, ${s.suppressed} suppressed` : "";
    const base = report.base ? ` (base ${report.base.paths.join(", ")}: ${plural(report.base.entries, "entry")})` : "";
    lines.push(`${head}: ${paint.supported(`${s.supported} supported`)}, ${paint.contradicted(`${s.contradicted} contradicted`)}, ${paint.unverified(`${s.unverified} unverified`)}${suppressed}${c.dim(base)}`);
  } else lines.push(head);
  return `${lines.join("\n")}\n`;
}
