/**
 * Golden end-to-end cases of the real CLI (bin/claimcheck.js, built): each folder
 * of cases/ holds `args` (a JSON array), optionally `stdin` and `env` (JSON), and
 * `expected/{stdout,stderr,exit-code}`. Run with UPDATE_GOLDEN=1 to rewrite the
 * expected files after a deliberate change, then review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const casesDir = join(import.meta.dirname, "cases");
const update = process.env["UPDATE_GOLDEN"] === "1";

/** Output as compared: no ANSI, LF line ends, the version as a placeholder. */
function normalise(s: string): string {
  return s
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/\r\n/g, "\n")
    .replace(/("version": )"\d+\.\d+\.\d+[^"]*"/g, '$1"<version>"');
}

function read(path: string): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

const cases = readdirSync(casesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe("golden CLI cases", () => {
  it.each(cases)("%s", (name) => {
    const dir = join(casesDir, name);
    const args = JSON.parse(readFileSync(join(dir, "args"), "utf8")) as string[];
    const env = read(join(dir, "env"));
    const stdin = existsSync(join(dir, "stdin")) ? readFileSync(join(dir, "stdin")) : undefined;
    const r = runCli(args, { ...(stdin ? { stdin } : {}), ...(env ? { env: JSON.parse(env) as Record<string, string> } : {}) });
    const got = { stdout: normalise(r.stdout), stderr: normalise(r.stderr), code: `${r.status}\n` };
    const expectedDir = join(dir, "expected");
    if (update) {
      mkdirSync(expectedDir, { recursive: true });
      writeFileSync(join(expectedDir, "stdout"), got.stdout);
      writeFileSync(join(expectedDir, "stderr"), got.stderr);
      writeFileSync(join(expectedDir, "exit-code"), got.code);
    }
    expect(got.stdout).toBe(read(join(expectedDir, "stdout")));
    expect(got.stderr).toBe(read(join(expectedDir, "stderr")));
    expect(got.code).toBe(read(join(expectedDir, "exit-code")));
  });
});
