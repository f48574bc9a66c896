/**
 * The diff is a patch: git apply (and patch -p1, when installed) accept it, and
 * checking the patched article again finds none of the corrected claims
 * contradicted.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCli } from "../helpers/cli.js";

const hasPatch = spawnSync("patch", ["--version"]).status === 0;

function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), "claimcheck-diff-"));
  mkdirSync(join(d, "examples"));
  copyFileSync(join(root, "examples/lavrov-csto-planted-errors.md"), join(d, "examples/a.md"));
  return d;
}

function contradictedAfter(d: string): number {
  const r = runCli(["check", "examples/a.md", "--base", join(root, "claims"), "--format", "json"], { cwd: d });
  return JSON.parse(r.stdout).summary.contradicted as number;
}

describe("--format diff round trip", () => {
  it("git apply accepts the patch and the article then checks clean", () => {
    const d = workspace();
    const r = runCli(["check", "examples/a.md", "--base", join(root, "claims"), "--format", "diff"], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^--- a\/examples\/a\.md\n\+\+\+ b\/examples\/a\.md\n@@ -\d+,\d+ \+\d+,\d+ @@ contradicted /);
    writeFileSync(join(d, "fix.patch"), r.stdout);
    execFileSync("git", ["init", "-q"], { cwd: d });
    execFileSync("git", ["apply", "--check", "fix.patch"], { cwd: d });
    execFileSync("git", ["apply", "fix.patch"], { cwd: d });
    expect(readFileSync(join(d, "examples/a.md"), "utf8")).toContain("about 288 people were killed");
    expect(contradictedAfter(d)).toBe(0);
  });
  it.skipIf(!hasPatch)("patch -p1 accepts it too", () => {
    const d = workspace();
    const r = runCli(["check", "examples/a.md", "--base", join(root, "claims"), "--format", "diff"], { cwd: d });
    execFileSync("patch", ["-p1", "-s"], { cwd: d, input: r.stdout });
    expect(contradictedAfter(d)).toBe(0);
  });
  it("keeps CRLF line ends in the patch", () => {
    const d = workspace();
    const p = join(d, "examples/a.md");
    writeFileSync(p, readFileSync(p, "utf8").replace(/\n/g, "\r\n"));
    const r = runCli(["check", "examples/a.md", "--base", join(root, "claims"), "--format", "diff"], { cwd: d });
    writeFileSync(join(d, "fix.patch"), r.stdout);
    execFileSync("git", ["init", "-q"], { cwd: d });
    execFileSync("git", ["apply", "fix.patch"], { cwd: d });
    expect(readFileSync(p, "utf8")).toContain("about 288 people were killed on the two sides, and said the bloc had dispatched its\r\n");
    expect(contradictedAfter(d)).toBe(0);
  });
});
