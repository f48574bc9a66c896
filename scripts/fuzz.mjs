#!/usr/bin/env node
// npm run fuzz -- [--seconds N] [--seed S] [--out DIR]
//
// Mutation fuzzing of the example articles and bases, in process, for a bounded
// time: bytes flipped, inserted, deleted, repeated and spliced, with a
// dictionary of Markdown, HTML, YAML and Unicode pieces. An article must load
// (or be refused with a message), check, and come out of every formatter, the
// JSON and SARIF ones as valid JSON; a base must load or be refused with a
// BaseError / UserError, each in under two seconds. Anything else is a crash: its input is written to
// --out (default fuzz-crashes/) and the run exits 1. Deterministic for a seed.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScriptArgs } from "./args.mjs";
import { documentFromBytes } from "../dist/load/source.js";
import { buildBase } from "../dist/load/base/index.js";
import { createChecker } from "../dist/engine.js";
import { BaseError, UserError } from "../dist/model/errors.js";
import { buildReport, FORMATTERS, reportFile } from "../dist/report/index.js";
import { rng } from "./bench/generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseScriptArgs(
  { options: { seconds: { type: "string", default: "60" }, seed: { type: "string", default: "1" }, out: { type: "string", default: "fuzz-crashes" } } },
  "npm run fuzz -- [--seconds N] [--seed N] [--out DIR]",
);
const seconds = Number(values.seconds);
const r = rng(Number(values.seed));

const list = (dir, exts) => readdirSync(join(root, dir)).filter((f) => exts.includes(extname(f))).map((f) => join(root, dir, f));
const articles = [...list("examples", [".md"]), ...list("eval/dev/articles", [".md", ".txt", ".html"]).slice(0, 8)].map((p) => ({ path: p, bytes: readFileSync(p) }));
const bases = [...list("claims", [".yaml"]), ...list("eval/bench/base", [".yaml"]).slice(0, 8)].map((p) => ({ path: p, bytes: readFileSync(p) }));
const goodBase = buildBase(bases.slice(0, list("claims", [".yaml"]).length).map((b) => ({ path: b.path, bytes: b.bytes })), ["claims"]).base;
const check = createChecker(goodBase);

const DICTIONARY = [
  "\n", "\r\n", "\r", "\t", " ", "---\n", "# ", "* ", "> ", "```", "`", "[", "](", ")", "![", "<!--", "-->", "<title>", "</title>", "<p>", "</p>", "<a href=\"",
  "&amp;", "&#x1F600;", "&#0;", "<script>", "]]>", "<![CDATA[", "- ", ": ", "&a ", "*a", "!!str ", "<<: ", "%YAML 1.1\n", "{", "}", ",", "'", "\"", "? ",
  "\u0000", "\u001b[31m", "\u202e", "\u2028", "\ufeff", "é", "日本", "😀", "\ud800", "1,000", "1.2 million", "about", "killed", "on Monday", "in 1991",
  "September last year", "the Alma-Ata Declaration of 1991", "constructor", "__proto__", "toString", "prototype", "<!-- claimcheck-disable -->", "<!-- claimcheck-enable -->", "published: 2023-02-02\n",
].map((s) => Buffer.from(s, "utf8"));

const pick = (xs) => xs[Math.floor(r() * xs.length)];
function mutate(bytes, other) {
  let b = Buffer.from(bytes);
  for (let k = 1 + Math.floor(r() * 4); k > 0; k--) {
    const at = Math.floor(r() * (b.length + 1));
    const op = r();
    if (op < 0.2 && b.length > 0) b[Math.min(at, b.length - 1)] ^= 1 << Math.floor(r() * 8);
    else if (op < 0.45) b = Buffer.concat([b.subarray(0, at), pick(DICTIONARY), b.subarray(at)]);
    else if (op < 0.6) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(r() * 64)))]);
    else if (op < 0.75) {
      const len = Math.floor(r() * 200);
      b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + len), b.subarray(at, at + len), b.subarray(at + len)]);
    } else if (op < 0.85) {
      const from = Math.floor(r() * other.length);
      b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + Math.floor(r() * 400)), b.subarray(at)]);
    } else b = Buffer.concat([b.subarray(0, at), Buffer.from([Math.floor(r() * 256)]), b.subarray(at)]);
  }
  return b;
}

function runArticle(path, bytes) {
  const loaded = documentFromBytes(path, bytes, {});
  if (!loaded.ok) {
    if (typeof loaded.message !== "string" || loaded.message.includes("\n")) throw new Error("a load error is not one line");
    return;
  }
  const r = check(loaded.doc);
  const report = buildReport("check", "0", goodBase, [reportFile(r.doc, r.findings.map((f) => f.claim), r.findings, r.inconsistencies)]);
  for (const [name, format] of Object.entries(FORMATTERS)) {
    const out = format(report, { explain: true });
    if (name === "json" || name === "sarif") JSON.parse(out);
  }
}

function runBase(path, bytes) {
  try {
    buildBase([{ path, bytes }], ["claims"]);
  } catch (e) {
    if (!(e instanceof BaseError || e instanceof UserError)) throw e;
  }
}

const SLOW_MS = 2000;
const crashes = [];
const end = Date.now() + seconds * 1000;
let runs = 0;
while (Date.now() < end) {
  const isBase = r() < 0.35;
  const seed = pick(isBase ? bases : articles);
  const bytes = mutate(seed.bytes, pick(isBase ? bases : articles).bytes);
  const ext = extname(seed.path);
  const started = performance.now();
  try {
    (isBase ? runBase : runArticle)(`input${ext}`, bytes);
    const ms = performance.now() - started;
    // Inputs are at most a few hundred KB: anything this slow is super-linear somewhere.
    if (ms > SLOW_MS) throw new Error(`took ${Math.round(ms)} ms (limit ${SLOW_MS} ms)`);
  } catch (e) {
    const id = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `${id}${ext}`), bytes);
    crashes.push(`${id}${ext}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  runs++;
}
process.stdout.write(`fuzz: ${runs} inputs in ${seconds} s (seed ${values.seed}), ${crashes.length} crash${crashes.length === 1 ? "" : "es"}\n`);
for (const c of crashes.slice(0, 10)) process.stdout.write(`${c}\n\n`);
process.exitCode = crashes.length > 0 ? 1 : 0;
