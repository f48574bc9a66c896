/**
 * Articles and files built to hurt (issue 7, "Articles and files"): each case
 * runs the real binary in a folder of its own and asserts the exit status, the
 * messages, and that nothing on disk changed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, root, runCli } from "../helpers/cli.js";
import { snapshot } from "../helpers/disk.js";

const CLAIM = "About 300 people died on 5 May 2022.\n";
const BIN = join(root, "bin/claimcheck.js");

type Content = string | Buffer | { link: string };

interface Case {
  readonly name: string;
  readonly files: Record<string, Content>;
  /** Arguments after `node bin/claimcheck.js`, or a bash command line where `$CC` is the binary. */
  readonly args?: readonly string[];
  readonly shell?: string;
  readonly stdin?: string | Buffer;
  readonly status: number;
  /** stderr exactly. */
  readonly stderr: string;
  readonly stdout?: (out: string, dir: string) => void;
}

const json = (out: string) => JSON.parse(out) as { files: Array<{ path: string; claims: Array<{ text: string; line: number; column: number }> }> };
const paths = (out: string) => json(out).files.map((f) => f.path);

const CASES: Case[] = [
  {
    name: "a named binary file",
    files: { "a.txt": Buffer.from("About 300\u0000 people died.\n") },
    args: ["check", "a.txt"],
    status: 2,
    stderr: "a.txt:1:10: binary file (NUL byte)\n",
  },
  {
    name: "a named file of invalid UTF-8",
    files: { "a.txt": Buffer.from([0x62, 0x61, 0x64, 0x20, 0xc3, 0x28, 0x0a]) },
    args: ["check", "a.txt"],
    status: 2,
    stderr: "a.txt:1:5: invalid UTF-8\n",
  },
  {
    name: "a named UTF-16 file (little-endian, with BOM)",
    files: { "a.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLAIM, "utf16le")]) },
    args: ["check", "a.txt"],
    status: 2,
    stderr: "a.txt:1:1: UTF-16 is not supported; save the file as UTF-8\n",
  },
  {
    name: "a named UTF-16 file (big-endian, with BOM)",
    files: { "a.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CLAIM, "utf16le").swap16()]) },
    args: ["check", "a.txt"],
    status: 2,
    stderr: "a.txt:1:1: UTF-16 is not supported; save the file as UTF-8\n",
  },
  {
    name: "a named file that does not exist, or a dangling link",
    files: { "gone.txt": { link: "nowhere.txt" } },
    args: ["check", "missing.txt", "gone.txt"],
    status: 2,
    stderr: "claimcheck: missing.txt: no such file or directory\n",
  },
  {
    name: "bad files found by a walk: skipped with a note, the rest checked",
    files: {
      "d/a.txt": CLAIM,
      "d/b.txt": Buffer.from("x\u0000y"),
      "d/c.txt": Buffer.from([0xff, 0x0a]),
      "d/e.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("hi", "utf16le")]),
    },
    args: ["check", "-f", "json", "d"],
    status: 0,
    stderr:
      "claimcheck: skipped d/b.txt:1:2: binary file (NUL byte)\n" +
      "claimcheck: skipped d/c.txt:1:1: invalid UTF-8\n" +
      "claimcheck: skipped d/e.txt:1:1: UTF-16 is not supported; save the file as UTF-8\n",
    stdout: (out) => expect(paths(out)).toEqual(["d/a.txt"]),
  },
  {
    name: "a walk through a symbolic-link loop and a link out of the tree",
    files: { "outside/o.txt": CLAIM, "d/a.txt": CLAIM, "d/sub/up": { link: ".." }, "d/sub/self": { link: "." }, "d/sub/out": { link: "../../outside" }, "d/sub/o.txt": { link: "../../outside/o.txt" } },
    args: ["check", "-f", "json", "d"],
    status: 0,
    stderr: "",
    stdout: (out) => expect(paths(out)).toEqual(["d/a.txt"]),
  },
  {
    name: "the same file named three ways",
    files: { "d/a.txt": CLAIM },
    args: ["check", "-f", "json", "d/a.txt", "./d/a.txt", "d/../d/a.txt", "d"],
    status: 0,
    stderr: "",
    stdout: (out) => expect(paths(out)).toEqual(["d/a.txt"]),
  },
  {
    name: "2,000 files with 64 file descriptors",
    files: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`many/f${String(i).padStart(4, "0")}.txt`, `About ${i + 1} people died on 5 May 2022.\n`])),
    shell: "ulimit -n 64 && $CC check -f json many",
    status: 0,
    stderr: "",
    stdout: (out) => {
      const files = json(out).files;
      expect(files).toHaveLength(2000);
      expect(files.every((f) => f.claims.length === 2)).toBe(true);
    },
  },
  {
    name: "an empty stdin",
    files: {},
    args: ["check"],
    stdin: "",
    status: 0,
    stderr: "",
    stdout: (out) => expect(out).toContain("<stdin> (no publication date)\n  no claims found\n"),
  },
  {
    name: "a closed stdin",
    files: {},
    shell: "$CC check -f json <&-",
    status: 0,
    stderr: "",
    stdout: (out) => expect(json(out).files[0]!.claims).toEqual([]),
  },
  {
    name: "a large stdin (300 KB), read whole",
    files: { "big.txt": CLAIM.repeat(8000) },
    shell: "$CC check -f json < big.txt",
    status: 0,
    stderr: "",
    stdout: (out) => {
      const claims = json(out).files[0]!.claims;
      expect(claims).toHaveLength(16_000);
      expect(claims.at(-1)).toMatchObject({ line: 8000, column: 26, text: "5 May 2022" });
    },
  },
  {
    name: "a slow stdin, in pieces a second apart",
    files: {},
    shell: "(printf 'About 300 peo'; sleep 1; printf 'ple died on 5 '; sleep 1; printf 'May 2022.\\n') | $CC check -f json",
    status: 0,
    stderr: "",
    stdout: (out) => expect(json(out).files[0]!.claims.map((c) => c.text)).toEqual(["About 300 people died", "5 May 2022"]),
  },
];

