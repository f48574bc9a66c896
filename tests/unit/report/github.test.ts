import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../../src/report/formatters/github.js";
import { buildReport } from "../../../src/report/index.js";
import type { FailOn } from "../../../src/report/index.js";
import { mapItems, reportOf, withText } from "../../helpers/report.js";

/** A contradicted date (1:28), a supported one (1:57) that makes an inconsistency with it, an unverified count (3:1). */
const ARTICLE = "The CSTO met in Yerevan on November 24. It met again on 23 November.\n\nAbout 300 people were killed in a flood in Peru.";

function heads(failOn: FailOn): string[] {
  return formatGithub(reportOf(ARTICLE, { failOn }))
    .trimEnd()
    .split("\n")
    .map((l) => l.slice(0, l.indexOf(" ")) + l.slice(l.indexOf(",title="), l.indexOf("::", 2)));
}

describe("GitHub Actions annotations", () => {
  it("writes one workflow command per finding that is not supported, at the claim's span", () => {
    const out = formatGithub(reportOf(ARTICLE));
    expect(out).toBe(
      [
        '::error file=a.txt,line=1,col=28,endLine=1,endColumn=39,title=claimcheck contradicted::"November 24": date.granularity: stated 2022-11-24, but reference 2022-11-23 (compared at day granularity) [summit, claims/test.yaml:2; source: t]',
        '::notice file=a.txt,line=3,col=1,endLine=3,endColumn=29,title=claimcheck unverified::"About 300 people were killed": link.no-entry: no entry of the base is named near it',
        '::warning file=a.txt,line=1,col=57,endLine=1,endColumn=68,title=claimcheck inconsistent::"November 24" and "23 November" give different dates for summit',
        "",
      ].join("\n"),
    );
  });

  it("chooses the level from --fail-on: error when it fails the run, else warning (contradicted) or notice (unverified)", () => {
    expect(heads("contradicted")).toEqual(["::error,title=claimcheck contradicted", "::notice,title=claimcheck unverified", "::warning,title=claimcheck inconsistent"]);
    expect(heads("unverified")).toEqual(["::error,title=claimcheck contradicted", "::error,title=claimcheck unverified", "::warning,title=claimcheck inconsistent"]);
    expect(heads("never")).toEqual(["::warning,title=claimcheck contradicted", "::notice,title=claimcheck unverified", "::warning,title=claimcheck inconsistent"]);
  });

  it("leaves suppressed findings out", () => {
    const out = formatGithub(reportOf(ARTICLE, { suppress: (i) => (i === 0 ? { kind: "inline", reason: "known" } : null) }));
    expect(out).not.toContain("claimcheck contradicted");
    expect(out).toContain("title=claimcheck unverified");
    expect(out.trimEnd().split("\n")).toHaveLength(2);
  });

  it("prints nothing, not even a newline, when there is nothing to annotate", () => {
    expect(formatGithub(reportOf("The CSTO met in Yerevan on 23 November."))).toBe("");
    expect(formatGithub(reportOf(ARTICLE, { mode: "extract" }))).toBe("");
    expect(formatGithub(buildReport("check", "0", null, []))).toBe("");
  });

  it("escapes messages and property values as the runner unescapes them", () => {
    expect(escapeData("100% sure\r\nnext: a, b")).toBe("100%25 sure%0D%0Anext: a, b");
    expect(escapeProperty("dir, x/a:b%.txt\n")).toBe("dir%2C x/a%3Ab%25.txt%0A");
    const report = mapItems(reportOf(ARTICLE, { path: "news/2023: a, b%.txt" }), (item) => (item.position.column === 28 ? withText(item, "November\n24", "up 50%\r\nthen \u001b[31mred\u001b[0m") : item));
    const first = formatGithub(report).split("\n")[0]!;
    expect(first).toBe('::error file=news/2023%3A a%2C b%25.txt,line=1,col=28,endLine=1,endColumn=39,title=claimcheck contradicted::"November 24": up 50%25%0D%0Athen \\u001b[31mred\\u001b[0m');
  });
});
