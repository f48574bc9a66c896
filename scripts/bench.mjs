#!/usr/bin/env node
// npm run bench -- [--runs N] [--corpus DIR] [--quick] [--work DIR] [--json FILE]
//
// Whole-process wall time and peak RSS (medians of several runs) of claimcheck
// at the sizes of issue 6, next to baselines timed in the same run (node -e 0,
// chrono-node alone, textlint's no-todo rule), with each target as a ratio.
// Data is generated deterministically (scripts/bench/generate.mjs) into the
// work folder and reused. --quick is the CI smoke: small sizes, one run, no
// verdict on the targets.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScriptArgs } from "./args.mjs";
import { writeBase, writeBigArticle, writeCorpus } from "./bench/generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseScriptArgs(
  {
    options: {
      runs: { type: "string" },
      corpus: { type: "string" },
      quick: { type: "boolean", default: false },
      work: { type: "string" },
      json: { type: "string" },
    },
  },
  "npm run bench -- [--runs N] [--corpus DIR] [--quick] [--work DIR] [--json FILE]",
);
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 5));
const work = resolve(values.work ?? join(tmpdir(), "claimcheck-bench"));
const sizes = quick ? { corpus: 60, bases: [100, 1000, 3000], big: 100_000, tenfold: 600 } : { corpus: 2000, bases: [1000, 10_000, 100_000], big: 1 << 20, tenfold: 20_000 };

const probe = join(work, "rss-probe.cjs");
const rssFile = join(work, "rss.txt");
mkdirSync(work, { recursive: true });
// Every node process of a measurement writes its peak RSS (kB) at exit.
writeFileSync(probe, `process.on("exit", () => { try { require("node:fs").appendFileSync(${JSON.stringify(rssFile)}, process.resourceUsage().maxRSS + "\\n"); } catch {} });\n`);

function generate(name, make) {
  const path = join(work, name);
  const done = `${path}.done`;
  if (!existsSync(done)) {
    rmSync(path, { recursive: true, force: true });
    process.stderr.write(`bench: generating ${name}...\n`);
    make(path);
    writeFileSync(done, "");
  }
  return path;
}

const corpus = values.corpus ? resolve(values.corpus) : generate(`corpus-${sizes.corpus}`, (p) => writeCorpus(p, sizes.corpus));
const tenfold = values.corpus ? null : generate(`corpus-${sizes.tenfold}`, (p) => writeCorpus(p, sizes.tenfold));
const bases = Object.fromEntries(sizes.bases.map((n) => [n, generate(`base-${n}`, (p) => writeBase(p, n))]));
const big = generate(`article-${sizes.big}`, (p) => {
  mkdirSync(p, { recursive: true });
  writeBigArticle(join(p, "big.md"), sizes.big);
});
const seed = join(root, "examples/lavrov-csto-2023-02-02.md");
const bin = join(root, "bin/claimcheck.js");
const textlint = join(root, "node_modules/textlint/bin/textlint.js");
const textlintrc = join(work, "textlintrc.json");
writeFileSync(textlintrc, JSON.stringify({ rules: { "no-todo": true } }));
const cacheDir = join(work, "cache");

