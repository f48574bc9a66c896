/**
 * The cache folder: compiled bases (and the bundle's compiled code, written
 * by bin/claimcheck.js). `CLAIMCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/claimcheck`,
 * else `~/.cache/claimcheck` (`%LOCALAPPDATA%\claimcheck\cache` on Windows).
 * Every file is written whole or not at all (a temporary file, then a
 * rename), so concurrent runs never see half a file; a file that cannot be
 * read or written is rebuilt or skipped, never an error: the cache only ever
 * saves time.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { Entry } from "../model/base.js";
import type { CompiledBase } from "../link/alias-index.js";
import { compileBase, phraseKeysOf } from "../link/alias-index.js";
import { assembleBase, buildBase, readBase } from "../load/base/index.js";
import type { BaseFile } from "../load/base/index.js";
import type { Pool } from "./pool.js";
import { readBaseFiles } from "../worker.js";
import { baseKey, readCompiled, writeCompiled } from "../load/base/compiled.js";
import { build } from "./io.js";
import type { Io } from "./io.js";

/** Compiled bases kept in the folder (the most recently used). */
const KEEP = 8;

export function cacheDir(env: Io["env"]): string | null {
  const set = (v: string | undefined) => (v !== undefined && v !== "" ? v : null);
  const explicit = set(env["CLAIMCHECK_CACHE_DIR"]);
  if (explicit) return explicit;
  const xdg = set(env["XDG_CACHE_HOME"]);
  if (xdg) return join(xdg, "claimcheck");
  if (process.platform === "win32" && set(env["LOCALAPPDATA"])) return join(env["LOCALAPPDATA"]!, "claimcheck", "cache");
  const home = set(env["HOME"]) ?? homedir();
  return home ? join(home, ".cache", "claimcheck") : null;
}

/** Is the cache on? Off with --no-cache or CLAIMCHECK_NO_CACHE=1. */
export function cacheWanted(io: Io, option: boolean | undefined): boolean {
  const off = io.env["CLAIMCHECK_NO_CACHE"];
  return option !== false && (off === undefined || off === "" || off === "0");
}

function readCacheFile(path: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  try {
    // Used now: the last to be pruned. (A read-only cache folder is still read.)
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // not ours to touch
  }
  return bytes;
}

/** Writes a cache file whole or not at all; failures are ignored. */
export function writeCacheFile(dir: string, name: string, bytes: Uint8Array): void {
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, bytes, { flag: "wx" });
    renameSync(tmp, join(dir, name));
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** Removes the compiled bases beyond the KEEP most recently used. */
function prune(dir: string): void {
  try {
    const files = readdirSync(dir)
      .filter((f) => /^base-[0-9a-f]{64}\.bin$/.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t || (a.f < b.f ? -1 : 1));
    for (const { f } of files.slice(KEEP)) unlinkSync(join(dir, f));
  } catch {
    // another run is pruning too, or the folder is gone: nothing to do
  }
}

/** A compiled base, with its cache key and its bytes (for workers). */
export interface BaseForRun {
  readonly compiled: CompiledBase;
  readonly key: string;
  /** The compiled base as bytes (read from the cache, or written on demand). */
  bytes(): Buffer;
}

/** A base this large (bytes of YAML) is read by the workers of the pool, when there is one. */
const PARALLEL_BASE = 1 << 20;

/**
 * The compiled base of these paths: from the cache when a file of the same
 * content is there and sound, otherwise read, validated and compiled (and
 * stored, when the cache is on). A base with errors throws BaseError and is
 * never stored. A large base is read by the pool's workers, file by file.
 */
export async function compiledBaseFor(io: Io, paths: readonly string[], cache: boolean, pool: () => Pool | null = () => null): Promise<BaseForRun> {
  const source = readBase(paths, io.cwd);
  const dir = cache ? cacheDir(io.env) : null;
  const key = baseKey(source.files, source.reportedPaths, build());
  const name = `base-${key}.bin`;
  if (dir) {
    const bytes = readCacheFile(join(dir, name));
    const compiled = bytes ? readCompiled(bytes, key) : null;
    if (compiled) return { compiled, key, bytes: () => bytes! };
  }
  const size = source.files.reduce((n, f) => n + f.bytes.length, 0);
  const workers = size >= PARALLEL_BASE && source.files.length >= 2 ? pool() : null;
  let compiled: CompiledBase;
  if (workers) {
    const parts = await workers.all<Array<{ file: BaseFile; keys: ReturnType<typeof phraseKeysOf>[] }>>(
      split(source.files, workers.threads).map((files) => ({ kind: "base-files", files, options: {} })),
      (r) => (r.kind === "base-files" ? readBaseFiles(r.files, r.options) : []),
    );
    const read = parts.flat();
    const keys = new Map<Entry, ReturnType<typeof phraseKeysOf>>();
    for (const r of read) r.file.entries.forEach((e, i) => keys.set(e, r.keys[i]!));
    const { base } = assembleBase(
      read.map((r) => r.file),
      source.reportedPaths,
      (e) => keys.get(e)?.names ?? phraseKeysOf(e).names,
    );
    compiled = compileBase(base, (e) => keys.get(e) ?? phraseKeysOf(e));
  } else {
    compiled = compileBase(buildBase(source.files, source.reportedPaths).base);
  }
  let bytes: Buffer | null = null;
  const bytesOf = () => (bytes ??= writeCompiled(compiled, key));
  if (dir) {
    writeCacheFile(dir, name, bytesOf());
    prune(dir);
  }
  return { compiled, key, bytes: bytesOf };
}

/** Files in `n` runs of about the same size, in order. */
function split<T extends { bytes: Uint8Array }>(files: readonly T[], n: number): T[][] {
  const total = files.reduce((s, f) => s + f.bytes.length, 0);
  const parts: T[][] = [[]];
  let size = 0;
  for (const f of files) {
    if (size >= (total / n) * parts.length && parts.length < n) parts.push([]);
    parts[parts.length - 1]!.push(f);
    size += f.bytes.length;
  }
  return parts.filter((p) => p.length > 0);
}
