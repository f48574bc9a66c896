/**
 * `claimcheck merge`: JSON reports of parts of an input set (shards of a CI
 * matrix) into the one report a single run over the whole set would give:
 * files in path order, the summary recounted. Reports of different modes,
 * versions or bases do not merge, nor do two reports of the same file.
 */
import { UserError } from "../model/errors.js";
import type { FailOn } from "./model.js";

interface JsonClaim {
  readonly verdict?: string;
  readonly suppressed?: unknown;
}

interface JsonFile {
  readonly path: string;
  readonly claims: readonly JsonClaim[];
}

export interface JsonReport {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly base: { readonly paths: readonly string[]; readonly entries: number } | null;
  readonly files: readonly JsonFile[];
  readonly summary: Readonly<Record<string, number>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A parsed JSON document as a claimcheck report, or a one-line error naming the file. */
export function asReport(name: string, value: unknown): JsonReport {
  const bad = (what: string) => new UserError(`${name}: not a claimcheck JSON report (${what})`);
  if (!isObject(value) || value["schemaVersion"] !== 1) throw bad("schemaVersion 1 expected");
  const tool = value["tool"];
  if (!isObject(tool) || tool["name"] !== "claimcheck" || typeof tool["version"] !== "string") throw bad("tool");
  if (!Array.isArray(value["files"])) throw bad("files");
  for (const f of value["files"] as unknown[]) {
    if (!isObject(f) || typeof f["path"] !== "string" || !Array.isArray(f["claims"]) || !(f["claims"] as unknown[]).every(isObject)) throw bad("files[].path and files[].claims");
  }
  if (!isObject(value["summary"])) throw bad("summary");
  const base = value["base"];
  if (base !== null && !(isObject(base) && Array.isArray(base["paths"]) && typeof base["entries"] === "number")) throw bad("base");
  return value as unknown as JsonReport;
}

const isCheck = (r: JsonReport) => "supported" in r.summary;

export function mergeReports(reports: ReadonlyArray<{ name: string; report: JsonReport }>): JsonReport {
  if (reports.length === 0) throw new UserError("merge: give the JSON reports to merge");
  const first = reports[0]!;
  const seen = new Map<string, string>();
  for (const { name, report } of reports) {
    if (isCheck(report) !== isCheck(first.report)) throw new UserError(`${name}: a report of \`${isCheck(report) ? "check" : "extract"}\` does not merge with one of \`${isCheck(first.report) ? "check" : "extract"}\` (${first.name})`);
    if (report.tool.version !== first.report.tool.version) throw new UserError(`${name}: written by claimcheck ${report.tool.version}, ${first.name} by ${first.report.tool.version}: merge reports of one version`);
    if (JSON.stringify(report.base) !== JSON.stringify(first.report.base)) throw new UserError(`${name}: checked against another base than ${first.name}`);
    for (const f of report.files) {
      const other = seen.get(f.path);
      if (other !== undefined) throw new UserError(`${name}: ${f.path} is also in ${other}; shards must not overlap`);
      seen.set(f.path, name);
    }
  }
  const files = reports.flatMap((r) => r.report.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const claims = files.flatMap((f) => f.claims);
  const count = (v: string) => claims.filter((c) => c.verdict === v).length;
  const summary: Record<string, number> = isCheck(first.report)
    ? { files: files.length, claims: claims.length, supported: count("supported"), contradicted: count("contradicted"), unverified: count("unverified"), suppressed: claims.filter((c) => c.suppressed !== undefined).length }
    : { files: files.length, claims: claims.length };
  return { schemaVersion: 1, tool: first.report.tool, base: first.report.base, files, summary };
}

/** The merged report, laid out as `--format json` lays out a report. */
export function formatMerged(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** CONTRACT §1's exit status for a merged report: 1 when an unsuppressed claim is at or above --fail-on. */
export function mergedExitCode(report: JsonReport, failOn: FailOn): 0 | 1 {
  if (failOn === "never") return 0;
  const failing = (c: JsonClaim) => c.suppressed === undefined && (c.verdict === "contradicted" || (failOn === "unverified" && c.verdict === "unverified"));
  return report.files.some((f) => f.claims.some(failing)) ? 1 : 0;
}
