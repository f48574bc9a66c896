/** --max-file-size: articles over the limit are refused from their size, before they are read. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "claimcheck-limits-"));
mkdirSync(join(dir, "news"));
const small = "About 300 people were killed.\n";
const large = `${"Officials met again on Monday. ".repeat(100)}\n`;
writeFileSync(join(dir, "news/small.md"), small);
writeFileSync(join(dir, "news/large.md"), large);

describe("--max-file-size", () => {
  it("refuses a named file over the limit, exit 2", () => {
    const r = runCli(["check", "--max-file-size", "1K", "news/large.md"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimcheck: news/large.md: ${large.length} bytes, over the --max-file-size of 1024 bytes\n`);
    expect(r.stdout).toBe("");
  });
  it("skips a walked file over the limit with a note and checks the rest", () => {
    const r = runCli(["check", "--max-file-size", "1k", "news"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`claimcheck: skipped news/large.md: ${large.length} bytes, over the --max-file-size of 1024 bytes\n`);
    expect(r.stdout).toMatch(/^news\/small\.md/);
  });
  it("refuses stdin over the limit without reading all of it", () => {
    const r = runCli(["check", "--max-file-size", "1024", "-"], { cwd: dir, stdin: large.repeat(50) });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("claimcheck: <stdin>: larger than the --max-file-size of 1024 bytes\n");
  });
  it("takes sizes with K, M and G, and refuses anything else", () => {
    expect(runCli(["check", "--max-file-size", "16M", "news"], { cwd: dir }).status).toBe(0);
    const r = runCli(["check", "--max-file-size", "lots", "news"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("claimcheck: --max-file-size lots: expected a size such as 500K, 16M or 1G\n");
  });
});

describe("files that are not regular files", () => {
  it("refuses a named FIFO instead of waiting on it, and never walks into one", () => {
    const fifo = join(dir, "fifo");
    mkdirSync(fifo);
    execFileSync("mkfifo", [join(fifo, "pipe.md")]);
    writeFileSync(join(fifo, "a.md"), small);
    const named = runCli(["check", "fifo/pipe.md"], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toBe("claimcheck: fifo/pipe.md: not a regular file\n");
    const walked = runCli(["check", "fifo"], { cwd: dir });
    expect(walked.status).toBe(0);
    expect(walked.stdout).toMatch(/^fifo\/a\.md/);
  });
});
