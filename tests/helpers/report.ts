import { check } from "../../src/index.js";
import type { Base } from "../../src/index.js";
import { buildReport, reportFile } from "../../src/report/index.js";
import type { FailOn, Report, ReportItem, Suppression } from "../../src/report/index.js";
import { baseOf } from "./base.js";

/** One entry: the CSTO summit in Yerevan, 23 November 2022 (`claims/test.yaml:2`). */
export const summitBase: Base = baseOf(`
- id: summit
  kind: event
  name: CSTO summit in Yerevan
  keywords: [CSTO, Yerevan]
  date: 2022-11-23
  sources: [{ title: t }]
`);

export interface ReportOptions {
  readonly path?: string;
  readonly failOn?: FailOn;
  readonly mode?: Report["mode"];
  /** The suppression of the i-th claim, if any. */
  readonly suppress?: (index: number) => Suppression | null;
  readonly base?: Base;
}

/** The report of one article checked (or extracted) as the CLI would build it. */
export function reportOf(text: string, options: ReportOptions = {}): Report {
  const base = options.base ?? summitBase;
  const [f] = check([{ path: options.path ?? "a.txt", text, published: "2023-02-02" }], base);
  const claims = f!.findings.map((x) => x.claim);
  if (options.mode === "extract") return buildReport("extract", "0", null, [reportFile(f!.doc, claims, null)]);
  const suppressions = claims.map((_, i) => options.suppress?.(i) ?? null);
  return buildReport("check", "0", base, [reportFile(f!.doc, claims, f!.findings, f!.inconsistencies, suppressions)], options.failOn ?? "contradicted");
}

/** A report with each item rewritten: formatters are pure functions of a report, so any report will do. */
export function mapItems(report: Report, fn: (item: ReportItem) => ReportItem): Report {
  return { ...report, files: report.files.map((f) => ({ ...f, items: f.items.map(fn) })) };
}

/** An item whose claim text and finding reason are replaced (for escaping tests). */
export function withText(item: ReportItem, text: string, reason?: string): ReportItem {
  return {
    ...item,
    claim: { ...item.claim, text },
    finding: item.finding && reason !== undefined ? { ...item.finding, reason } : item.finding,
  };
}
