import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = join(import.meta.dirname, "../..");

/** The cache folder of the runs of one test file: never the user's. */
export const cacheDir = mkdtempSync(join(tmpdir(), "claimcheck-test-cache-"));

/** Runs the built binary as a user would, with a fixed, colourless environment. */
export function runCli(args: readonly string[], options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [join(root, "bin/claimcheck.js"), ...args], {
    cwd: options.cwd ?? root,
    input: options.stdin ?? "",
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", LANG: "C.UTF-8", CLAIMCHECK_CACHE_DIR: cacheDir, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
