import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFixed } from "../../../src/fix/write.js";
import { run } from "../../../src/cli.js";

const root = join(import.meta.dirname, "../../..");
const planted = readFileSync(join(root, "examples/lavrov-csto-planted-errors.md"), "utf8");

function dir(): string {
  return mkdtempSync(join(tmpdir(), "claimcheck-fix-"));
}

async function fixIn(cwd: string, file: string) {
  const err: string[] = [];
  const code = await run({
    argv: ["check", file, "--fix", "--base", join(root, "claims"), "--format", "json"],
    cwd,
    env: {},
    stdout: { write: () => true },
    stderr: { write: (s: string) => err.push(s) },
    stdin: { isTTY: true, read: async () => new Uint8Array() },
  });
  return { code, err: err.join("") };
}

describe("--fix writes corrections safely", () => {
  it("keeps CRLF line ends, the BOM and a missing final newline, and the file mode", async () => {
    const d = dir();
    const text = `\uFEFF${planted.replace(/\n/g, "\r\n").replace(/\r\n$/, "")}`;
    writeFileSync(join(d, "a.md"), text);
    chmodSync(join(d, "a.md"), 0o640);
    const r = await fixIn(d, "a.md");
    expect(r.code).toBe(0);
    const out = readFileSync(join(d, "a.md"), "utf8");
    expect(out.startsWith("\uFEFF")).toBe(true);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(out.endsWith("\r\n")).toBe(false);
    expect(out).toContain("about 288 people were killed");
    expect(out).toBe(text.replace("about 500", "about 288").replace("25 November", "23 November").replace("Declaration of 1992", "Declaration of 1991"));
    expect(statSync(join(d, "a.md")).mode & 0o777).toBe(0o640);
    expect(readdirSync(d).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("is idempotent: fixing twice changes nothing more", async () => {
    const d = dir();
    writeFileSync(join(d, "a.md"), planted);
    await fixIn(d, "a.md");
    const once = readFileSync(join(d, "a.md"), "utf8");
    await fixIn(d, "a.md");
    expect(readFileSync(join(d, "a.md"), "utf8")).toBe(once);
  });
  it("does not follow a symbolic link", async () => {
    const d = dir();
    writeFileSync(join(d, "real.md"), planted);
    symlinkSync(join(d, "real.md"), join(d, "link.md"));
    const r = await fixIn(d, "link.md");
    expect(r.err).toMatch(/link\.md: not fixed: is a symbolic link/);
    expect(readFileSync(join(d, "real.md"), "utf8")).toBe(planted);
    expect(r.code).toBe(1);
  });
  it("leaves a read-only file untouched", async () => {
    const d = dir();
    writeFileSync(join(d, "a.md"), planted);
    chmodSync(join(d, "a.md"), 0o444);
    const r = await fixIn(d, "a.md");
    expect(r.err).toMatch(/a\.md: not fixed: is read-only/);
    expect(readFileSync(join(d, "a.md"), "utf8")).toBe(planted);
  });
  it("refuses a file that changed since it was read", () => {
    const d = dir();
    const p = join(d, "a.md");
    writeFileSync(p, "old text");
    const read = readFileSync(p);
    writeFileSync(p, "someone else's edit");
    expect(writeFixed(p, read, "corrected", false)).toEqual({ ok: false, reason: "changed since it was read; not overwritten" });
    expect(readFileSync(p, "utf8")).toBe("someone else's edit");
  });
  it("writes the corrected text to stdout for stdin", async () => {
    const out: string[] = [];
    const code = await run({
      argv: ["check", "-", "--fix", "--base", join(root, "claims")],
      cwd: root,
      env: {},
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: () => true },
      stdin: { isTTY: false, read: async () => new TextEncoder().encode(planted) },
    });
    expect(code).toBe(0);
    expect(out.join("")).toBe(planted.replace("about 500", "about 288").replace("25 November", "23 November").replace("Declaration of 1992", "Declaration of 1991"));
  });
});
