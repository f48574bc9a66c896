/**
 * --fix never loses data: each case runs the real binary with --fix in a folder
 * of its own, and asserts the exit status, the lines that name the files, and
 * that the folder changed in exactly the way the case says (every path's type,
 * mode, inode and bytes or link target, before and after), with no temporary
 * file left. Then a run killed with SIGKILL in the middle of its writing leaves
 * every article whole: either as it was or fully fixed.
 */
import { spawn } from "node:child_process";
import { accessSync, chmodSync, constants, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, root, runCli } from "../helpers/cli.js";
import { diskEntries, sha } from "../helpers/disk.js";
import type { DiskEntry } from "../helpers/disk.js";

const BIN = join(root, "bin/claimcheck.js");
const BASE = join(root, "claims");
/** An article with three contradicted claims, each with a correction in the base. */
const PLANTED = readFileSync(join(root, "examples/lavrov-csto-planted-errors.md"), "utf8");
/** An article whose claims are all supported: --fix has nothing to write. */
const CLEAN = readFileSync(join(root, "examples/lavrov-csto-2023-02-02.md"), "utf8");
/** The planted article as --fix must leave it: written out here, not computed by claimcheck. */
const fixedText = (t: string) => t.replace("about 500 people", "about 288 people").replace("on 25 November", "on 23 November").replace("Declaration of 1992", "Declaration of 1991");
const FIXED = fixedText(PLANTED);
const crlf = (t: string) => t.replace(/\n/g, "\r\n");
const BOM = "\uFEFF";
const TMP = /(?:^|\/)\.[^/]*\.claimcheck-[0-9a-f]+\.tmp$/;

/** The stderr lines of the three fixes of the planted article, shown as `path`. */
const fixedLines = (path: string) => [
  `claimcheck: fixed ${path}:14:13: "500" → "288" (armenia-azerbaijan-clashes-2022-09)`,
  `claimcheck: fixed ${path}:17:40: "25 November" → "23 November" (csto-summit-yerevan-2022)`,
  `claimcheck: fixed ${path}:26:38: "1992" → "1991" (alma-ata-protocol-1991)`,
];

type Snapshot = Record<string, DiskEntry>;
const snapshot = diskEntries;

type Content = string | Buffer | { link: string };

function make(dir: string, files: Record<string, Content>, modes: Record<string, number> = {}) {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === "object" && !Buffer.isBuffer(content)) symlinkSync(content.link, abs);
    else writeFileSync(abs, content);
  }
  for (const [rel, mode] of Object.entries(modes)) chmodSync(join(dir, rel), mode);
}

interface Case {
  readonly name: string;
  readonly files: Record<string, Content>;
  readonly modes?: Record<string, number>;
  /** Run before the snapshot is taken (e.g. a first --fix). */
  readonly before?: (dir: string) => void;
  /** Arguments after `check`; `--fix --base <bundled>` are added. */
  readonly args: readonly string[];
  readonly umask?: number;
  readonly status: number;
  /** stderr, exactly, as lines. */
  readonly stderr: readonly string[];
  /** The start of the report's summary line: what remains after the fixes. */
  readonly summary: string;
  /** The only paths that may differ afterwards, with their new bytes (type and mode kept; a new inode, from the rename). */
  readonly changes: Record<string, string | Buffer>;
  /** More checks after the run. */
  readonly after?: (dir: string) => void;
}

