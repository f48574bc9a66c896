/**
 * `--format human`: per file, each claim at line:column with its verdict, text,
 * what the base says and where; a summary line at the end. Colour only when
 * the caller says so (the shell decides from the terminal and NO_COLOR/FORCE_COLOR).
 */
import { Chalk } from "chalk";
import type { Verdict } from "../../model/finding.js";
import type { Report } from "../model.js";
import { summarize } from "../model.js";
import { printable } from "../sanitize.js";
import { trailLines, trailOf } from "../explain.js";
import { describeValue } from "../values.js";

export interface HumanOptions {
  readonly color: boolean;
  readonly explain?: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function formatHuman(report: Report, options: HumanOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Verdict, (s: string) => string> = { supported: c.green, contradicted: c.red.bold, unverified: c.yellow };
  const lines: string[] = [];
  for (const file of report.files) {
    const published = file.doc.published ? `published ${file.doc.published}` : "no publication date";
    lines.push(`${c.bold(printable(file.doc.path))} ${c.dim(`(${published})`)}`);
    if (file.items.length === 0) lines.push(c.dim("  no claims found"));
    const posWidth = Math.max(0, ...file.items.map((i) => `${i.position.line}:${i.position.column}`.length));
    for (const item of file.items) {
      const pos = `${item.position.line}:${item.position.column}`.padEnd(posWidth);
      const kind = item.claim.kind.padEnd(6);
      const text = `"${printable(item.claim.text)}"`;
      if (item.finding) {
        const v = item.finding.verdict;
        lines.push(`  ${c.dim(pos)}  ${paint[v](v.padEnd(12))} ${kind} ${text} ${c.dim(`→ ${printable(describeValue(item.claim))}`)}`);
        lines.push(`  ${" ".repeat(posWidth)}  ${" ".repeat(12)} ${" ".repeat(6)} ${c.dim(printable(item.finding.reason))}`);
      } else {
        lines.push(`  ${c.dim(pos)}  ${kind} ${text} ${c.dim(`→ ${printable(describeValue(item.claim))}`)}`);
      }
      if (options.explain) {
        const indent = `  ${" ".repeat(posWidth)}  ${item.finding ? `${" ".repeat(12)} ${" ".repeat(6)} ` : `${" ".repeat(6)} `}`;
        for (const l of trailLines(trailOf(item.claim, item.finding))) lines.push(`${indent}${c.cyan("·")} ${printable(l)}`);
      }
    }
    for (const x of file.inconsistencies) {
      const [a, b] = x.claims;
      lines.push(`  ${paint.contradicted("inconsistent")} ${printable(x.reason)} ${c.dim(`(${a.position.line}:${a.position.column} and ${b.position.line}:${b.position.column})`)}`);
    }
    lines.push("");
  }
  const s = summarize(report);
  const head = `${plural(s.files, "file")}, ${plural(s.claims, "claim")}`;
  if (report.mode === "check") {
    const base = report.base ? ` (base ${report.base.paths.join(", ")}: ${plural(report.base.entries, "entry").replace("entrys", "entries")})` : "";
    lines.push(`${head}: ${paint.supported(`${s.supported} supported`)}, ${paint.contradicted(`${s.contradicted} contradicted`)}, ${paint.unverified(`${s.unverified} unverified`)}${c.dim(base)}`);
  } else lines.push(head);
  return `${lines.join("\n")}\n`;
}
