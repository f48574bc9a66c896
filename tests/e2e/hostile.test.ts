/**
 * Inputs built to make regular expressions backtrack (the shapes a ReDoS
 * checker reports for the patterns of the format readers and the date
 * extractor) finish in about the time of any input of their size.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "claimcheck-hostile-"));

/** [name, extension, text]: about 200 KB each. */
const CASES: Array<[string, string, string]> = [
  ["unclosed images", "md", `${"![".repeat(100_000)})`],
  ["unclosed links", "md", `${"][](".repeat(50_000)}][]`],
  ["backtick runs", "md", "`".repeat(200_000)],
  ["unclosed inline comments", "md", `${"<!--".repeat(50_000)}<l>`],
  ["unclosed inline comments before a line separator", "md", `h${"<!--".repeat(50_000)}\u2028`],
  ["unclosed directives", "md", `k${"><!--claimcheck-enable>e".repeat(10_000)}>`],
  ["unclosed titles", "html", "<TITLE".repeat(40_000)],
  ["unclosed tags", "html", `${"<a".repeat(100_000)} "`],
  ["unclosed declarations", "html", "&<!C".repeat(50_000)],
  ["a weekday before a run of tabs", "txt", `On Monday ${"\t".repeat(200_000)}H`],
  ["a month before a run of spaces", "txt", `In March${" ".repeat(200_000)}of x`],
  ["a count before a run of dashes", "txt", `About 300 people ${"-".repeat(200_000)} killed.`],
  ["runs of parentheses", "txt", `${"](".repeat(100_000)}\t](()`],
  ["digits with a separator after each", "txt", `About ${"1,".repeat(100_000)} people died.`],
  ["digits with thin spaces", "txt", `About ${"1\u2009".repeat(100_000)}people died.`],
  ["decimal points", "txt", `About ${"1.".repeat(100_000)}5 million people died.`],
  ["number words", "txt", `${"one hundred and ".repeat(12_000)}twelve people died.`],
  ["a range of ranges", "txt", `Between ${"20 and ".repeat(30_000)}30 people died.`],
  ["a time after a date before blanks", "txt", `On 5 May at 3${"\t".repeat(200_000)}H`],
];

/** [name, text, bound in seconds]: single lines of megabytes, where any work per claim that reads its whole line or paragraph is quadratic. */
const LONG_LINES: Array<[string, () => string, number]> = [
  ["a 2 MB line crowded with claims", () => "On 5 May 2022 about 300 people died in the flood, officials said on Monday. The Alma-Ata Declaration of 1991 was cited. ".repeat(17_000), 40],
  ["a 10 MB line of prose", () => `${"The committee heard from residents and experts about the plans for the region. ".repeat(10)}About 300 people died on 5 May 2022, officials said. `.repeat(11_000), 40],
];

describe("long single lines", () => {
  for (const [name, text, bound] of LONG_LINES) {
    it(`${name} finishes in time proportional to its size`, { timeout: 120_000 }, () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.txt`);
      writeFileSync(file, text());
      const out = join(dir, `${name.replace(/\W+/g, "-")}.json`);
      const t = performance.now();
      const r = runCli(["check", "--fail-on", "never", "--max-file-size", "20M", "--format", "json", "--output", out, file], { timeout: 110_000 });
      const seconds = (performance.now() - t) / 1000;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const report = JSON.parse(readFileSync(out, "utf8")) as { summary: { claims: number } };
      expect(report.summary.claims).toBeGreaterThan(10_000);
      // About 6 s here for the first and 4 s for the second; work quadratic in the line took minutes.
      expect(seconds).toBeLessThan(bound);
    });
  }
});

describe("hostile inputs", () => {
  for (const [name, ext, text] of CASES) {
    it(`${name} (${ext}) finish quickly`, () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.${ext}`);
      writeFileSync(file, text);
      const t = performance.now();
      const r = runCli(["check", "--fail-on", "never", file], { timeout: 20_000 });
      const seconds = (performance.now() - t) / 1000;
      expect(r.status).toBe(0);
      // Any 200 KB input takes well under a second here; quadratic backtracking took minutes.
      expect(seconds).toBeLessThan(10);
    });
  }
});
