/**
 * A checked document as a report keeps it: without --explain, not the other
 * candidates of each link; never the prose view or the blocks (a long run
 * keeps every file's report until the end). Pure, so a worker thread builds
 * it as well as the main thread, and sends the main thread only this.
 */
import type { CheckedFile } from "../engine.js";
import type { ArticleDocument } from "../model/document.js";
import { reportFile } from "./model.js";
import type { ReportFile } from "./model.js";
import { applySuppressions } from "./suppress.js";
import type { KnownFinding } from "./suppress.js";

export function checkedFileReport(r: CheckedFile, explain: boolean, known: readonly KnownFinding[], used: Set<KnownFinding>): ReportFile {
  const findings = explain ? r.findings : r.findings.map((f) => (f.link.candidates.length === 0 ? f : { ...f, link: { ...f.link, candidates: [] } }));
  const slim: ArticleDocument = { ...r.doc, view: "", blocks: [] };
  const slimOf = new Map(r.findings.map((f, i) => [f, findings[i]!]));
  const inconsistencies = r.inconsistencies.map((x) => ({ ...x, findings: [slimOf.get(x.findings[0]) ?? x.findings[0], slimOf.get(x.findings[1]) ?? x.findings[1]] as const }));
  return applySuppressions(reportFile(slim, findings.map((f) => f.claim), findings, inconsistencies), known, used);
}
