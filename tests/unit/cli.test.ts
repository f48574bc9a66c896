import { describe, expect, it } from "vitest";
import { colorWanted, run } from "../../src/cli.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

function io(argv: string[], opts: { stdin?: string; stdinTTY?: boolean; stdoutTTY?: boolean; stdinRead?: () => Promise<Uint8Array> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      argv,
      cwd: root,
      env: {},
      stdout: { write: (s: string) => out.push(s), isTTY: opts.stdoutTTY ?? false },
      stderr: { write: (s: string) => err.push(s), isTTY: false },
      stdin: { isTTY: opts.stdinTTY ?? false, read: opts.stdinRead ?? (async () => new TextEncoder().encode(opts.stdin ?? "")) },
    },
    out,
    err,
  };
}

describe("cli", () => {
  it("decides colour from the terminal, NO_COLOR and FORCE_COLOR", () => {
    const tty = { isTTY: true, write: () => true };
    const pipe = { isTTY: false, write: () => true };
    expect(colorWanted({ env: {}, stdout: tty }, true)).toBe(true);
    expect(colorWanted({ env: {}, stdout: pipe }, true)).toBe(false);
    expect(colorWanted({ env: { NO_COLOR: "1" }, stdout: tty }, true)).toBe(false);
    expect(colorWanted({ env: { FORCE_COLOR: "1" }, stdout: pipe }, true)).toBe(true);
    expect(colorWanted({ env: { FORCE_COLOR: "0" }, stdout: tty }, true)).toBe(false);
    expect(colorWanted({ env: { FORCE_COLOR: "1" }, stdout: tty }, false)).toBe(false);
  });

  it("exits 1 on a contradiction, 0 with --fail-on never", async () => {
    expect(await run(io(["check", "examples/lavrov-csto-planted-errors.md"]).io)).toBe(1);
    expect(await run(io(["check", "examples/lavrov-csto-planted-errors.md", "--fail-on", "never"]).io)).toBe(0);
  });

  it("prints usage instead of waiting when stdin is a terminal and no path is given", async () => {
    const t = io(["check"], { stdinTTY: true });
    expect(await run(t.io)).toBe(2);
    expect(t.err.join("")).toMatch(/no input/);
  });

  it("reads piped stdin when no path is given", async () => {
    const t = io(["extract", "--date", "2023-02-02", "--format", "json"], { stdin: "On November 23, 300 people died." });
    expect(await run(t.io)).toBe(0);
    expect(JSON.parse(t.out.join("")).summary.claims).toBe(2);
  });

  it("says an internal error is a bug in one line, exit 2, and shows the stack only with --debug", async () => {
    const failing = async (): Promise<Uint8Array> => {
      throw new TypeError("cannot read properties of undefined");
    };
    const plain = io(["check"], { stdinRead: failing });
    expect(await run(plain.io)).toBe(2);
    expect(plain.err.join("")).toMatch(/^claimcheck: this is a bug in claimcheck \d+\.\d+\.\d+[^\n]*: cannot read properties of undefined\n$/);
    const debug = io(["check", "--debug"], { stdinRead: failing });
    expect(await run(debug.io)).toBe(2);
    expect(debug.err.join("")).toMatch(/^claimcheck: this is a bug[^\n]*\nTypeError: cannot read properties of undefined\n\s+at /);
  });

  it("shows a diff on a terminal with control characters made visible, and pipes it byte for byte", async () => {
    // The planted example with an escape sequence at the start of every paragraph.
    const article = readFileSync(join(root, "examples/lavrov-csto-planted-errors.md"), "utf8").replace(/\n(?=[A-Z])/g, "\n\u001b[2J");
    const tty = io(["check", "-f", "diff"], { stdin: article, stdoutTTY: true });
    await run(tty.io);
    const piped = io(["check", "-f", "diff"], { stdin: article });
    await run(piped.io);
    expect(piped.out.join("")).toContain("\u001b[2J");
    expect(tty.out.join("")).not.toContain("\u001b");
    expect(tty.out.join("")).toContain("\\u001b[2J");
    expect(tty.out.join("").replaceAll("\\u001b", "\u001b")).toBe(piped.out.join(""));
  });

  it("refuses a bad --fail-on and a bad --tolerance with exit 2", async () => {
    expect(await run(io(["check", "--fail-on", "sometimes", "examples"]).io)).toBe(2);
    expect(await run(io(["check", "--tolerance", "abc", "examples"]).io)).toBe(2);
  });
});

describe("--explain", () => {
  it("prints each claim's trail in the human report and in JSON", async () => {
    const t = io(["check", "examples/lavrov-csto-planted-errors.md", "--explain", "--fail-on", "never"]);
    expect(await run(t.io)).toBe(0);
    const out = t.out.join("");
    expect(out).toContain("· found by count/verb-after: killed about 500");
    expect(out).toContain("· linked to armenia-azerbaijan-clashes-2022-09 by its keywords in the paragraph");
    expect(out).toContain("· rule count.about → contradicted");
    const j = io(["check", "examples/lavrov-csto-planted-errors.md", "--explain", "--format", "json"]);
    await run(j.io);
    const claim = JSON.parse(j.out.join("")).files[0].claims[1];
    expect(claim.trail).toMatchObject({ extractor: "count/verb-after", link: { entry: "armenia-azerbaijan-clashes-2022-09", via: "keywords" }, rule: "count.about", verdict: "contradicted" });
  });
});