const CASES: Case[] = [
  {
    name: "a read-only article (0o444) is refused, by its mode bits, even where the OS would let root write it",
    files: { "a.md": PLANTED },
    modes: { "a.md": 0o444 },
    args: ["a.md"],
    status: 1,
    stderr: ["claimcheck: a.md: not fixed: is read-only"],
    summary: "1 file, 8 claims: 4 supported, 4 contradicted, 0 unverified",
    changes: {},
    after: (dir) => {
      // As root, the OS allows writing a 0o444 file: the refusal is claimcheck's own check of the mode bits.
      if (process.getuid?.() === 0) expect(() => accessSync(join(dir, "a.md"), constants.W_OK)).not.toThrow();
    },
  },
  {
    name: "an article that is a symbolic link: the link and its target untouched",
    files: { "real/a.md": PLANTED, "link.md": { link: "real/a.md" } },
    args: ["link.md"],
    status: 1,
    stderr: ["claimcheck: link.md: not fixed: is a symbolic link; claimcheck does not write through links"],
    summary: "1 file, 8 claims: 4 supported, 4 contradicted, 0 unverified",
    changes: {},
  },
  {
    name: "CRLF line ends are kept",
    files: { "a.md": crlf(PLANTED) },
    args: ["a.md"],
    status: 0,
    stderr: fixedLines("a.md"),
    summary: "1 file, 8 claims: 8 supported, 0 contradicted, 0 unverified",
    changes: { "a.md": crlf(FIXED) },
  },
  {
    name: "a UTF-8 BOM is kept",
    files: { "a.md": BOM + PLANTED },
    args: ["a.md"],
    status: 0,
    stderr: fixedLines("a.md"),
    summary: "1 file, 8 claims: 8 supported, 0 contradicted, 0 unverified",
    changes: { "a.md": BOM + FIXED },
  },
  {
    name: "a BOM, CRLF and no final newline together are kept",
    files: { "a.md": BOM + crlf(PLANTED).replace(/\r\n$/, "") },
    args: ["a.md"],
    status: 0,
    stderr: fixedLines("a.md"),
    summary: "1 file, 8 claims: 8 supported, 0 contradicted, 0 unverified",
    changes: { "a.md": BOM + crlf(FIXED).replace(/\r\n$/, "") },
  },
  {
    name: "the file mode 0o640 is kept",
    files: { "a.md": PLANTED },
    modes: { "a.md": 0o640 },
    args: ["a.md"],
    status: 0,
    stderr: fixedLines("a.md"),
    summary: "1 file, 8 claims: 8 supported, 0 contradicted, 0 unverified",
    changes: { "a.md": FIXED },
  },
  {
    name: "the file mode 0o664 is kept under a umask of 0o022",
    files: { "a.md": PLANTED },
    modes: { "a.md": 0o664 },
    args: ["a.md"],
    umask: 0o022,
    status: 0,
    stderr: fixedLines("a.md"),
    summary: "1 file, 8 claims: 8 supported, 0 contradicted, 0 unverified",
    changes: { "a.md": FIXED },
  },
  {
    name: "fixing twice: the second run writes nothing (same inode, same bytes)",
    files: { "a.md": PLANTED },
    before: (dir) => {
      const first = runCli(["check", "a.md", "--fix", "--base", BASE], { cwd: dir });
      expect(first.status).toBe(0);
      expect(first.stderr.trimEnd().split("\n")).toEqual(fixedLines("a.md"));
      expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(FIXED);
    },
    args: ["a.md"],
    status: 0,
    stderr: [],
    summary: "1 file, 8 claims: 8 supported, 0 contradicted, 0 unverified",
    changes: {},
  },
  {
    name: "an article found by a directory walk is fixed; a supported article and a non-article beside it are not rewritten",
    files: { "news/2023/a.md": PLANTED, "news/2023/b.md": CLEAN, "news/notes.yaml": "about 500 people\n" },
    args: ["news"],
    status: 0,
    stderr: fixedLines("news/2023/a.md"),
    summary: "2 files, 16 claims: 16 supported, 0 contradicted, 0 unverified",
    changes: { "news/2023/a.md": FIXED },
  },
  {
    // The refused one comes first (files run in path order): a refusal must not stop the run.
    name: "two named articles, one read-only: it is reported, the other is still fixed",
    files: { "a-readonly.md": PLANTED, "b.md": PLANTED },
    modes: { "a-readonly.md": 0o444 },
    args: ["b.md", "a-readonly.md"],
    status: 1,
    stderr: ["claimcheck: a-readonly.md: not fixed: is read-only", ...fixedLines("b.md")],
    summary: "2 files, 16 claims: 12 supported, 4 contradicted, 0 unverified",
    changes: { "b.md": FIXED },
  },
  {
    name: "two named articles, one a symbolic link: it is reported, the other is still fixed",
    files: { "a-link.md": { link: "target/t.md" }, "target/t.md": PLANTED, "b.md": PLANTED },
    args: ["a-link.md", "b.md"],
    status: 1,
    stderr: ["claimcheck: a-link.md: not fixed: is a symbolic link; claimcheck does not write through links", ...fixedLines("b.md")],
    summary: "2 files, 16 claims: 12 supported, 4 contradicted, 0 unverified",
    changes: { "b.md": FIXED },
  },
  {
    name: "a walked folder with a read-only article and a writable one",
    files: { "docs/a.md": PLANTED, "docs/sub/b.md": crlf(PLANTED) },
    modes: { "docs/a.md": 0o400 },
    args: ["docs"],
    status: 1,
    stderr: ["claimcheck: docs/a.md: not fixed: is read-only", ...fixedLines("docs/sub/b.md")],
    summary: "2 files, 16 claims: 12 supported, 4 contradicted, 0 unverified",
    changes: { "docs/sub/b.md": crlf(FIXED) },
  },
  {
    // The temporary name (".<name>.claimcheck-<12 hex>.tmp") is 26 bytes longer than the article's: over 255, the write fails cleanly.
    name: "an article whose temporary file name would be too long: refused, left as it was",
    files: { [`${"x".repeat(247)}.md`]: PLANTED },
    args: [`${"x".repeat(247)}.md`],
    status: 1,
    stderr: [`claimcheck: ${"x".repeat(247)}.md: not fixed: could not be written (ENAMETOOLONG); left as it was`],
    summary: "1 file, 8 claims: 4 supported, 4 contradicted, 0 unverified",
    changes: {},
  },
];

