/**
 * The npm scripts (eval, benchmark, bench, fuzz) answer --help, and a wrong option with one line and its usage,
 * exit status 2, never a stack trace.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/cli.js";

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, "scripts", script), ...args], { cwd: root, encoding: "utf8" });

describe("npm scripts' options", () => {
  for (const script of ["eval.mjs", "benchmark.mjs", "bench.mjs", "fuzz.mjs"]) {
    it(`${script}: --help prints the usage; an unknown option is one line and the usage, exit 2`, () => {
      const help = run(script, "--help");
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run \w+/);
      const bad = run(script, "--no-such-option");
      expect(bad.status).toBe(2);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
      expect(bad.stderr.trim().split("\n")).toHaveLength(2);
      expect(bad.stderr).toMatch(/no-such-option[\s\S]*\nusage: npm run \w+/);
    });
  }
});
