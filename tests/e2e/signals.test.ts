/** An interrupted run stops with 128 + the signal's number and leaves nothing half-written. */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, root } from "../helpers/cli.js";

function interrupted(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-signal-"));
  const child = spawn(process.execPath, [join(root, "bin/claimcheck.js"), "check", "-", "-f", "json", "-o", "out.json"], {
    cwd: dir,
    env: { PATH: process.env["PATH"] ?? "", CLAIMCHECK_CACHE_DIR: cacheDir },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  // Half an article on stdin, and stdin left open: the run is waiting for the rest when the signal comes.
  child.stdin.write("About 300 people were killed in the clashes on the Armenia–Azerbaijan border");
  return new Promise((resolve) => {
    setTimeout(() => child.kill(signal), 700);
    child.on("exit", (code) => resolve({ code, stderr, files: readdirSync(dir) }));
  });
}

describe("signals", () => {
  it("SIGINT exits 130, quietly, writing nothing", async () => {
    const r = await interrupted("SIGINT");
    expect(r.code).toBe(130);
    expect(r.stderr).toBe("");
    expect(r.files).toEqual([]);
  });
  it("SIGTERM exits 143, writing nothing", async () => {
    const r = await interrupted("SIGTERM");
    expect(r.code).toBe(143);
    expect(r.files).toEqual([]);
  });
});
