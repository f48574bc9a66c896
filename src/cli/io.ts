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
  readonly stdin: { readonly isTTY?: boolean; read(): Promise<Uint8Array> };
}

/** The package's own folder (dist/cli/.. or src/cli/..): the bundled base and schemas live there. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string };
  return pkg.version;
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
