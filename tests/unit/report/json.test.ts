import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { check, toJsonReport } from "../../../src/index.js";
import { loadBase } from "../../../src/load/base/index.js";

const root = join(import.meta.dirname, "../../..");
const schema = JSON.parse(readFileSync(join(root, "schemas/report.schema.json"), "utf8")) as object;
const example = readFileSync(join(root, "examples/lavrov-csto-2023-02-02.md"), "utf8");
const { base } = loadBase(["claims"], root);

describe("JSON report (CONTRACT §4)", () => {
  const json = toJsonReport(check([{ path: "examples/lavrov-csto-2023-02-02.md", text: example }], base), base, "0.0.0-test");
  const report = JSON.parse(json) as { files: Array<{ claims: Array<{ text: string; start: number; end: number; line: number; column: number }> }> };

  it("validates against the contract's schema", () => {
    const validate = new AjvModule.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it("gives each claim's text as the input between start and end, and line:column of start", () => {
    for (const c of report.files[0]!.claims) {
      expect(example.slice(c.start, c.end)).toBe(c.text);
      const before = example.slice(0, c.start);
      expect(c.line).toBe(before.split("\n").length);
      expect(c.column).toBe(c.start - before.lastIndexOf("\n"));
    }
  });

  it("is byte-identical across runs", () => {
    const again = toJsonReport(check([{ path: "examples/lavrov-csto-2023-02-02.md", text: example }], base), base, "0.0.0-test");
    expect(again).toBe(json);
  });

  it("gives LF and CRLF copies the same claims at the same line:column", () => {
    const crlf = example.replace(/\n/g, "\r\n");
    const a = check([{ path: "a.md", text: example }], base)[0]!.findings;
    const b = check([{ path: "a.md", text: `\uFEFF${crlf}` }], base)[0]!.findings;
    expect(b.map((f) => [f.claim.text, f.verdict])).toEqual(a.map((f) => [f.claim.text, f.verdict]));
    const posA = JSON.parse(toJsonReport(check([{ path: "a.md", text: example }], base), base, "x")).files[0].claims.map((c: { line: number; column: number }) => [c.line, c.column]);
    const posB = JSON.parse(toJsonReport(check([{ path: "a.md", text: crlf }], base), base, "x")).files[0].claims.map((c: { line: number; column: number }) => [c.line, c.column]);
    expect(posB).toEqual(posA);
  });
});
