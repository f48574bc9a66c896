import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvModule from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli.js";
import { parseConfig, INIT_CONFIG } from "../../../src/load/config.js";
import { BaseError } from "../../../src/model/errors.js";

const root = join(import.meta.dirname, "../../..");
const planted = readFileSync(join(root, "examples/lavrov-csto-planted-errors.md"), "utf8");

async function cli(cwd: string, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run({ argv, cwd, env: {}, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, stdin: { isTTY: true, read: async () => new Uint8Array() } });
  return { code, out: out.join(""), err: err.join("") };
}

function project(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "claimcheck-cli-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(d, p, ".."), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return d;
}

describe("config file", () => {
  it("is found from the working directory upward and sets base, failOn, format and include", async () => {
    const d = project({
      ".claimcheck.yaml": `base: ${join(root, "claims")}\nfailOn: never\nformat: json\ninclude: ["news/**/*.md"]\nexclude: ["news/drafts/**"]\n`,
      "news/a.md": planted,
      "news/drafts/b.md": planted,
      "sub/keep.txt": "",
    });
    const r = await cli(join(d, "sub"), ["check"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["../news/a.md"]);
    expect(report.summary.contradicted).toBe(4);
  });
  it("lets command-line options win", async () => {
    const d = project({ ".claimcheck.yaml": `base: ${join(root, "claims")}\nfailOn: never\nformat: json\n`, "a.md": planted });
    const r = await cli(d, ["check", "a.md", "--fail-on", "contradicted", "--format", "line"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^a\.md:13:66: supported date/);
  });
  it("reports every mistake as file:line:column and exits 2", async () => {
    const d = project({ ".claimcheck.yaml": "failOn: sometimes\ntolerance: 2\ncolour: red\n", "a.md": planted });
    const r = await cli(d, ["check", "a.md"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      [
        ".claimcheck.yaml:1:9: failOn must be contradicted, unverified or never",
        ".claimcheck.yaml:2:12: tolerance must be a fraction between 0 and 1, such as 0.1",
        '.claimcheck.yaml:3:1: unknown key "colour" (expected one of base, tolerance, failOn, format, include, exclude, ignore)',
        "",
      ].join("\n"),
    );
  });
  it("ignores findings by fingerprint, and says when a rule matches nothing", async () => {
    const d = project({ "a.md": planted });
    const j = JSON.parse((await cli(d, ["check", "a.md", "--base", join(root, "claims"), "--format", "json"])).out);
    const print = j.files[0].claims.find((c: { verdict: string }) => c.verdict === "contradicted").fingerprint;
    writeFileSync(join(d, ".claimcheck.yaml"), `base: ${join(root, "claims")}\nignore:\n  - fingerprint: ${print}\n    reason: disputed figure\n  - 0000000000000000\n`);
    const r = await cli(d, ["check", "a.md", "--format", "json"]);
    const claims = JSON.parse(r.out).files[0].claims;
    expect(claims.find((c: { fingerprint: string }) => c.fingerprint === print).suppressed).toEqual({ kind: "config", reason: "disputed figure" });
    expect(r.err).toMatch(/ignore rule in the config matches nothing: 0000000000000000/);
  });
  it("ships a JSON Schema that accepts the config init writes", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas/config.schema.json"), "utf8")) as object;
    const validate = new AjvModule.default({ strict: false }).compile(schema);
    expect(validate(parse(INIT_CONFIG))).toBe(true);
    expect(validate({ failOn: "sometimes" })).toBe(false);
    expect(() => parseConfig(INIT_CONFIG, "c.yaml", "/")).not.toThrow();
    expect(() => parseConfig("ignore: [{fingerprint: x}]\n", "c.yaml", "/")).toThrow(BaseError);
  });
});

describe("baselines", () => {
  it("records the findings, then fails only on new ones, keyed by content not lines, and reports stale entries", async () => {
    const d = project({ "a.md": planted });
    const base = ["--base", join(root, "claims")];
    const w = await cli(d, ["check", "a.md", ...base, "--write-baseline", "baseline.json"]);
    expect(w.code).toBe(1);
    const recorded = JSON.parse(readFileSync(join(d, "baseline.json"), "utf8"));
    expect(recorded.findings).toHaveLength(4);
    // An edit elsewhere in the article does not invalidate the baseline.
    writeFileSync(join(d, "a.md"), planted.replace("# Lavrov:", "A new first paragraph.\n\n# Lavrov:"));
    expect((await cli(d, ["check", "a.md", ...base, "--baseline", "baseline.json"])).code).toBe(0);
    // A new contradiction fails; a fixed one leaves a stale entry.
    writeFileSync(join(d, "a.md"), planted.replace("about 500", "about 300").replace("seven districts", "nine districts"));
    const r = await cli(d, ["check", "a.md", ...base, "--baseline", "baseline.json", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files[0].claims.filter((c: { verdict: string; suppressed?: unknown }) => c.verdict === "contradicted" && !c.suppressed).map((c: { text: string }) => c.text)).toEqual(["nine districts"]);
    expect(r.err).toMatch(/stale baseline entry: a\.md [0-9a-f]{16}/);
  });
  it("refuses a file that is not a baseline", async () => {
    const d = project({ "a.md": planted, "b.json": "{}" });
    const r = await cli(d, ["check", "a.md", "--base", join(root, "claims"), "--baseline", "b.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^b\.json:1:1: not a claimcheck baseline/);
  });
});

describe("inline ignores", () => {
  const md = [
    "---",
    "published: 2023-02-02",
    "---",
    "<!-- claimcheck-ignore-next-line reason=\"the figure was disputed\" -->",
    "In Armenia and Azerbaijan, about 500 people were killed in the September 2022 border clashes.",
    "",
    "<!-- claimcheck-disable reason=\"quoted as said\" -->",
    "The CSTO summit in Yerevan took place on 25 November.",
    "<!-- claimcheck-enable -->",
    "",
    "<!-- claimcheck-ignore-next-line -->",
    "The CSTO summit in Yerevan was not on 24 November.",
    "",
    "<!-- claimcheck-ignore-next-line reason=\"nothing here\" -->",
    "No claims on this line.",
    "",
  ].join("\n");

  it("suppresses the claims they cover, reports directives without a reason or without effect, and never fails on suppressed claims", async () => {
    const d = project({ "a.md": md });
    const r = await cli(d, ["check", "a.md", "--base", join(root, "claims"), "--format", "json"]);
    const file = JSON.parse(r.out).files[0];
    const byText = (t: string) => file.claims.find((c: { text: string }) => c.text === t);
    expect(byText("about 500 people were killed").suppressed).toEqual({ kind: "inline", reason: "the figure was disputed" });
    expect(byText("25 November").suppressed).toEqual({ kind: "inline", reason: "quoted as said" });
    expect(byText("24 November").suppressed).toBeUndefined();
    expect(file.notices).toEqual([
      { line: 11, column: 1, message: 'claimcheck-ignore-next-line needs a reason: <!-- claimcheck-ignore-next-line reason="why" -->; it is not applied' },
      { line: 14, column: 1, message: "this claimcheck-ignore-next-line suppresses nothing" },
    ]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse((await cli(d, ["check", "a.md", "--base", join(root, "claims"), "--format", "sarif"])).out);
    expect(sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions).length).toBe(2);
  });
});

describe("init", () => {
  it("writes a config and a documented example entry that lint accepts, and never overwrites", async () => {
    const d = project({});
    expect((await cli(d, ["init"])).code).toBe(0);
    expect(existsSync(join(d, ".claimcheck.yaml"))).toBe(true);
    const lint = await cli(d, ["base", "lint"]);
    expect(lint.code).toBe(0);
    expect(lint.out).toMatch(/1 entry in 1 file, no errors/);
    expect(readFileSync(join(d, ".claimcheck.yaml"), "utf8")).toMatch(/\$schema=.*schemas\/config\.schema\.json/);
    const again = await cli(d, ["init"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });
});
