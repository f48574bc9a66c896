import { describe, expect, it } from "vitest";
import { formatLine } from "../../../src/report/formatters/line.js";
import { buildReport } from "../../../src/report/index.js";
import { mapItems, reportOf, withText } from "../../helpers/report.js";

const ARTICLE = "The CSTO met in Yerevan on November 24. It met again on 23 November.\n\nAbout 300 people were killed in a flood in Peru.";

describe("line report", () => {
  it("writes path:line:column: verdict kind: reason for each claim, then the file's inconsistencies", () => {
    expect(formatLine(reportOf(ARTICLE))).toBe(
      [
        "a.txt:1:28: contradicted date: date.granularity: stated 2022-11-24, but reference 2022-11-23 (compared at day granularity) [summit, claims/test.yaml:2; source: t]",
        "a.txt:1:57: supported date: date.granularity: reference 2022-11-23 agrees with 2022-11-23 at day granularity [summit, claims/test.yaml:2; source: t]",
        "a.txt:3:1: unverified count: link.no-entry: no entry of the base is named near it",
        'a.txt:1:57: inconsistent date: "November 24" and "23 November" give different dates for summit',
        "",
      ].join("\n"),
    );
  });

  it("in extract mode, gives each claim's text and value", () => {
    expect(formatLine(reportOf(ARTICLE, { mode: "extract" }))).toBe(
      ['a.txt:1:28: date: "November 24" → 2022-11-24', 'a.txt:1:57: date: "23 November" → 2022-11-23', 'a.txt:3:1: count: "About 300 people were killed" → killed about 300', ""].join("\n"),
    );
  });

  it("marks a suppressed finding with its reason", () => {
    const out = formatLine(reportOf(ARTICLE, { suppress: (i) => (i === 0 ? { kind: "baseline", reason: "in baseline.json" } : null) }));
    expect(out.split("\n")[0]).toMatch(/^a\.txt:1:28: contradicted date: date\.granularity: .* \(suppressed: in baseline\.json\)$/);
    expect(out.split("\n")[1]).not.toContain("suppressed");
  });

  it("keeps each claim on one line and neutralises control characters and bidi overrides", () => {
    const report = mapItems(reportOf(ARTICLE, { mode: "extract", path: "a\u202eb.txt" }), (item) => (item.position.column === 28 ? withText(item, "Nov\u001b[2Jember\n24") : item));
    const first = formatLine(report).split("\n")[0];
    expect(first).toBe('a\\u202eb.txt:1:28: date: "Nov\\u001b[2Jember 24" → 2022-11-24');
    const checked = mapItems(reportOf(ARTICLE), (item) => withText(item, item.claim.text, "two\nlines\r\nhere"));
    expect(formatLine(checked).split("\n")).toHaveLength(5);
  });

  it("prints nothing for a report without claims", () => {
    expect(formatLine(buildReport("check", "0", null, []))).toBe("");
    expect(formatLine(reportOf("Nothing to check here."))).toBe("");
  });
});
