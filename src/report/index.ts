/** Formatters by `--format` name: pure functions of a report. */
import { formatDiff } from "./formatters/diff.js";
import { formatGithub } from "./formatters/github.js";
import { formatHuman } from "./formatters/human.js";
import { formatJson } from "./formatters/json.js";
import { formatJunit } from "./formatters/junit.js";
import { formatLine } from "./formatters/line.js";
import { formatSarif } from "./formatters/sarif.js";
import type { Report } from "./model.js";
import type { Styles } from "./formatters/human.js";

export interface FormatOptions {
  /** Colour styles for the human format (plain without them). */
  readonly styles?: Styles;
  /** Add each claim's trail (extractor, link, candidates, rule). */
  readonly explain?: boolean;
  /** Human format: only the claims that fail the run. */
  readonly quiet?: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATTERS = {
  human: (report, options) => formatHuman(report, options),
  json: (report, options) => formatJson(report, { explain: options.explain === true }),
  sarif: (report) => formatSarif(report),
  junit: (report) => formatJunit(report),
  github: (report) => formatGithub(report),
  line: (report) => formatLine(report),
  diff: (report) => formatDiff(report),
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

/** Formats the contract names that this version does not produce yet: asking for one is a usage error. */
export const PLANNED_FORMATS: readonly string[] = [];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export { buildReport, fails, reportFile, summarize } from "./model.js";
export type { FailOn, Report, ReportFile, ReportItem, Summary, Suppression } from "./model.js";
