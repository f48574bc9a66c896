/** What the shell is given by the process, so that everything else can be run in tests without one. */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { UserError } from "../model/errors.js";
import { displayPath } from "../lib/paths.js";

export interface Stream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface Io {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** `read(limit)` may stop once it holds more than `limit` bytes. */
  readonly stdin: { readonly isTTY?: boolean; read(limit?: number): Promise<Uint8Array> };
}

/**
 * The package's own folder, where the bundled base and the schemas live: the
 * nearest folder above this module with claimcheck's package.json (this
 * module may be src/cli/io.ts, dist/cli/io.js or the bundle dist/claimcheck.mjs).
 */
function findPackage(): { root: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "claimcheck") return { root: dir, version: pkg.version ?? "0.0.0" };
    } catch {
      // not here: look higher
    }
    dir = resolve(dir, "..");
  }
  return { root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."), version: "0.0.0" };
}

const found = findPackage();
export const packageRoot = found.root;

export function version(): string {
  return found.version;
}

/** Set by scripts/build.mjs in the bundle: a fingerprint of its code. */
declare const __CLAIMCHECK_BUILD__: string | undefined;

/** The version and, in the bundle, the build: what a cached compiled base must have been made by. */
export function build(): string {
  return typeof __CLAIMCHECK_BUILD__ === "string" ? `${found.version}+${__CLAIMCHECK_BUILD__}` : found.version;
}

/** Writes a whole file or nothing: a temporary file in the same folder, then a rename. */
export function writeAtomically(path: string, text: string, cwd: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: "wx" });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new UserError(`${displayPath(cwd, path)}: cannot write (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
}