/** Runs a command `n` times; the medians of wall time (s) and of the largest peak RSS (MiB) of its node processes. */
function measure(label, args, { n = runs, env = {}, before } = {}) {
  const walls = [];
  const rsss = [];
  for (let i = 0; i < n; i++) {
    before?.();
    rmSync(rssFile, { force: true });
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, CLAIMCHECK_CACHE_DIR: cacheDir, NO_COLOR: "1", ...env },
      maxBuffer: 1 << 26,
    });
    walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}\n${r.stderr}`);
    const peaks = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n").map(Number) : [0];
    rsss.push(Math.max(...peaks) / 1024);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const m = { label, wall: median(walls), rss: median(rsss), runs: n };
  process.stderr.write(`bench: ${label}: ${m.wall.toFixed(3)} s, ${m.rss.toFixed(0)} MiB\n`);
  return m;
}

const check = (...args) => [bin, "check", "--fail-on", "never", ...args];
const fresh = () => rmSync(cacheDir, { recursive: true, force: true });

// Warm the caches of the bundle's compiled code and of the bundled base.
spawnSync(process.execPath, check(seed), { cwd: root, env: { ...process.env, CLAIMCHECK_CACHE_DIR: cacheDir } });

const m = {};
m.node = measure("node -e 0", ["-e", "0"], { n: Math.max(runs, 11) });
m.start = measure("check the seed example", check(seed), { n: Math.max(runs, 11) });
m.corpus = measure("check the corpus", check(corpus));
m.chrono = measure("chrono-node alone on the corpus", [join(root, "scripts/bench/chrono-alone.mjs"), corpus]);
m.textlint = measure("textlint no-todo on the corpus", [textlint, "--config", textlintrc, "--rules-base-directory", join(root, "node_modules"), corpus]);
if (tenfold) m.tenfold = measure("check 10× the corpus", check(tenfold), { n: Math.max(1, Math.min(runs, 3)) });
const bigName = sizes.big >= 1 << 20 ? `${sizes.big / 2 ** 20} MB` : `${Math.round(sizes.big / 1000)} KB`;
m.big = measure(`check a ${bigName} article`, check(join(big, "big.md")));
const [small, , large] = sizes.bases;
for (const n of sizes.bases) {
  m[`cold${n}`] = measure(`${n}-entry base, cold (empty cache)`, check("-b", bases[n], seed), { n: Math.max(1, Math.min(runs, 3)), before: fresh });
  measure(`${n}-entry base, warming`, check("-b", bases[n], seed), { n: 1 });
  m[`warm${n}`] = measure(`${n}-entry base, warm`, check("-b", bases[n], seed));
}
measure(`corpus with the ${large}-entry base, warming`, check("-b", bases[large], seed), { n: 1 });
m.linkSmall = measure(`corpus with the ${small}-entry base`, check("-b", bases[small], corpus));
m.linkLarge = measure(`corpus with the ${large}-entry base`, check("-b", bases[large], corpus));

const files = (dir) => {
  let bytes = 0;
  let count = 0;
  const walk = (d) => {
    for (const e of spawnSync("find", [d, "-type", "f", "-name", "*.md"], { encoding: "utf8" }).stdout.split("\n").filter(Boolean)) {
      bytes += statSync(e).size;
      count++;
    }
  };
  walk(dir);
  return { bytes, count };
};
const c = files(corpus);

const targets = [
  ["cold start on the seed example", m.start.wall / m.node.wall, 2.0, "× node -e 0"],
  ["corpus vs chrono-node alone", m.corpus.wall / m.chrono.wall, 0.6, "× chrono"],
  ["corpus vs textlint no-todo", m.corpus.wall / m.textlint.wall, 0.6, "× textlint"],
  ...(m.tenfold ? [["10× the corpus", m.tenfold.wall / m.corpus.wall, 11, "× the corpus"]] : []),
  [`${bigName} article`, m.big.wall, 1, "s"],
  [`${large}-entry base, warm`, m[`warm${large}`].wall, 1, "s"],
  [`${large}-entry base, warm, peak RSS`, m[`warm${large}`].rss, 500, "MiB"],
  [`${large}-entry base, cold`, m[`cold${large}`].wall, 8, "s"],
  [`linking, ${large} vs ${small} entries`, m.linkLarge.wall / m.linkSmall.wall, 1.2, "×"],
];

const line = (cells, widths) => cells.map((x, i) => String(x).padEnd(widths[i])).join("  ").trimEnd();
const out = [];
out.push(`claimcheck bench — ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}, ${runs} run(s) per figure (median)`);
out.push(`corpus: ${c.count} articles, ${(c.bytes / 1e6).toFixed(1)} MB${values.corpus ? ` (${values.corpus})` : " (generated)"}`);
out.push("");
const mw = [44, 10, 8];
out.push(line(["measurement", "wall (s)", "RSS (MiB)"], mw));
for (const x of Object.values(m)) out.push(line([x.label, x.wall.toFixed(3), x.rss.toFixed(0)], mw));
out.push("");
const tw = [44, 12, 18, 4];
out.push(line(["target", "measured", "target", quick ? "" : "met"], tw));
let unmet = 0;
for (const [name, value, limit, unit] of targets) {
  const ok = value <= limit;
  if (!ok) unmet++;
  out.push(line([name, `${value.toFixed(unit === "MiB" ? 0 : 2)}`, `≤ ${limit} ${unit}`, quick ? "" : ok ? "yes" : "NO"], tw));
}
if (!quick) out.push("", unmet === 0 ? "every target met" : `${unmet} of ${targets.length} targets not met`);
process.stdout.write(`${out.join("\n")}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ measurements: m, targets: targets.map(([name, value, limit, unit]) => ({ name, value, limit, unit, met: value <= limit })) }, null, 2)}\n`);
