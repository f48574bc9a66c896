import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import { loadBase } from "../../../src/load/base/index.js";
import { formatJunit, xmlAttr, xmlText } from "../../../src/report/formatters/junit.js";
import { buildReport, reportFile } from "../../../src/report/index.js";
import type { FailOn } from "../../../src/report/index.js";
import { mapItems, reportOf, withText } from "../../helpers/report.js";

const TWO_DATES = "The CSTO met in Yerevan on November 24. It met again on 23 November.";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * A small well-formedness check, without regexes: a declaration, balanced
 * tags, quoted attributes, only the five entities and numeric references,
 * and only XML 1.0 characters. Returns the problems found.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith(DECLARATION)) problems.push("no XML declaration");
  for (let i = 0; i < xml.length; i++) {
    const code = xml.codePointAt(i)!;
    if (code > 0xffff) i++;
    const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (!legal) problems.push(`illegal character U+${code.toString(16)} at ${i}`);
    if (xml[i] === "&") {
      const ref = xml.slice(i, xml.indexOf(";", i) + 1);
      if (!["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].includes(ref) && !ref.startsWith("&#")) problems.push(`bad reference at ${i}`);
    }
  }
  const stack: string[] = [];
  let i = DECLARATION.length;
  let roots = 0;
  while (i < xml.length) {
    if (xml[i] !== "<") {
      if (stack.length === 0 && xml[i] !== "\n") problems.push(`text outside the root at ${i}`);
      i++;
      continue;
    }
    const end = xml.indexOf(">", i);
    if (end < 0) return [...problems, `unclosed tag at ${i}`];
    const tag = xml.slice(i + 1, end);
    if (tag.includes("<")) problems.push(`'<' inside a tag at ${i}`);
    if (tag.split('"').length % 2 === 0) problems.push(`unbalanced quotes in <${tag}>`);
    if (tag.startsWith("/")) {
      if (stack.pop() !== tag.slice(1)) problems.push(`mismatched </${tag.slice(1)}>`);
    } else {
      const selfClosing = tag.endsWith("/");
      const name = (selfClosing ? tag.slice(0, -1) : tag).split(" ")[0]!;
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    i = end + 1;
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(", ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

function totals(xml: string): string {
  return xml.split("\n")[1]!;
}

describe("JUnit XML report", () => {
  it("is exactly this for a small report", () => {
    expect(formatJunit(reportOf(TWO_DATES))).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="claimcheck" tests="2" failures="1" skipped="0">',
        '  <testsuite name="a.txt" tests="2" failures="1" skipped="0">',
        '    <testcase classname="a.txt" name="1:28 date: November 24">',
        '      <failure type="contradicted" message="date.granularity: stated 2022-11-24, but reference 2022-11-23 (compared at day granularity) [summit, claims/test.yaml:2; source: t]">a.txt:1:28: contradicted date &quot;November 24&quot; → 2022-11-24',
        "date.granularity: stated 2022-11-24, but reference 2022-11-23 (compared at day granularity) [summit, claims/test.yaml:2; source: t]</failure>",
        "    </testcase>",
        '    <testcase classname="a.txt" name="1:57 date: 23 November"/>',
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  it("counts tests, failures and skipped per file and in total, following --fail-on", () => {
    const root = join(import.meta.dirname, "../../..");
    const { base } = loadBase(["claims"], root);
    const paths = ["examples/lavrov-csto-2023-02-02.md", "examples/lavrov-csto-planted-errors.md"];
    const files = check(paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") })), base);
    const junit = (failOn: FailOn, suppressed = -1) =>
      formatJunit(buildReport("check", "0", base, files.map((f) => reportFile(f.doc, f.findings.map((x) => x.claim), f.findings, f.inconsistencies, f.findings.map((_, i) => (f.doc.path === paths[1] && i === suppressed ? { kind: "inline" as const, reason: "disputed" } : null)))), failOn));
    const xml = junit("contradicted");
    expect(xmlProblems(xml)).toEqual([]);
    expect(totals(xml)).toBe('<testsuites name="claimcheck" tests="16" failures="4" skipped="0">');
    expect(xml).toContain('<testsuite name="examples/lavrov-csto-2023-02-02.md" tests="8" failures="0" skipped="0">');
    expect(xml).toContain('<testsuite name="examples/lavrov-csto-planted-errors.md" tests="8" failures="4" skipped="0">');
    expect(xml.split("<testcase ").length - 1).toBe(16);
    expect(totals(junit("unverified"))).toBe('<testsuites name="claimcheck" tests="16" failures="4" skipped="0">');
    const withSkip = junit("contradicted", 1);
    expect(totals(withSkip)).toBe('<testsuites name="claimcheck" tests="16" failures="3" skipped="1">');
    expect(withSkip).toContain('<testcase classname="examples/lavrov-csto-planted-errors.md" name="14:7 count: about 500 people were killed">\n      <skipped message="suppressed: disputed"/>\n    </testcase>');
    expect(xmlProblems(withSkip)).toEqual([]);
  });

  it("has no failures with --fail-on never, and every claim passes in an extract report", () => {
    const never = formatJunit(reportOf(TWO_DATES, { failOn: "never" }));
    expect(totals(never)).toBe('<testsuites name="claimcheck" tests="2" failures="0" skipped="0">');
    expect(never).not.toContain("<failure");
    const extracted = formatJunit(reportOf(TWO_DATES, { mode: "extract" }));
    expect(totals(extracted)).toBe('<testsuites name="claimcheck" tests="2" failures="0" skipped="0">');
    expect(extracted).not.toContain("<failure");
    expect(xmlProblems(extracted)).toEqual([]);
  });

  it("escapes markup and drops characters XML 1.0 does not allow", () => {
    expect(xmlText(`a<b>&"c"'d'`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    expect(xmlText("a\u0001b\u0000c\u001bd\uFFFEe\uFFFFf\uD800g\uDC00h")).toBe("abcdefgh");
    expect(xmlText("tab\there, 🙂 kept, \u0085 kept")).toBe("tab\there, 🙂 kept, \u0085 kept");
    expect(xmlAttr("line\nbreak\r\ttab")).toBe("line&#10;break&#13;&#9;tab");
    const report = mapItems(reportOf(TWO_DATES), (item) => (item.position.column === 28 ? withText(item, 'the <b>"24th"</b> & No\u0007vem\uD83Dber', "stated <x> & \"y\"\nnext line") : item));
    const xml = formatJunit(report);
    expect(xml).toContain('name="1:28 date: the &lt;b&gt;&quot;24th&quot;&lt;/b&gt; &amp; November"');
    expect(xml).toContain('<failure type="contradicted" message="stated &lt;x&gt; &amp; &quot;y&quot;&#10;next line">');
    expect(xml).toContain("contradicted date &quot;the &lt;b&gt;&quot;24th&quot;&lt;/b&gt; &amp; November&quot;");
    expect(xml).not.toContain("\u0007");
    expect(xmlProblems(xml)).toEqual([]);
  });

  it("catches what it should: the well-formedness check is not a rubber stamp", () => {
    expect(xmlProblems(`${DECLARATION}<a><b></a></b>\n`)).not.toEqual([]);
    expect(xmlProblems(`${DECLARATION}<a name="x & y"/>\n`)).not.toEqual([]);
    expect(xmlProblems(`${DECLARATION}<a>\u0001</a>\n`)).not.toEqual([]);
    expect(xmlProblems(`${DECLARATION}<a name="a"b"/>\n`)).not.toEqual([]);
  });

  it("prints an empty testsuites element for a report without files", () => {
    const xml = formatJunit(buildReport("check", "0", null, [], "contradicted"));
    expect(xml).toBe(`${DECLARATION}<testsuites name="claimcheck" tests="0" failures="0" skipped="0">\n</testsuites>\n`);
    expect(xmlProblems(xml)).toEqual([]);
  });
});
