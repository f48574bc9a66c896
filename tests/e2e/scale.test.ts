/**
 * Performance machinery must never change an answer: output is byte-identical
 * with one thread or several, with the compiled-base cache cold, warm, off or
 * damaged. Runs the real binary on a generated corpus and base large enough
 * for the workers to be used.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the benchmark, without types
import { writeBase, writeCorpus } from "../../scripts/bench/generate.mjs";
import { root, runCli } from "../helpers/cli.js";
import { baseKey } from "../../src/load/base/compiled.js";

let dir: string;
let corpus: string;
let base: string;
let cache: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimcheck-scale-"));
  corpus = join(dir, "corpus");
  base = join(dir, "base");
  cache = join(dir, "cache");
  (writeCorpus as (d: string, n: number) => number)(corpus, 120);
  (writeBase as (d: string, n: number) => void)(base, 4000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env: { CLAIMCHECK_CACHE_DIR: cache, ...env } });

describe("workers", () => {
  it("give the same report, byte for byte, as one thread", () => {
    for (const format of ["json", "human", "sarif"]) {
      const one = run(["check", "-j", "1", "-f", format, "-b", base, corpus], { CLAIMCHECK_DEBUG: "pool" });
      const two = run(["check", "-j", "2", "-f", format, "-b", base, corpus], { CLAIMCHECK_DEBUG: "pool" });
      expect(one.stderr).toBe("");
      expect(two.stderr).toBe("claimcheck: debug: 2 threads (1 worker)\n");
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
  });

  it("suppress a baseline's findings and keep --explain's candidates as one thread does", () => {
    const baseline = join(dir, "baseline.json");
    const written = run(["check", "-j", "1", "-b", base, "--write-baseline", baseline, corpus]);
    expect(written.stderr).toMatch(/^claimcheck: wrote [1-9]\d* findings to the baseline/);
    // One entry no finding matches, so the stale-entry notice is checked too.
    const b = JSON.parse(readFileSync(baseline, "utf8"));
    b.findings.push({ ...b.findings[0], fingerprint: "0".repeat(b.findings[0].fingerprint.length) });
    writeFileSync(baseline, JSON.stringify(b));
    for (const args of [["-f", "json", "--baseline", baseline], ["-f", "json", "--explain"]]) {
      const one = run(["check", "-j", "1", ...args, "-b", base, corpus]);
      const two = run(["check", "-j", "2", ...args, "-b", base, corpus], { CLAIMCHECK_DEBUG: "pool" });
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(`claimcheck: debug: 2 threads (1 worker)\n${one.stderr}`);
      expect(two.status).toBe(one.status);
    }
    const suppressed = run(["check", "-j", "2", "-f", "json", "--baseline", baseline, "-b", base, corpus]);
    expect(suppressed.stderr).toMatch(/stale baseline entry: .*0000/);
    expect(suppressed.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("read a large base to the same compiled base as one thread", () => {
    const one = run(["check", "--no-cache", "-j", "1", "-f", "json", "-b", base, join(corpus, "part-00")]);
    const two = run(["check", "--no-cache", "-j", "2", "-f", "json", "-b", base, join(corpus, "part-00")], { CLAIMCHECK_DEBUG: "pool" });
    expect(two.stderr).toBe("claimcheck: debug: 2 threads (1 worker)\n");
    expect(two.stdout).toBe(one.stdout);
  });

  it("report a large base's errors as one thread does, and cache nothing", () => {
    const bad = join(dir, "bad-base");
    mkdirSync(bad);
    for (const f of readdirSync(base)) writeFileSync(join(bad, f), readFileSync(join(base, f)));
    writeFileSync(join(bad, "zz.yaml"), "- id: Bad Id\n  kind: event\n");
    const badCache = join(dir, "bad-cache");
    const two = run(["check", "-j", "2", "-b", bad, join(corpus, "part-00")], { CLAIMCHECK_DEBUG: "pool", CLAIMCHECK_CACHE_DIR: badCache });
    const one = run(["check", "-j", "1", "-b", bad, join(corpus, "part-00")], { CLAIMCHECK_CACHE_DIR: badCache });
    expect(two.status).toBe(2);
    expect(two.stdout).toBe("");
    expect(two.stderr).toBe(`claimcheck: debug: 2 threads (1 worker)\n${one.stderr}`);
    expect(one.stderr).toMatch(/zz\.yaml:1:7: id "Bad Id" must match/);
    expect(readdirSync(badCache).filter((f) => f.startsWith("base-"))).toEqual([]);
  });

  it("reject a --jobs that is not a whole number", () => {
    const r = run(["check", "-j", "two", corpus]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("claimcheck: --jobs two: expected a whole number of threads from 1 to 256\n");
  });
});

describe("the compiled-base cache", () => {
  it("gives the same report cold, warm, off and after damage, and rebuilds a damaged file", () => {
    rmSync(cache, { recursive: true, force: true });
    const args = ["check", "-f", "json", "-b", base, join(corpus, "part-00")];
    const off = run([...args, "--no-cache"]);
    expect(readdirSync(dir)).not.toContain("cache");
    const cold = run(args);
    const files = readdirSync(cache).filter((f) => f.startsWith("base-"));
    expect(files).toHaveLength(1);
    const warm = run(args);
    expect(cold.stdout).toBe(off.stdout);
    expect(warm.stdout).toBe(off.stdout);
    const file = join(cache, files[0]!);
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(file, bytes);
    expect(run(args).stdout).toBe(off.stdout);
    expect(readFileSync(file).equals(bytes)).toBe(false);
    writeFileSync(file, "not a compiled base");
    expect(run(args).stdout).toBe(off.stdout);
  });

  it("keeps the bundle's compiled code too, and never uses a damaged copy", () => {
    const own = join(dir, "code-cache");
    const args = ["check", "-f", "json", join(corpus, "part-00")];
    const first = runCli(args, { env: { CLAIMCHECK_CACHE_DIR: own } });
    const [code] = readdirSync(own).filter((f) => f.startsWith("code-"));
    expect(code).toBeDefined();
    const file = join(own, code!);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100]! ^= 0xff;
    writeFileSync(file, bytes);
    expect(runCli(args, { env: { CLAIMCHECK_CACHE_DIR: own } }).stdout).toBe(first.stdout);
    expect(readFileSync(file).equals(bytes)).toBe(false);
    expect(runCli(args, { env: { CLAIMCHECK_CACHE_DIR: own } }).stdout).toBe(first.stdout);
  });

  it("follows any change to the base", () => {
    const small = join(dir, "small");
    const write = (killed: number) =>
      writeFileSync(
        join(small, "a.yaml"),
        `- id: flood\n  kind: event\n  name: Brennau flood\n  keywords: [Brennau, flood]\n  date: 2023-01-30\n  counts: { killed: ${killed} }\n  sources: [{ title: t }]\n`,
      );
    const article = join(dir, "a.md");
    writeFileSync(article, "---\npublished: 2023-02-02\n---\n\nThe Brennau flood killed 12 people on Monday.\n");
    rmSync(small, { recursive: true, force: true });
    mkdirSync(small);
    write(12);
    expect(run(["check", "-b", small, article]).status).toBe(0);
    write(13);
    expect(run(["check", "-b", small, article]).status).toBe(1);
    write(12);
    expect(run(["check", "-b", small, article]).status).toBe(0);
  });
});

describe("the cache key", () => {
  it("holds the build of claimcheck, not only its version: a base compiled by other code is never read", () => {
    const own = mkdtempSync(join(tmpdir(), "claimcheck-build-"));
    const claims = join(root, "claims");
    const files = readdirSync(claims).filter((f) => f.endsWith(".yaml")).sort().map((f) => ({ path: `claims/${f}`, bytes: readFileSync(join(claims, f)) }));
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(runCli(["check", "-f", "json", "examples"], { env: { CLAIMCHECK_CACHE_DIR: own } }).status).not.toBe(2);
    const written = readdirSync(own).filter((f) => f.startsWith("base-"));
    expect(written).toHaveLength(1);
    expect(written[0]).not.toBe(`base-${baseKey(files, ["claims"], version)}.bin`);
  });
});

describe("shards and merge", () => {
  it("split the inputs into parts that merge into the report of one run, byte for byte", () => {
    const part = corpus;
    const whole = run(["check", "-f", "json", part]);
    const shards = [1, 2, 3].map((i) => {
      const r = run(["check", "-f", "json", "--shard", `${i}/3`, part]);
      const file = join(dir, `shard-${i}.json`);
      writeFileSync(file, r.stdout);
      return { file, files: (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path) };
    });
    const all = shards.flatMap((s) => s.files);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual((JSON.parse(whole.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path).sort());
    expect(shards.every((s) => s.files.length > 0)).toBe(true);
    const merged = run(["merge", ...shards.map((s) => s.file)]);
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.status).toBe(whole.status);
    expect(run(["merge", "--fail-on", "never", ...shards.map((s) => s.file)]).status).toBe(0);
  });

  it("refuses overlapping, foreign or broken reports with one line and status 2", () => {
    const one = join(dir, "shard-1.json");
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"schemaVersion": 1,\n  "tool": ');
    const foreign = join(dir, "foreign.json");
    writeFileSync(foreign, '{"version": 2}');
    const r1 = run(["merge", one, one]);
    expect(r1.status).toBe(2);
    expect(r1.stderr).toMatch(/^claimcheck: .*shard-1\.json: \S+ is also in .*shard-1\.json; shards must not overlap\n$/);
    const r2 = run(["merge", one, broken]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/broken\.json:2:\d+: invalid JSON/);
    expect(run(["merge", foreign]).stderr).toMatch(/foreign\.json: not a claimcheck JSON report/);
    expect(run(["check", "--shard", "4/3", corpus]).stderr).toBe("claimcheck: --shard 4/3: expected i/n with 1 ≤ i ≤ n, such as 2/4\n");
  });
});
