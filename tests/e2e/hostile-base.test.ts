/** Reference-base YAML built to hurt: every case is one clear line per problem and the right exit status, quickly. */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { snapshot } from "../helpers/disk.js";

const ENTRY = "  kind: event\n  sources: [{ title: t, url: https://example.org }]\n";
const alias = (n: number) => Array.from({ length: 10 }, () => `*${String.fromCharCode(96 + n)}`).join(", ");

/** [name, yaml, exit status, a line stderr must contain] */
const CASES: Array<[string, string, number, string]> = [
  ["an alias bomb", `- id: a\n${ENTRY}  name: &a [x, x, x, x, x, x, x, x, x, x]\n  aliases: &b [${alias(1)}]\n  keywords: &c [${alias(2)}]\n  parties: [${alias(3)}]\n`, 2, "bomb.yaml:4:12: name must be a non-empty string"],
  ["a self-referencing anchor", `- &x\n  id: a\n${ENTRY}  name: A\n  counts: { killed: 1, self: *x }\n`, 2, "counts.self needs value, or both min and max"],
  ["a merge key", `- id: a\n${ENTRY}  name: A\n  <<: { place: B }\n`, 0, 'warning: unknown key "<<"'],
  ["an unknown tag", `- id: a\n  kind: !!js/function 'function(){}'\n  name: A\n  sources: [{ title: t }]\n`, 2, "Unresolved tag: tag:yaml.org,2002:js/function"],
  ["a duplicate key", `- id: a\n${ENTRY}  name: A\n  name: B\n`, 2, 'bomb.yaml:5:3: Map keys must be unique: "name" is also at line 4, column 3'],
  ["a mapping of 60,000 keys and an anchor", `- id: a\n${ENTRY}  name: &n A\n  counts:\n${Array.from({ length: 60_000 }, (_, i) => `    m${i}: ${i}\n`).join("")}`, 2, 'bomb.yaml:6:5: measure "m0" must be a lower-case noun'],
  ["two documents", `- id: a\n${ENTRY}  name: A\n---\n- id: b\n${ENTRY}  name: B\n`, 2, "more than one YAML document in the file"],
  ["an empty file", "", 2, ""],
  ["a scalar root", "just words\n", 2, ""],
  ["NUL bytes", `- id: a\n${ENTRY}  name: A\u0000\n`, 2, ""],
  ["invalid UTF-8", "- id: a\n  name: \xff\n", 2, "bomb.yaml:2:9: invalid UTF-8"],
  ["UTF-16", "\ufeff- id: a\n", 2, "bomb.yaml:1:1: UTF-16 is not supported; save the file as UTF-8"],
  ["deep nesting", `- id: a\n${ENTRY}  name: A\n  place: ${"[".repeat(5000)}${"]".repeat(5000)}\n`, 2, ""],
];

describe("hostile bases", () => {
  for (const [name, yaml, status, message] of CASES) {
    it(`${name}: exit ${status}`, () => {
      const dir = mkdtempSync(join(tmpdir(), "claimcheck-base-"));
      const bytes = name === "invalid UTF-8" ? Buffer.from(yaml, "latin1") : name === "UTF-16" ? Buffer.from(yaml, "utf16le") : Buffer.from(yaml, "utf8");
      writeFileSync(join(dir, "bomb.yaml"), bytes);
      const before = snapshot(dir);
      const t = performance.now();
      const r = runCli(["base", "lint", "bomb.yaml"], { cwd: dir, timeout: 20_000 });
      expect(r.status).toBe(status);
      expect(r.stderr).toContain(message);
      // One line per problem, each naming the file and a position, never a stack trace.
      for (const line of r.stderr.trimEnd().split("\n").filter(Boolean)) expect(line).toMatch(/^(?:claimcheck: )?bomb\.yaml(?::\d+:\d+)?: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect((performance.now() - t) / 1000).toBeLessThan(10);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it("a %YAML 1.1 directive turns no NO into false and no date into a Date", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-base-"));
    writeFileSync(join(dir, "a.yaml"), `%YAML 1.1\n---\n- id: a\n${ENTRY}  name: NO\n  date: 2022-01-01\n`);
    writeFileSync(join(dir, "a.md"), "---\npublished: 2023-02-02\n---\n\nNO met on 1 January 2022.\n");
    const r = runCli(["check", "-b", "a.yaml", "a.md", "-f", "json"], { cwd: dir });
    expect(r.status).toBe(0);
    const claims = (JSON.parse(r.stdout) as { files: Array<{ claims: Array<{ verdict: string; entry: { id: string } | null }> }> }).files[0]!.claims;
    expect(claims.some((c) => c.verdict === "supported" && c.entry?.id === "a")).toBe(true);
  });

  it("names like constructor, __proto__ and toString link as words, and no article word matches a built-in", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-base-"));
    writeFileSync(join(dir, "a.yaml"), `- id: a\n${ENTRY}  name: constructor\n  aliases: [__proto__]\n  counts: { killed: 4 }\n- id: b\n${ENTRY}  name: Harbour fire\n  counts: { killed: 9 }\n`);
    writeFileSync(join(dir, "a.md"), "---\npublished: 2023-02-02\n---\n\nThe hasOwnProperty valueOf toString prototype report said 7 were killed.\n\nThe constructor said 4 people were killed.\n");
    const r = runCli(["check", "-b", "a.yaml", "a.md", "-f", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    const claims = (JSON.parse(r.stdout) as { files: Array<{ claims: Array<{ text: string; verdict: string; entry: { id: string } | null }> }> }).files[0]!.claims;
    expect(claims.map((c) => [c.text, c.verdict, c.entry?.id ?? null])).toEqual([
      ["7 were killed", "unverified", null],
      ["4 people were killed", "supported", "a"],
    ]);
    expect(readdirSync(dir).sort()).toEqual(["a.md", "a.yaml"]);
  });
});
