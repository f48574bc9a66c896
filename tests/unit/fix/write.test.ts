import { chmodSync, chownSync, linkSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, readdirSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeFixed } from "../../../src/fix/write.js";
import { run } from "../../../src/cli.js";

/**
 * A disk that fills up: while `full.code` is set, node:fs's writeSync writes at most 64 bytes for
 * the first `full.allow` calls, then throws an error with that code. Otherwise it is the real one.
 */
const full = vi.hoisted(() => ({ code: null as string | null, allow: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const write = real.writeSync as (fd: number, buffer: Uint8Array, offset?: number, length?: number, position?: number | null) => number;
  return {
    ...real,
    writeSync: vi.fn((fd: number, buffer: Uint8Array, offset?: number, length?: number, position?: number | null) => {
      if (full.code === null) return write(fd, buffer, offset, length, position);
      if (full.allow > 0) {
        full.allow--;
        return write(fd, buffer, offset, Math.min(length ?? buffer.length - (offset ?? 0), 64), position);
      }
      throw Object.assign(new Error(`${full.code}: no space left on device, write`), { code: full.code, syscall: "write" });
    }),
  };
});

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
  it("leaves a file with other hard links untouched, and every name of it", () => {
    const d = dir();
    const p = join(d, "a.md");
    writeFileSync(p, "old text");
    linkSync(p, join(d, "b.md"));
    expect(writeFixed(p, readFileSync(p), "corrected", false)).toEqual({ ok: false, reason: "has 1 other hard link; replacing it would leave them with the old text" });
    expect([readFileSync(p, "utf8"), readFileSync(join(d, "b.md"), "utf8")]).toEqual(["old text", "old text"]);
  });
  it.skipIf(process.getuid?.() !== 0)("keeps the owner and group of a file fixed by root", () => {
    const d = dir();
    const p = join(d, "a.md");
    writeFileSync(p, "old text");
    chownSync(p, 1234, 5678);
    expect(writeFixed(p, readFileSync(p), "corrected", false)).toEqual({ ok: true });
    const st = statSync(p);
    expect([st.uid, st.gid, readFileSync(p, "utf8")]).toEqual([1234, 5678, "corrected"]);
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
  for (const [name, allow] of [
    ["at the first write", 0],
    ["after part of the text was written", 3],
  ] as const) {
    it(`a failed write (disk full) ${name} leaves the original as it was and no temporary file`, () => {
      const d = dir();
      const p = join(d, "a.md");
      writeFileSync(p, planted);
      chmodSync(p, 0o640);
      const read = readFileSync(p);
      const st = statSync(p);
      const fixed = planted.replace("about 500", "about 288");
      const calls = vi.mocked(writeSync).mock.calls.length;
      full.code = "ENOSPC";
      full.allow = allow;
      let r;
      try {
        r = writeFixed(p, read, fixed, false);
      } finally {
        full.code = null;
      }
      // The failing write was reached (allow short writes, then the one that threw).
      expect(vi.mocked(writeSync).mock.calls.length - calls).toBe(allow + 1);
      expect(r).toEqual({ ok: false, reason: "could not be written (ENOSPC); left as it was" });
      expect(readFileSync(p)).toEqual(read);
      const now = statSync(p);
      expect([now.ino, now.mode & 0o7777, now.size]).toEqual([st.ino, 0o640, read.length]);
      expect(readdirSync(d)).toEqual(["a.md"]);
      // And with the disk free again, the same write goes through.
      expect(writeFixed(p, read, fixed, false)).toEqual({ ok: true });
      expect(readFileSync(p, "utf8")).toBe(fixed);
      expect(readdirSync(d)).toEqual(["a.md"]);
    });
  }
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
