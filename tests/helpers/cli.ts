import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const root = join(import.meta.dirname, "../..");

/** Runs the built binary as a user would, with a fixed, colourless environment. */
export function runCli(args: readonly string[], options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(root, "bin/claimcheck.js"), ...args], {
    cwd: options.cwd ?? root,
    input: options.stdin ?? "",
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", LANG: "C.UTF-8", ...options.env },
    encoding: "utf8",
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
