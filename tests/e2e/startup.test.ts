/**
 * What a start costs: the binary loads no Node.js module a check of one article
 * does not use. commander's child_process (for subcommands that are programs of
 * their own) comes only on first use, and stdin is opened only when an article
 * is read from it (npm run bench measures the time; this pins the mechanism).
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, root } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "claimcheck-startup-"));
// Run before the binary: at exit, prints the built-in modules Node.js loaded.
const preload = join(dir, "modules.cjs");
writeFileSync(preload, 'process.on("exit", () => process.stderr.write("\\nMODULES " + JSON.stringify(process.moduleLoadList) + "\\n"));\n');
const stdinFile = join(dir, "stdin.md");
writeFileSync(stdinFile, "About 300 people died on November 23.\n");

function modulesOf(args: readonly string[]): { modules: string[]; stdout: string; status: number | null } {
  const stdin = openSync(stdinFile, "r");
  try {
    // stdin is a regular file: opening it would load Node.js's file streams.
    const r = spawnSync(process.execPath, ["-r", preload, join(root, "bin/claimcheck.js"), ...args], {
      cwd: root,
      stdio: [stdin, "pipe", "pipe"],
      env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", CLAIMCHECK_CACHE_DIR: cacheDir },
      encoding: "utf8",
    });
    const line = r.stderr.split("\n").find((l) => l.startsWith("MODULES "));
    return { modules: JSON.parse(line!.slice("MODULES ".length)) as string[], stdout: r.stdout, status: r.status };
  } finally {
    closeSync(stdin);
  }
}

describe("starting the binary", () => {
  it("checks a file without loading child_process or opening stdin", () => {
    const r = modulesOf(["check", "examples/lavrov-csto-2023-02-02.md"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("supported");
    expect(r.modules).not.toContain("NativeModule child_process");
    expect(r.modules).not.toContain("NativeModule internal/fs/streams");
  });

  it("opens stdin when the article is read from it", () => {
    const r = modulesOf(["check", "-", "--date", "2023-02-02", "-f", "json"]);
    expect(r.status).not.toBe(2);
    expect(r.modules).toContain("NativeModule internal/fs/streams");
    expect(JSON.parse(r.stdout).files[0].claims.map((c: { text: string }) => c.text)).toContain("About 300 people died");
  });
});
