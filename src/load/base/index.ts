/**
 * Loads a reference base from folders and files: every `.yaml`/`.yml` file is
 * parsed and validated, every problem in every file is collected, then ids are
 * checked for uniqueness across the whole base.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { Base, Entry } from "../../model/base.js";
import { BaseError, UserError } from "../../model/errors.js";
import type { Problem } from "../../model/errors.js";
import { displayPath } from "../../lib/paths.js";
import { decodeUtf8, LineIndex } from "../text.js";
import { parseYaml, parseYamlFast } from "../yaml.js";
import { entriesOfFile } from "./validate.js";
import { lintEntries } from "./lint.js";

const YAML_EXT = new Set([".yaml", ".yml"]);

export interface LoadedBase {
  readonly base: Base;
  /** Warnings (unknown keys, ...); errors throw a BaseError instead. */
  readonly warnings: readonly Problem[];
}

/** Lists the YAML files of the given base paths, each folder walked recursively in sorted order. */
export function baseFiles(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UserError(`${displayPath(cwd, abs)}: no such reference base (file or folder)`);
    }
    if (st.isDirectory()) walk(abs, add, new Set());
    else add(abs);
  }
  return files;
}

function walk(dir: string, add: (f: string) => void, visited: Set<string>): void {
  const real = resolve(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of names) {
    const full = join(dir, d.name);
    if (d.isDirectory()) walk(full, add, visited);
    else if (d.isFile() && YAML_EXT.has(extname(d.name).toLowerCase())) add(full);
  }
}

/** Parses already-read base files; pure apart from the bytes given. */
export interface BuildOptions {
  /** Read every file with the `yaml` library only (the fast reader gives the same base, faster). */
  readonly strict?: boolean;
}

export function buildBase(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, reportedPaths: readonly string[], options: BuildOptions = {}): LoadedBase {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const firstById = new Map<string, { entry: Entry; line: number; column: number }>();
  for (const { path, bytes } of files) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      const text = new TextDecoder("utf-8").decode(bytes.subarray(0, decoded.offset));
      const at = new LineIndex(text).position(text.length);
      problems.push({ file: path, line: at.line, column: at.column, message: decoded.message, severity: "error" });
      continue;
    }
    // The fast reader for the common shape; the `yaml` library for the rest and for every message.
    const fast = options.strict ? null : parseYamlFast(decoded.text);
    let result = fast ? entriesOfFile(path, fast) : null;
    if (!result || result.problems.length > 0) result = entriesOfFile(path, parseYaml(decoded.text));
    problems.push(...result.problems);
    for (const entry of result.entries) {
      const at = result.idPositions.get(entry) ?? { line: entry.line, column: 1 };
      const first = firstById.get(entry.id);
      if (first) {
        problems.push({
          file: path,
          line: at.line,
          column: at.column,
          message: `duplicate id "${entry.id}" (first defined at ${first.entry.file}:${first.line}:${first.column})`,
          severity: "error",
        });
        continue;
      }
      firstById.set(entry.id, { entry, ...at });
      entries.push(entry);
    }
  }
  problems.push(...lintEntries(entries));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new BaseError(errors);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { base: { paths: reportedPaths, entries }, warnings: problems.filter((p) => p.severity === "warning") };
}

/** Reads and validates a base from disk. Throws BaseError listing every problem. */
export function loadBase(paths: readonly string[], cwd: string): LoadedBase {
  const files = baseFiles(paths, cwd).map((abs) => ({ path: displayPath(cwd, abs), bytes: readFileSync(abs) }));
  if (files.length === 0) throw new UserError(`${paths.map((p) => displayPath(cwd, p)).join(", ")}: no .yaml or .yml files in the reference base`);
  return buildBase(files, paths.map((p) => displayPath(cwd, p)));
}
