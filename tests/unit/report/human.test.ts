import { describe, expect, it } from "vitest";
import { formatHuman } from "../../../src/report/formatters/human.js";
import { buildReport, reportFile } from "../../../src/report/index.js";
import { check } from "../../../src/index.js";
import { summitBase as base } from "../../helpers/report.js";
import { printable } from "../../../src/report/sanitize.js";
import { terminalStyles } from "../../../src/cli/terminal.js";


async function human(text: string, color: boolean): Promise<string> {
  const [f] = check([{ path: "a.txt", text, published: "2023-02-02" }], base);
  const report = buildReport("check", "0", base, [reportFile(f!.doc, f!.findings.map((x) => x.claim), f!.findings)]);
  return formatHuman(report, color ? { styles: await terminalStyles() } : {});
}

describe("human report", () => {
  it("shows line:column, verdict, text, value, reason and a summary", async () => {
    const out = await human("The CSTO met in Yerevan on November 24.", false);
    expect(out).toContain("1:28  contradicted date   2022-11-24\n        The CSTO met in Yerevan on November 24.\n                                   ^^^^^^^^^^^");
    expect(out).toContain("date.granularity: stated 2022-11-24, but reference 2022-11-23 (compared at day granularity) [summit, claims/test.yaml:2; source: t]");
    expect(out).toMatch(/1 file, 1 claim: 0 supported, 1 contradicted, 0 unverified/);
  });
  it("colours only when given chalk's styles", async () => {
    expect(await human("The CSTO met in Yerevan on November 23.", false)).not.toMatch(/\u001b\[/);
    expect(await human("The CSTO met in Yerevan on November 23.", true)).toMatch(/\u001b\[/);
  });
  it("neutralises escape sequences and bidi overrides from the input", () => {
    expect(printable("a\u001b[31mb\u202ec")).toBe("a\\u001b[31mb\\u202ec");
  });
});
