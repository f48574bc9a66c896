import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv04Module from "ajv-draft-04";
import AddFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import type { CheckedFile } from "../../../src/index.js";
import { loadBase } from "../../../src/load/base/index.js";
import { artifactLocation, formatSarif } from "../../../src/report/formatters/sarif.js";
import { buildReport, reportFile } from "../../../src/report/index.js";
import type { FailOn, Report, Suppression } from "../../../src/report/index.js";
import { summitBase } from "../../helpers/report.js";
import { baseOf } from "../../helpers/base.js";

const root = join(import.meta.dirname, "../../..");
const schema = JSON.parse(readFileSync(join(root, "schemas/sarif-schema-2.1.0.json"), "utf8")) as object;
const ajv = new Ajv04Module.default({ allErrors: true, strict: false });
AddFormatsModule.default(ajv);
const validate = ajv.compile(schema);
const { base } = loadBase(["claims"], root);
const examples = ["examples/lavrov-csto-2023-02-02.md", "examples/lavrov-csto-planted-errors.md"];
const planted = readFileSync(join(root, examples[1]!), "utf8");

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}
interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification: string }>;
  properties: Record<string, unknown>;
}
interface Sarif {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Result[] }>;
}

function reportOf(files: readonly CheckedFile[], options: { failOn?: FailOn; suppress?: (i: number) => Suppression | null } = {}): Report {
  return buildReport(
    "check",
    "0.0.0-test",
    base,
    files.map((f) => reportFile(f.doc, f.findings.map((x) => x.claim), f.findings, f.inconsistencies, f.findings.map((_, i) => options.suppress?.(i) ?? null))),
    options.failOn ?? "contradicted",
  );
}

function sarif(report: Report): { text: string; doc: Sarif; results: Result[] } {
  const text = formatSarif(report);
  const doc = JSON.parse(text) as Sarif;
  return { text, doc, results: doc.runs[0]!.results };
}

