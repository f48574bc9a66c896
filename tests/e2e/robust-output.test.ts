/**
 * Output and process (issue 7): hostile text cannot drive the terminal or
 * break a machine-readable report; a closed pipe ends the run quietly; the
 * bytes out depend on nothing but the input. Each case asserts the messages,
 * the exit status and that nothing on disk changed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, root, runCli } from "../helpers/cli.js";
import { snapshot } from "../helpers/disk.js";

const BASE = [
  "- id: evil",
  "  kind: event",
  '  name: "Evil\\e[31m fire\\u202e"',
  "  keywords: [Brennau]",
  "  counts: { killed: 12 }",
  '  sources: [{ title: "t\\a\\e]8;;http://x\\e\\\\ <b>&amp;", url: "https://example.org/?a=1&b=<2>" }]',
  "",
].join("\n");
const ARTICLE = "---\npublished: 2023-02-02\n---\n\nThe Brennau\u001b[2J fire \u202ekilled 13 people\u0007 on 5 May 2022 ]]> <x a=\"'\"> &amp;\u0000\n".replace("\u0000", "");

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-output-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Control characters a terminal acts on: C0 (but tab and newline), DEL, C1, and the bidi controls. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("hostile text in reports", () => {
  const args = ["check", "-b", "evil.yaml", "--explain", "evil.md"];

  for (const format of ["human", "line", "github"]) {
    it(`shows control characters as \\uXXXX in ${format} output`, () => {
      const dir = folder({ "evil.yaml": BASE, "evil.md": ARTICLE });
      const before = snapshot(dir);
      const r = runCli([...args, "-f", format], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
      expect(r.stdout).not.toMatch(TERMINAL_CONTROLS);
      expect(r.stdout).toContain("\\u001b");
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it("keeps the article's bytes in a piped diff, which is a patch (on a terminal it is escaped: tests/unit/cli.test.ts)", () => {
    const dir = folder({ "evil.yaml": BASE, "evil.md": ARTICLE });
    const r = runCli([...args, "-f", "diff"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`-The Brennau\u001b[2J fire \u202ekilled 13 people\u0007`);
    expect(r.stdout).toContain(`+The Brennau\u001b[2J fire \u202ekilled 12 people\u0007`);
  });

  it("keeps JSON and SARIF valid documents that hold the text exactly", () => {
    const dir = folder({ "evil.yaml": BASE, "evil.md": ARTICLE });
    const before = snapshot(dir);
    for (const format of ["json", "sarif"]) {
      const r = runCli([...args, "-f", format], { cwd: dir });
      expect(r.status).toBe(1);
      const text = JSON.stringify(JSON.parse(r.stdout));
      expect(text).toContain("killed 13 people");
      expect(text).toContain("\\u001b");
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("keeps JUnit well-formed XML: markup characters escaped, no character XML forbids", () => {
    const dir = folder({ "evil.yaml": BASE, "evil.md": ARTICLE });
    const r = runCli([...args, "-f", "junit"], { cwd: dir });
    expect(r.status).toBe(1);
    // XML 1.0 allows no C0 control but tab, newline and carriage return, even escaped.
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // Every tag is one of the report's own; article text never opens one.
    for (const tag of r.stdout.matchAll(/<\/?([A-Za-z?!][^\s>/]*)/g)) expect(["?xml", "testsuites", "testsuite", "testcase", "failure", "skipped", "system-out", "properties", "property"]).toContain(tag[1]);
    // Attribute values never hold a raw quote or "<".
    for (const attr of r.stdout.matchAll(/="([^"]*)"/g)) expect(attr[1]).not.toMatch(/[<]/);
  });
});

describe("pipes", () => {
  const env = () => ({ PATH: process.env["PATH"] ?? "", NO_COLOR: "1", TZ: "UTC", LANG: "C.UTF-8", CLAIMCHECK_CACHE_DIR: cacheDir, NODE: process.execPath, BIN: join(root, "bin/claimcheck.js") });
  const sh = (cwd: string, script: string) => spawnSync("sh", ["-c", script], { cwd, env: env(), encoding: "utf8", maxBuffer: 1 << 28, timeout: 60_000 });

  it("a reader that stops early (| head -1) ends the run quietly, with its status", () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d/a${i}.txt`, `About ${i + 1} people died on 5 May 2022.\n`.repeat(20)])));
    const before = snapshot(dir);
    const r = sh(dir, '("$NODE" "$BIN" check -f json d; echo "exit $?" >&2) | head -1');
    expect(r.stdout).toBe("{\n");
    expect(r.stderr).toBe("exit 0\n");
    expect(snapshot(dir)).toEqual(before);
  });

  it("a slow reader gets every byte before the process exits", () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d/a${i}.txt`, `About ${i + 1} people died on 5 May 2022.\n`.repeat(20)])));
    const whole = runCli(["check", "-f", "json", "d"], { cwd: dir }).stdout;
    expect(whole.length).toBeGreaterThan(1 << 20);
    const r = sh(dir, '"$NODE" "$BIN" check -f json d | (sleep 1; wc -c)');
    expect(Number(r.stdout.trim())).toBe(Buffer.byteLength(whole));
  });
});

describe("the same bytes out", () => {
  const files = { "b/z.md": "---\npublished: 2023-02-02\n---\n\nAbout 300 people died on Monday.\n", "a/y.txt": "Some 40 were hurt on 6 May 2022.\n", "a/x.html": "<p>The Alma-Ata Declaration of 1991 was signed on 21 December.</p>\n" };

  it("whatever the order of the arguments, the order files were created in, TZ and LANG", () => {
    const one = folder(files);
    // The same files created in the opposite order: directory listings may differ, the report may not.
    const two = folder(Object.fromEntries(Object.entries(files).reverse()));
    const before = [snapshot(one), snapshot(two)];
    const outputs = new Set<string>();
    for (const [dir, args, env] of [
      [one, ["a", "b"], { TZ: "UTC", LANG: "C.UTF-8" }],
      [two, ["b", "a"], { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8" }],
      [one, ["b/z.md", "a"], { TZ: "America/Los_Angeles", LANG: "de_DE.UTF-8", LC_ALL: "ja_JP.UTF-8" }],
    ] as const) {
      for (const format of ["json", "human", "sarif"]) {
        const r = runCli(["check", "--fail-on", "never", "-f", format, ...args], { cwd: dir, env });
        expect(r.status).toBe(0);
        outputs.add(`${format}\n${r.stdout}`);
      }
    }
    expect(outputs.size).toBe(3);
    expect([snapshot(one), snapshot(two)]).toEqual(before);
  });
});
