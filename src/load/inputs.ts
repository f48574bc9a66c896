/**
 * Which articles a run reads: files, directories (walked for article
 * extensions), globs, and `-` for standard input. Each file once, sorted by
 * the path shown in reports.
 */
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { globSync } from "tinyglobby";
import { UserError } from "../model/errors.js";
import { displayPath } from "../lib/paths.js";

export const ARTICLE_EXTENSIONS = ["txt", "md", "markdown", "html", "htm"] as const;
export const STDIN_PATH = "<stdin>";

export interface Input {
  /** Path as shown in reports (relative to the working directory), or `<stdin>`. */
  readonly path: string;
  /** Absolute path on disk; null for stdin. */
  readonly abs: string | null;
  /** Named on the command line (an error stops the run) rather than found by a walk or a glob (skipped with a note). */
  readonly named: boolean;
}

const IGNORED = ["**/node_modules/**", "**/.git/**"];

function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

export function resolveInputs(args: readonly string[], cwd: string): Input[] {
  const out = new Map<string, Input>();
  const add = (abs: string, named: boolean) => {
    let key = abs;
    try {
      key = realpathSync(abs);
    } catch {
      // keep the path as given; reading it will report the problem
    }
    if (!out.has(key)) out.set(key, { path: displayPath(cwd, abs), abs, named });
  };
  let stdin = false;
  for (const arg of args) {
    if (arg === "-") {
      stdin = true;
      continue;
    }
    const abs = isAbsolute(arg) ? arg : resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const found = globSync([`**/*.{${ARTICLE_EXTENSIONS.join(",")}}`], { cwd: abs, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: IGNORED, caseSensitiveMatch: false });
      for (const f of found) add(f, false);
    } else if (st) {
      add(abs, true);
    } else if (isGlob(arg)) {
      const found = globSync([arg], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: IGNORED });
      if (found.length === 0) throw new UserError(`${arg}: no files match this pattern`);
      for (const f of found) add(f, false);
    } else {
      throw new UserError(`${displayPath(cwd, abs)}: no such file or directory`);
    }
  }
  const files = [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return stdin ? [{ path: STDIN_PATH, abs: null, named: true }, ...files] : files;
}