function expectValid(doc: unknown): void {
  expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

const checked = check(examples.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") })), base);

describe("SARIF report", () => {
  it("validates against the official SARIF 2.1.0 schema, with every --fail-on, suppressions and in extract mode", () => {
    for (const failOn of ["contradicted", "unverified", "never"] as const) {
      expectValid(sarif(reportOf(checked, { failOn, suppress: (i) => (i === 1 ? { kind: "inline", reason: "disputed toll" } : i === 2 ? { kind: "baseline", reason: "in baseline" } : null) })).doc);
    }
    const extracted = buildReport("extract", "0", null, checked.map((f) => reportFile(f.doc, f.findings.map((x) => x.claim), null)));
    const { doc, results } = sarif(extracted);
    expectValid(doc);
    expect(results).toEqual([]);
  });

  it("is checked by a validator that does reject bad SARIF (a level out of the enum, an unencoded URI)", () => {
    const good = sarif(reportOf(checked)).doc;
    const badLevel = structuredClone(good);
    badLevel.runs[0]!.results[0]!.level = "fatal";
    expect(validate(badLevel)).toBe(false);
    const badUri = structuredClone(good);
    badUri.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = "a b<c>.md";
    expect(validate(badUri)).toBe(false);
  });

  it("has one result per contradicted or unverified claim, in file then reading order, and none for supported claims", () => {
    const { doc, results } = sarif(reportOf(checked));
    expect(doc.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(["contradicted", "unverified", "inconsistent"]);
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.locations[0]!.physicalLocation.region.snippet.text])).toEqual([
      ["contradicted", 0, "error", "about 500 people were killed"],
      ["contradicted", 0, "error", "25 November"],
      ["contradicted", 0, "error", "Alma-Ata Declaration of 1992"],
      ["contradicted", 0, "error", "1992"],
    ]);
    const first = results[0]!;
    expect(first.message.text).toMatch(/^"about 500 people were killed": count\.about: stated about 500 killed/);
    expect(first.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "examples/lavrov-csto-planted-errors.md", uriBaseId: "%SRCROOT%" });
    expect(first.properties).toEqual({
      kind: "count",
      verdict: "contradicted",
      rule: "count.about",
      value: { measure: "killed", qualifier: "about", value: 500 },
      expected: expect.anything(),
      entry: { id: "armenia-azerbaijan-clashes-2022-09", file: "claims/armenia-azerbaijan-clashes-2022-09.yaml", line: 3 },
    });
  });

  it("follows --fail-on for levels", () => {
    const levels = (failOn: FailOn) => sarif(reportOf(checked, { failOn })).results.map((r) => `${r.ruleId}:${r.level}`);
    expect(levels("unverified")).toEqual(["contradicted:error", "contradicted:error", "contradicted:error", "contradicted:error"]);
    expect(levels("never")).toEqual(["contradicted:warning", "contradicted:warning", "contradicted:warning", "contradicted:warning"]);
  });

  it("lists a suppressed finding with its suppression, below the failing level", () => {
    const { results } = sarif(reportOf(checked, { suppress: (i) => (i === 1 ? { kind: "inline", reason: "disputed toll" } : i === 2 ? { kind: "config", reason: "known" } : null) }));
    expect(results).toHaveLength(4);
    expect(results[0]!.suppressions).toEqual([{ kind: "inSource", justification: "disputed toll" }]);
    expect(results[0]!.level).toBe("warning");
    expect(results[1]!.suppressions).toEqual([{ kind: "external", justification: "known" }]);
    expect(results[2]!.suppressions).toBeUndefined();
    expect(results[2]!.level).toBe("error");
  });

  it("keeps fingerprints when an unrelated paragraph is inserted above the claims", () => {
    const moved = planted.replace("# Lavrov:", "An unrelated first paragraph, with nothing to check.\n\n# Lavrov:");
    const path = "examples/lavrov-csto-planted-errors.md";
    const a = sarif(reportOf(check([{ path, text: planted }], base))).results;
    const b = sarif(reportOf(check([{ path, text: moved }], base))).results;
    expect(b.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual(a.map((r) => r.locations[0]!.physicalLocation.region.startLine + 2));
    expect(b.map((r) => r.partialFingerprints)).toEqual(a.map((r) => r.partialFingerprints));
    expect(Object.keys(a[0]!.partialFingerprints)).toEqual(["claimcheck/v1"]);
    expect(new Set(a.map((r) => r.partialFingerprints["claimcheck/v1"])).size).toBe(a.length);
  });

  it("gives lines, UTF-16 columns and offsets that match the item's positions and the text", () => {
    // An emoji (two UTF-16 units) before a claim on its line, and a claim hard-wrapped over two lines.
    const text = "The CSTO 🙂 “Организация” summit met in Yerevan on 25 November.\n\nThe CSTO summit in Yerevan was held on 23\nNovember, in the Armenian capital, and about 300 people were killed on 12\nSeptember.";
    const summit = summitBase;
    const [f] = check([{ path: "a.txt", text, published: "2023-02-02" }], summit);
    const report = buildReport("check", "0", summit, [reportFile(f!.doc, f!.findings.map((x) => x.claim), f!.findings)], "unverified");
    const { doc, results } = sarif(report);
    expectValid(doc);
    const items = report.files[0]!.items.filter((i) => i.finding?.verdict !== "supported");
    expect(results.length).toBe(items.length);
    expect(results.length).toBeGreaterThan(0);
    results.forEach((r, k) => {
      const region = r.locations[0]!.physicalLocation.region;
      const item = items[k]!;
      expect([region.startLine, region.startColumn, region.endLine, region.endColumn]).toEqual([item.position.line, item.position.column, item.endPosition.line, item.endPosition.column]);
      expect(text.slice(region.charOffset, region.charOffset + region.charLength)).toBe(region.snippet.text);
      // Independent of LineIndex: 1-based line, and column in UTF-16 units from the line start.
      const before = text.slice(0, region.charOffset);
      expect(region.startLine).toBe(before.split("\n").length);
      expect(region.startColumn).toBe(region.charOffset - before.lastIndexOf("\n"));
      const upToEnd = text.slice(0, region.charOffset + region.charLength);
      expect(region.endLine).toBe(upToEnd.split("\n").length);
      expect(region.endColumn).toBe(upToEnd.length - upToEnd.lastIndexOf("\n"));
    });
    expect(results.map((r) => r.locations[0]!.physicalLocation.region)).toMatchObject([
      { startLine: 1, startColumn: 52, endLine: 1, endColumn: 63, snippet: { text: "25 November" } },
      { startLine: 4, startColumn: 40, endLine: 4, endColumn: 68, snippet: { text: "about 300 people were killed" } },
      { startLine: 4, startColumn: 72, endLine: 5, endColumn: 10, snippet: { text: "12\nSeptember" } },
    ]);
    expect(results[2]!.message.text).toMatch(/^"12 September": /);
  });

  it("percent-encodes paths with spaces and non-ASCII characters as relative URI references", () => {
    expect(artifactLocation("articles/Café Ünïcode/a b#1.md")).toEqual({ uri: "articles/Caf%C3%A9%20%C3%9Cn%C3%AFcode/a%20b%231.md", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("<stdin>")).toEqual({ uri: "%3Cstdin%3E", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("../other/x:y.md")).toEqual({ uri: "../other/x%3Ay.md", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("/abs/a b.md")).toEqual({ uri: "file:///abs/a%20b.md" });
    const files = check([{ path: "articles/Café Ünïcode/a b.md", text: planted }], base);
    const { doc, results } = sarif(reportOf(files));
    expectValid(doc);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("articles/Caf%C3%A9%20%C3%9Cn%C3%AFcode/a%20b.md");
  });

  it("reports an inconsistency at its second claim, with the first as a related location", () => {
    const quake = baseOf(`
- id: quake
  kind: event
  name: Hatay earthquake
  keywords: [Hatay, earthquake]
  date: 2023-02-06
  sources: [{ title: t }]
`);
    const files = check([{ path: "a.txt", text: "The Hatay earthquake killed 300 people.\nIn Hatay, the earthquake left 500 dead.", published: "2023-02-10" }], quake);
    const { doc, results } = sarif(reportOf(files));
    expectValid(doc);
    const x = results.find((r) => r.ruleId === "inconsistent")!;
    expect(x).toMatchObject({ ruleIndex: 2, level: "warning", properties: { entry: "quake", about: "killed" } });
    expect(x.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 2, snippet: { text: "500 dead" } });
    expect(x.relatedLocations![0]!.physicalLocation.region).toMatchObject({ startLine: 1, snippet: { text: "killed 300 people" } });
    expect(x.partialFingerprints["claimcheck/v1"]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is byte-identical for the same report", () => {
    expect(formatSarif(reportOf(checked))).toBe(formatSarif(reportOf(check(examples.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") })), base))));
    expect(formatSarif(reportOf(checked)).endsWith("}\n")).toBe(true);
  });
});
