#!/usr/bin/env node
// The binary: runs the bundled CLI (dist/claimcheck.cjs, see scripts/build.mjs).
// V8's compiled code for the bundle is kept in claimcheck's cache folder (see
// src/cli/cache.ts), keyed by the bundle's content and the Node.js version, so
// later runs skip compiling it; the cache is a file written whole or not at
// all, and a missing, stale or damaged one only costs the compile.
// CommonJS (bin/package.json), so that starting needs no ES module loader.
"use strict";
// Regular expressions (chrono-node's above all) are compiled to machine code at
// their first use instead of being interpreted first and compiled a second time
// when they turn out to be hot: about 15-20 ms less on a one-article run, the
// same on a corpus (npm run bench). The results of a match do not change.
require("node:v8").setFlagsFromString("--no-regexp-tier-up");
const { createHash, randomBytes } = require("node:crypto");
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require("node:fs");
const { createRequire, Module } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const bundle = join(__dirname, "../dist/claimcheck.cjs");
const source = readFileSync(bundle, "utf8");

function cacheDir() {
  const env = process.env;
  const set = (v) => (v !== undefined && v !== "" ? v : null);
  const off = env.CLAIMCHECK_NO_CACHE;
  if ((off !== undefined && off !== "" && off !== "0") || process.argv.includes("--no-cache")) return null;
  if (set(env.CLAIMCHECK_CACHE_DIR)) return env.CLAIMCHECK_CACHE_DIR;
  if (set(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "claimcheck");
  if (process.platform === "win32" && set(env.LOCALAPPDATA)) return join(env.LOCALAPPDATA, "claimcheck", "cache");
  const home = set(env.HOME) ?? require("node:os").homedir();
  return home ? join(home, ".cache", "claimcheck") : null;
}

const dir = cacheDir();
const key = createHash("sha256").update(`${process.version} ${process.arch} ${process.execArgv.join(" ")}\0`).update(source).digest("hex").slice(0, 32);
const codeFile = dir ? join(dir, `code-${key}.bin`) : null;
// The file is a SHA-1 of the code cache, then the code cache: V8 does not checksum it in release builds.
const digest = (data) => createHash("sha1").update(data).digest();
let cachedData;
try {
  if (codeFile) {
    const file = readFileSync(codeFile);
    const data = file.subarray(20);
    if (file.length > 20 && digest(data).equals(file.subarray(0, 20))) cachedData = data;
  }
} catch {
  // first run with this bundle: compile
}
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));

if (codeFile && (cachedData === undefined || script.cachedDataRejected)) {
  // At exit the code of every function this run used is compiled: keep it all.
  process.once("exit", () => {
    const tmp = `${codeFile}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      const data = script.createCachedData();
      writeFileSync(tmp, Buffer.concat([digest(data), data]), { flag: "wx" });
      renameSync(tmp, codeFile);
      // Keep the code of the 4 most recent bundles (or Node.js versions).
      const old = readdirSync(dir)
        .filter((f) => /^code-[0-9a-f]{32}\.bin$/.test(f))
        .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
        .sort((a, b) => b.t - a.t);
      for (const { f } of old.slice(4)) unlinkSync(join(dir, f));
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  });
}

loaded.exports.main();
