/**
 * What the annotation formats (SARIF, GitHub, JUnit) share: how loud a finding
 * is at the report's --fail-on, and its message on one line.
 */
import type { FailOn, ReportItem } from "./model.js";
import { fails } from "./model.js";

/**
 * `failure`: the finding fails the run (see `fails`). Otherwise a contradicted
 * finding is a `warning` and an unverified one a `note` (with --fail-on never,
 * or when suppressed). Supported claims and extract reports: null, nothing to say.
 */
export type Severity = "failure" | "warning" | "note";

export function severityOf(item: ReportItem, failOn: FailOn): Severity | null {
  const finding = item.finding;
  if (!finding || finding.verdict === "supported") return null;
  if (fails(item, failOn)) return "failure";
  return finding.verdict === "contradicted" ? "warning" : "note";
}

/** Whitespace runs (a claim hard-wrapped over two lines) folded to one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `"about 500 people were killed": stated about 500 killed (±10%), but reference 286–290 killed [...]`. */
export function findingMessage(item: ReportItem): string {
  return `"${oneLine(item.claim.text)}": ${item.finding?.reason ?? ""}`;
}
