/**
 * `--format junit`: JUnit XML for CI test reports. One testsuite per file, one
 * testcase per claim: a `<failure>` when the finding fails the run at the
 * report's --fail-on, `<skipped>` when it is suppressed, nothing when it
 * passes. In an extract report every claim passes.
 */
import type { Report, ReportFile, ReportItem } from "../model.js";
import { fails } from "../model.js";
import { oneLine } from "../annotations.js";
import { describeValue } from "../values.js";

/**
 * Outside the XML 1.0 `Char` production (tab, LF, CR, U+0020–U+D7FF,
 * U+E000–U+FFFD, U+10000–U+10FFFF): C0 controls, lone surrogates, U+FFFE,
 * U+FFFF. No escape makes them legal in XML 1.0, so they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Character data: markup characters escaped, illegal characters dropped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** An attribute value: as text, and tab, LF, CR as references, which attribute-value normalisation would turn into spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Outcome = "passed" | "failed" | "skipped";

function outcome(item: ReportItem, report: Report): Outcome {
  if (report.mode === "extract" || !item.finding) return "passed";
  if (item.suppressed) return "skipped";
  return fails(item, report.failOn) ? "failed" : "passed";
}

function counts(items: readonly ReportItem[], report: Report): string {
  const n = (o: Outcome) => items.filter((i) => outcome(i, report) === o).length;
  return `tests="${items.length}" failures="${n("failed")}" skipped="${n("skipped")}"`;
}

function testcase(path: string, item: ReportItem, report: Report): string[] {
  const { claim, position, finding } = item;
  const open = `    <testcase classname="${xmlAttr(path)}" name="${xmlAttr(`${position.line}:${position.column} ${claim.kind}: ${oneLine(claim.text)}`)}"`;
  const result = outcome(item, report);
  if (result === "skipped" && item.suppressed) {
    return [`${open}>`, `      <skipped message="${xmlAttr(`suppressed: ${item.suppressed.reason}`)}"/>`, "    </testcase>"];
  }
  if (result === "failed" && finding) {
    const body = [
      `${path}:${position.line}:${position.column}: ${finding.verdict} ${claim.kind} "${oneLine(claim.text)}" → ${describeValue(claim)}`,
      finding.reason,
    ].join("\n");
    return [
      `${open}>`,
      `      <failure type="${xmlAttr(finding.verdict)}" message="${xmlAttr(finding.reason)}">${xmlText(body)}</failure>`,
      "    </testcase>",
    ];
  }
  return [`${open}/>`];
}

function testsuite(file: ReportFile, report: Report): string[] {
  const path = file.doc.path;
  return [
    `  <testsuite name="${xmlAttr(path)}" ${counts(file.items, report)}>`,
    ...file.items.flatMap((item) => testcase(path, item, report)),
    "  </testsuite>",
  ];
}

export function formatJunit(report: Report): string {
  const all = report.files.flatMap((f) => f.items);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimcheck" ${counts(all, report)}>`,
    ...report.files.flatMap((f) => testsuite(f, report)),
    "</testsuites>",
  ];
  return `${lines.join("\n")}\n`;
}
