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

export interface BuildOptions {
  /** Read every file with the `yaml` library only (the fast reader gives the same base, faster). */
  readonly strict?: boolean;
}

/** One file of a base, read: its entries, its problems, where each entry's id is written. */
export interface BaseFile {
  readonly path: string;
  readonly entries: readonly Entry[];
  readonly problems: readonly Problem[];
  /** Position of each entry's id, in entry order. */
  readonly idPositions: ReadonlyArray<{ line: number; column: number }>;
}

/** Reads one file of a base: decoding, YAML, validation of each entry. Pure apart from the bytes given. */
export function readBaseFile(path: string, bytes: Uint8Array, options: BuildOptions = {}): BaseFile {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const text = new TextDecoder("utf-8").decode(bytes.subarray(0, decoded.offset));
    const at = new LineIndex(text).position(text.length);
    return { path, entries: [], problems: [{ file: path, line: at.line, column: at.column, message: decoded.message, severity: "error" }], idPositions: [] };
  }
  // The fast reader for the common shape; the `yaml` library for the rest and for every message.
  const fast = options.strict ? null : parseYamlFast(decoded.text);
  let result = fast ? entriesOfFile(path, fast) : null;
  if (!result || result.problems.length > 0) result = entriesOfFile(path, parseYaml(decoded.text));
  const positions = result.idPositions;
  return { path, entries: result.entries, problems: result.problems, idPositions: result.entries.map((e) => positions.get(e) ?? { line: e.line, column: 1 }) };
}

/** A base from its files, read: ids unique across files, then the checks across entries (`nameKeysOf`: see lintEntries). */
export function assembleBase(files: readonly BaseFile[], reportedPaths: readonly string[], nameKeysOf?: (e: Entry) => readonly string[]): LoadedBase {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const firstById = new Map<string, { entry: Entry; line: number; column: number }>();
  for (const file of files) {
    problems.push(...file.problems);
    file.entries.forEach((entry, i) => {
      const at = file.idPositions[i]!;
      const first = firstById.get(entry.id);
      if (first) {
        problems.push({
          file: file.path,
          line: at.line,
          column: at.column,
          message: `duplicate id "${entry.id}" (first defined at ${first.entry.file}:${first.line}:${first.column})`,
          severity: "error",
        });
        return;
      }
      firstById.set(entry.id, { entry, ...at });
      entries.push(entry);
    });
  }
  problems.push(...lintEntries(entries, nameKeysOf));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new BaseError(errors);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { base: { paths: reportedPaths, entries }, warnings: problems.filter((p) => p.severity === "warning") };
}

/** Parses already-read base files; pure apart from the bytes given. */
export function buildBase(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, reportedPaths: readonly string[], options: BuildOptions = {}): LoadedBase {
  return assembleBase(
    files.map((f) => readBaseFile(f.path, f.bytes, options)),
    reportedPaths,
  );
}

export interface BaseSource {
  /** Every file of the base, path as reported (relative to the working directory) and bytes. */
  readonly files: ReadonlyArray<{ path: string; bytes: Uint8Array }>;
  /** The paths the base was asked for, as reported. */
  readonly reportedPaths: readonly string[];
}

/** Reads the files of a base. */
export function readBase(paths: readonly string[], cwd: string): BaseSource {
  const files = baseFiles(paths, cwd).map((abs) => ({ path: displayPath(cwd, abs), bytes: readFileSync(abs) }));
  if (files.length === 0) throw new UserError(`${paths.map((p) => displayPath(cwd, p)).join(", ")}: no .yaml or .yml files in the reference base`);
  return { files, reportedPaths: paths.map((p) => displayPath(cwd, p)) };
}

/** Reads and validates a base from disk. Throws BaseError listing every problem. */
export function loadBase(paths: readonly string[], cwd: string, options: BuildOptions = {}): LoadedBase {
  const source = readBase(paths, cwd);
  return buildBase(source.files, source.reportedPaths, options);
}