function setUp(files: Record<string, Content>): string {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-articles-"));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === "object" && !Buffer.isBuffer(content)) symlinkSync(content.link, abs);
    else writeFileSync(abs, content);
  }
  return dir;
}

function runIn(dir: string, c: Case) {
  if (c.args) return runCli(c.args, { cwd: dir, ...(c.stdin !== undefined ? { stdin: c.stdin } : {}), timeout: 60_000 });
  const r = spawnSync("sh", ["-c", c.shell!.replaceAll("$CC", '"$NODE" "$BIN"')], {
    cwd: dir,
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", LANG: "C.UTF-8", CLAIMCHECK_CACHE_DIR: cacheDir, NODE: process.execPath, BIN },
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("articles and files", () => {
  for (const c of CASES) {
    it(c.name, { timeout: 90_000 }, () => {
      const dir = setUp(c.files);
      const before = snapshot(dir);
      const r = runIn(dir, c);
      expect(r.stderr).toBe(c.stderr);
      expect(r.status).toBe(c.status);
      c.stdout?.(r.stdout, dir);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it("an unreadable file found by a walk is skipped with a note; named, it is an error", (ctx) => {
    // Root reads anything: run as nobody (setpriv, util-linux) so that the file is really unreadable,
    // where nobody can run claimcheck from this checkout.
    const asRoot = process.getuid?.() === 0;
    const drop = ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath];
    if (asRoot && spawnSync("setpriv", [...drop, BIN, "--version"], { cwd: tmpdir() }).status !== 0) ctx.skip();
    const dir = setUp({ "d/a.txt": CLAIM, "d/secret.txt": CLAIM });
    chmodSync(join(dir, "d/secret.txt"), 0);
    if (asRoot) for (const p of [dir, join(dir, "d"), join(dir, "d/a.txt")]) chmodSync(p, p.endsWith(".txt") ? 0o644 : 0o755);
    const run = (args: string[]) => {
      const r = spawnSync(asRoot ? "setpriv" : process.execPath, [...(asRoot ? drop : []), BIN, ...args], {
        cwd: dir,
        env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", LANG: "C.UTF-8", CLAIMCHECK_NO_CACHE: "1" },
        encoding: "utf8",
      });
      return { stdout: r.stdout, stderr: r.stderr, status: r.status };
    };
    const before = snapshot(dir);
    const walked = run(["check", "-f", "json", "d"]);
    expect(walked.stderr).toBe("claimcheck: skipped d/secret.txt: cannot read (EACCES)\n");
    expect(walked.status).toBe(0);
    expect(paths(walked.stdout)).toEqual(["d/a.txt"]);
    const named = run(["check", "d/secret.txt"]);
    expect(named.stderr).toBe("claimcheck: d/secret.txt: cannot read (EACCES)\n");
    expect(named.status).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });
});

/** Where each format puts each claim: "line:column" strings in the order they appear. */
const POSITIONS: Record<string, (out: string) => string[]> = {
  json: (out) => json(out).files[0]!.claims.map((c) => `${c.line}:${c.column}`),
  sarif: (out) => [...out.matchAll(/"startLine": (\d+),\s*"startColumn": (\d+)/g)].map((m) => `${m[1]}:${m[2]}`),
  line: (out) => [...out.matchAll(/^a\.txt:(\d+):(\d+):/gm)].map((m) => `${m[1]}:${m[2]}`),
  github: (out) => [...out.matchAll(/line=(\d+),col=(\d+)/g)].map((m) => `${m[1]}:${m[2]}`),
  junit: (out) => [...out.matchAll(/name="(\d+):(\d+) /g)].map((m) => `${m[1]}:${m[2]}`),
  human: (out) => [...out.matchAll(/^ {2}(\d+):(\d+) /gm)].map((m) => `${m[1]}:${m[2]}`),
};

describe("line ends", () => {
  const lines = ["About 300 people died on 5 May 2022.", "", "The Alma-Ata Declaration of 1991 was signed.", "Some 40 were hurt on 6 May 2022."];
  const variants: Record<string, string> = {
    LF: lines.join("\n"),
    CRLF: lines.join("\r\n"),
    CR: lines.join("\r"),
    mixed: `${lines[0]}\r\n${lines[1]}\r${lines[2]}\n${lines[3]}`,
  };

  for (const [format, read] of Object.entries(POSITIONS)) {
    it(`give the same line:column with LF, CRLF, CR and mixed ends (${format})`, () => {
      const seen = Object.entries(variants).map(([name, text]) => {
        const dir = setUp({ "a.txt": text });
        const r = runCli(["check", "--fail-on", "never", "--fail-on", "never", "-f", format, "a.txt"], { cwd: dir });
        expect(r.status, name).toBe(0);
        return read(r.stdout);
      });
      expect(seen[0]!.length).toBeGreaterThan(0);
      for (const s of seen) expect(s).toEqual(seen[0]);
    });
  }

  it("put the claims of the fourth line on line 4", () => {
    const dir = setUp({ "a.txt": variants["mixed"]! });
    const claims = json(runCli(["check", "-f", "json", "a.txt"], { cwd: dir }).stdout).files[0]!.claims;
    expect(claims.filter((c) => c.line === 4).map((c) => [c.text, c.column])).toEqual([["Some 40 were hurt", 1], ["6 May 2022", 22]]);
  });
});
