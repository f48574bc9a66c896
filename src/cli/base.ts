/** `base lint`, `base suggest` and `init`. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { formatProblem, UserError } from "../model/errors.js";
import { loadBase } from "../load/base/index.js";
import { resolveInputs } from "../load/inputs.js";
import { INIT_CLAIM, INIT_CONFIG } from "../load/config.js";
import { displayPath } from "../lib/paths.js";
import { createChecker } from "../engine.js";
import { suggestStubs } from "../suggest/index.js";
import { packageRoot, writeAtomically } from "./io.js";
import type { Io } from "./io.js";
import { readDocuments } from "./read.js";
import { cacheWanted, compiledBaseFor } from "./cache.js";
import { basePathsFor, configFor, settingsFor } from "./settings.js";
import type { CommandOptions } from "./settings.js";

export function lint(io: Io, dirs: readonly string[], opts: { config?: string }): number {
  const config = configFor(io, opts.config);
  const loaded = loadBase(basePathsFor(io, dirs, config), io.cwd);
  for (const w of loaded.warnings) io.stderr.write(`${formatProblem(w)}\n`);
  const { base } = loaded;
  const files = new Set(base.entries.map((e) => e.file)).size;
  const n = loaded.warnings.length;
  io.stdout.write(`${base.paths.join(", ")}: ${base.entries.length} ${base.entries.length === 1 ? "entry" : "entries"} in ${files} ${files === 1 ? "file" : "files"}, no errors${n ? `, ${n} warning${n === 1 ? "" : "s"}` : ""}\n`);
  return 0;
}

export async function suggest(io: Io, paths: readonly string[], opts: CommandOptions): Promise<number> {
  const settings = settingsFor(io, { ...opts, format: "human" });
  const base = (await compiledBaseFor(io, settings.basePaths, cacheWanted(io, opts.cache))).compiled;
  const docs = await readDocuments(io, resolveInputs(paths, io.cwd), settings.date);
  const check = createChecker(base, { tolerance: settings.tolerance });
  const text = suggestStubs(docs.map((d) => check(d.doc)));
  if (opts.output !== undefined) writeAtomically(resolve(io.cwd, opts.output), text, io.cwd);
  else io.stdout.write(text);
  return 0;
}

/** `init [dir]`: a .claimcheck.yaml and a claims/ folder with a documented example entry; nothing is overwritten. */
export function init(io: Io, dir: string | undefined): number {
  const target = resolve(io.cwd, dir ?? ".");
  const configPath = join(target, ".claimcheck.yaml");
  const claimsDir = join(target, "claims");
  const examplePath = join(claimsDir, "example.yaml");
  for (const p of [configPath, examplePath]) {
    if (existsSync(p)) throw new UserError(`${displayPath(io.cwd, p)}: already exists; init writes nothing over an existing file`);
  }
  const schema = (name: string, from: string) => relative(from, join(packageRoot, "schemas", name)).split("\\").join("/");
  mkdirSync(claimsDir, { recursive: true });
  writeFileSync(configPath, INIT_CONFIG.replace("https://claimcheck.dev/schemas/config.schema.json", schema("config.schema.json", target)), { flag: "wx" });
  writeFileSync(examplePath, INIT_CLAIM.replace("https://claimcheck.dev/schemas/base.schema.json", schema("base.schema.json", claimsDir)), { flag: "wx" });
  io.stdout.write(`wrote ${displayPath(io.cwd, configPath)} and ${displayPath(io.cwd, examplePath)}\n`);
  return 0;
}
