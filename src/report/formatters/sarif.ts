/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), one run, for code-scanning tools.
 * One result per contradicted or unverified claim, in file then reading
 * order, then one per inconsistency of the file (at its second claim).
 * Suppressed findings stay, with `suppressions`, as SARIF wants. Levels follow
 * the report's --fail-on; columns are UTF-16 code units, as everywhere in
 * claimcheck. Validated against the official schema (schemas/sarif-schema-2.1.0.json).
 */
import type { Verdict } from "../../model/finding.js";
import type { FailOn, Report, ReportInconsistency, ReportItem, Suppression } from "../model.js";
import { findingMessage, severityOf } from "../annotations.js";
import type { Severity } from "../annotations.js";
import { pairFingerprint } from "../fingerprint.js";
import { claimValue } from "../values.js";

const SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const INFORMATION_URI = "https://github.com/claimcheck/claimcheck";
const SRCROOT = "%SRCROOT%";
/** Key of `partialFingerprints`; bump the version if fingerprint.ts ever hashes differently. */
const FINGERPRINT_KEY = "claimcheck/v1";

type Level = "error" | "warning" | "note";
const LEVEL: Record<Severity, Level> = { failure: "error", warning: "warning", note: "note" };

type RuleId = Exclude<Verdict, "supported"> | "inconsistent";
/** Rule order is `ruleIndex`. */
const RULE_IDS = ["contradicted", "unverified", "inconsistent"] as const satisfies readonly RuleId[];

const RULE_TEXT: Record<RuleId, { short: string; full: string; help: string }> = {
  contradicted: {
    short: "The reference base contradicts the claim.",
    full: "A count, date or agreement stated in the article disagrees with the reference-base entry it was linked to: the stated value cannot hold given the entry's figure, date, place or parties (CONTRACT §3).",
    help: "Correct the article, or, if the base is wrong or out of date, correct the entry (its file and line are in the message). The reason names both values and the rule that compared them.",
  },
  unverified: {
    short: "The claim could not be checked against the reference base.",
    full: "No entry of the reference base could confirm or contradict the claim: nothing was linked, the link was ambiguous or weak, the entry lacks the fact, or the claim is of a kind claimcheck does not compare (a reporting date, a part of a whole).",
    help: "Add or complete an entry of the reference base (`claimcheck base suggest` writes stubs), or name the event more precisely in the article. With --fail-on unverified these claims fail the run.",
  },
  inconsistent: {
    short: "Two claims of the article about the same entry cannot both hold.",
    full: "Two counts of the same entry and measure whose intervals do not meet, or two different dates for the same event, in one article, even when the base has no figure to compare with. A toll reported as changing is not an inconsistency.",
    help: "Make the article agree with itself, or say that the figure was revised ('rose to', 'earlier reports said'). Inconsistencies do not change the exit status.",
  },
};

/** The level each rule's results have at this --fail-on when nothing is suppressed. */
function ruleLevel(id: RuleId, failOn: FailOn): Level {
  switch (id) {
    case "contradicted":
      return failOn === "never" ? "warning" : "error";
    case "unverified":
      return failOn === "unverified" ? "error" : "note";
    case "inconsistent":
      return "warning";
    default: {
      const never: never = id;
      return never;
    }
  }
}

function rules(failOn: FailOn): Record<string, unknown>[] {
  return RULE_IDS.map((id) => ({
    id,
    shortDescription: { text: RULE_TEXT[id].short },
    fullDescription: { text: RULE_TEXT[id].full },
    help: { text: RULE_TEXT[id].help },
    defaultConfiguration: { level: ruleLevel(id, failOn) },
  }));
}

/**
 * A report path as a relative URI reference under %SRCROOT%: each segment
 * percent-encoded (`<stdin>` → `%3Cstdin%3E`). An absolute path (outside the
 * working directory) becomes a `file:` URI of its own.
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: SRCROOT };
}

function location(path: string, item: ReportItem): Record<string, unknown> {
  const { claim, position, endPosition } = item;
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(path),
      region: {
        startLine: position.line,
        startColumn: position.column,
        endLine: endPosition.line,
        endColumn: endPosition.column,
        charOffset: claim.start,
        charLength: claim.end - claim.start,
        snippet: { text: claim.text },
      },
    },
  };
}

function suppressions(s: Suppression): Record<string, unknown>[] {
  return [{ kind: s.kind === "inline" ? "inSource" : "external", justification: s.reason }];
}

function findingResult(path: string, item: ReportItem, failOn: FailOn): Record<string, unknown> | null {
  const { finding } = item;
  const severity = severityOf(item, failOn);
  if (!finding || severity === null || finding.verdict === "supported") return null;
  const ruleId: RuleId = finding.verdict;
  const result: Record<string, unknown> = {
    ruleId,
    ruleIndex: RULE_IDS.indexOf(ruleId),
    level: LEVEL[severity],
    message: { text: findingMessage(item) },
    locations: [location(path, item)],
    partialFingerprints: { [FINGERPRINT_KEY]: item.fingerprint },
  };
  if (item.suppressed) result["suppressions"] = suppressions(item.suppressed);
  result["properties"] = {
    kind: item.claim.kind,
    verdict: finding.verdict,
    rule: finding.rule,
    value: claimValue(item.claim),
    expected: finding.expected,
    entry: finding.entry ? { id: finding.entry.id, file: finding.entry.file, line: finding.entry.line } : null,
  };
  return result;
}

function inconsistencyResult(path: string, x: ReportInconsistency, failOn: FailOn): Record<string, unknown> {
  const [first, second] = x.claims;
  return {
    ruleId: "inconsistent",
    ruleIndex: RULE_IDS.indexOf("inconsistent"),
    level: ruleLevel("inconsistent", failOn),
    message: { text: x.reason },
    locations: [location(path, second)],
    relatedLocations: [{ id: 1, ...location(path, first), message: { text: "the other claim" } }],
    partialFingerprints: { [FINGERPRINT_KEY]: pairFingerprint(x.about, first.fingerprint, second.fingerprint) },
    properties: {
      entry: x.entry,
      about: x.about,
      claims: x.claims.map((i) => ({ line: i.position.line, column: i.position.column, text: i.claim.text })),
    },
  };
}

export function formatSarif(report: Report): string {
  const results: Record<string, unknown>[] = [];
  for (const file of report.files) {
    for (const item of file.items) {
      const result = findingResult(file.doc.path, item, report.failOn);
      if (result) results.push(result);
    }
    for (const x of file.inconsistencies) results.push(inconsistencyResult(file.doc.path, x, report.failOn));
  }
  const doc = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: report.tool.name, version: report.tool.version, informationUri: INFORMATION_URI, rules: rules(report.failOn) },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: "the working directory of the run" } } },
        results,
        columnKind: "utf16CodeUnits",
        properties: { mode: report.mode, failOn: report.failOn, base: report.base ? { paths: report.base.paths, entries: report.base.entries } : null },
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