describe("--fix never loses data", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = mkdtempSync(join(tmpdir(), "claimcheck-fix-"));
      make(dir, c.files, c.modes);
      c.before?.(dir);
      const before = snapshot(dir);
      const previous = c.umask === undefined ? null : process.umask(c.umask);
      let r;
      try {
        r = runCli(["check", ...c.args, "--fix", "--base", BASE], { cwd: dir, timeout: 20_000 });
      } finally {
        if (previous !== null) process.umask(previous);
      }
      expect(r.status).toBe(c.status);
      expect(r.stderr === "" ? [] : r.stderr.trimEnd().split("\n")).toEqual(c.stderr);
      expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^${c.summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

      const after = snapshot(dir);
      expect(Object.keys(after).filter((p) => TMP.test(p))).toEqual([]);
      const expected: Snapshot = { ...before };
      for (const [rel, bytes] of Object.entries(c.changes)) {
        expect(before[rel]?.content, `${rel} must change`).not.toBe(sha(bytes));
        expected[rel] = { ...before[rel]!, ino: after[rel]?.ino ?? -1, content: sha(bytes) };
        // Replaced by a rename (a new inode), never rewritten in place, where a crash would leave it cut short.
        expect(after[rel]?.ino, `${rel} replaced, not rewritten`).not.toBe(before[rel]!.ino);
      }
      expect(after).toEqual(expected);
      for (const [rel, bytes] of Object.entries(c.changes)) expect(readFileSync(join(dir, rel))).toEqual(Buffer.from(bytes));
      c.after?.(dir);
    });
  }

  it("a run killed with SIGKILL while writing leaves every article either as it was or fully fixed", async () => {
    const N = 150;
    const work = mkdtempSync(join(tmpdir(), "claimcheck-fix-kill-"));
    const names = Array.from({ length: N }, (_, i) => `a${String(i).padStart(3, "0")}.md`);
    // Each article is different (a line of its own), so a write that went to the wrong file would show.
    const originals = new Map(names.map((n, i) => [n, Buffer.from(`${PLANTED}\nFiled under ${"abcdefghij"[i % 10]!.repeat(1 + (i % 37))} ${n.slice(0, 4)}.\n`)]));
    const seed = join(work, "seed");
    mkdirSync(seed);
    for (const [n, b] of originals) writeFileSync(join(seed, n), b);

    // The fully fixed versions, from a complete run on a copy; its timing gives the window of the writing.
    const full = join(work, "full");
    cpSync(seed, full, { recursive: true });
    const ref = await runTimed(full, null);
    expect(ref.signal).toBe(null);
    expect(ref.status).toBe(0);
    expect(ref.fixedLines).toBe(3 * N);
    const fixed = new Map(names.map((n) => [n, readFileSync(join(full, n))]));
    for (const n of names) expect(fixed.get(n)!.equals(originals.get(n)!), `${n} must need fixing`).toBe(false);
    expect(readdirSync(full).sort()).toEqual(names);
    const writing = ref.end - ref.firstFix;

    // Kill at points spread over the writing (timed from its first "fixed" line), and a few from the start.
    const delays: Array<["from-first-fix" | "from-start", number]> = [
      ["from-first-fix", 0],
      ["from-first-fix", writing * 0.25],
      ["from-first-fix", writing * 0.5],
      ["from-first-fix", writing * 0.75],
      ["from-start", ref.firstFix + writing * 0.4],
    ];
    let midWrite = 0;
    for (const [i, [anchor, delay]] of delays.entries()) {
      const dir = join(work, `kill-${i}`);
      cpSync(seed, dir, { recursive: true });
      const r = await runTimed(dir, { anchor, delay });
      let asWas = 0;
      let whole = 0;
      const done = new Set<string>();
      for (const n of names) {
        const bytes = readFileSync(join(dir, n));
        const st = lstatSync(join(dir, n));
        expect(st.isFile()).toBe(true);
        expect(st.mode & 0o7777).toBe(lstatSync(join(seed, n)).mode & 0o7777);
        if (bytes.equals(originals.get(n)!)) asWas++;
        else if (bytes.equals(fixed.get(n)!)) {
          whole++;
          done.add(n);
        } else expect.fail(`${n} after a SIGKILL at ${anchor} + ${delay.toFixed(0)} ms is neither the original nor the fixed text`);
      }
      // Every file reported fixed on stderr was fixed on disk (the line follows the rename).
      for (const n of r.reported) expect(done.has(n), `${n} reported fixed`).toBe(true);
      // What else is there: temporary files only, never in place of an article.
      const extra = readdirSync(dir).filter((f) => !names.includes(f));
      for (const f of extra) {
        expect(f).toMatch(/^\.a\d{3}\.md\.claimcheck-[0-9a-f]{12}\.tmp$/);
        const of = f.slice(1, 8);
        const partial = readFileSync(join(dir, f));
        expect(fixed.get(of)!.subarray(0, partial.length).equals(partial), `${f} holds a prefix of the fixed ${of}`).toBe(true);
      }
      expect(extra.length).toBeLessThanOrEqual(1);
      if (r.signal === "SIGKILL" && asWas > 0 && whole > 0) midWrite++;
      if (r.signal === null) expect(whole).toBe(N);
    }
    // Not vacuous: at least two of the kills landed while articles were being written.
    expect(midWrite).toBeGreaterThanOrEqual(2);
  }, 45_000);
});

/** Runs `check . --fix` in `dir`, optionally killed with SIGKILL after a delay, timing the first "fixed" line and the end. */
function runTimed(dir: string, kill: { anchor: "from-first-fix" | "from-start"; delay: number } | null) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; firstFix: number; end: number; fixedLines: number; reported: Set<string> }>((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, "check", ".", "--fix", "--base", BASE, "--format", "json"], {
      cwd: dir,
      env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", LANG: "C.UTF-8", CLAIMCHECK_CACHE_DIR: cacheDir },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let firstFix = -1;
    let timer: NodeJS.Timeout | null = null;
    const arm = (ms: number) => {
      timer = setTimeout(() => child.kill("SIGKILL"), Math.max(0, ms));
    };
    if (kill?.anchor === "from-start") arm(kill.delay);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s: string) => {
      stderr += s;
      if (firstFix < 0 && stderr.includes("claimcheck: fixed ")) {
        firstFix = performance.now() - start;
        if (kill?.anchor === "from-first-fix") {
          if (kill.delay === 0) child.kill("SIGKILL");
          else arm(kill.delay);
        }
      }
    });
    child.on("error", reject);
    child.on("close", (status, signal) => {
      if (timer) clearTimeout(timer);
      const lines = stderr.split("\n").filter((l) => l.startsWith("claimcheck: fixed "));
      // A file's three lines come after its rename; a kill may cut the last line short, so count a file only from a whole line.
      const reported = new Set(stderr.split("\n").slice(0, -1).filter((l) => l.startsWith("claimcheck: fixed ")).map((l) => l.slice("claimcheck: fixed ".length).split(":")[0]!));
      resolvePromise({ status, signal, firstFix, end: performance.now() - start, fixedLines: lines.length, reported });
    });
  });
}
