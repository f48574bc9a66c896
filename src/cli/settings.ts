/**
 * The settings of a run: command-line options first, then the config file
 * (.claimcheck.yaml, found from the working directory upward, or --config),
 * then the defaults. Validated here, so a mistake is one line and exit 2.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { UserError } from "../model/errors.js";
import { parseIso } from "../lib/isodate.js";
import { findConfig, loadConfig } from "../load/config.js";
import type { Config } from "../load/config.js";
import { FORMATTERS, isFormatName, PLANNED_FORMATS } from "../report/index.js";
import type { FailOn } from "../report/index.js";
import { packageRoot } from "./io.js";
import type { Io } from "./io.js";

export interface CommandOptions {
  config?: string;
  base?: string[];
  date?: string;
  format?: string;
  output?: string;
  failOn?: string;
  tolerance?: string;
  color?: boolean;
  explain?: boolean;
  fix?: boolean;
  quiet?: boolean;
  baseline?: string;
  writeBaseline?: string;
  debug?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
  jobs?: string;
  shard?: string;
  maxFileSize?: string;
}

export interface Settings {
  readonly config: Config | null;
  readonly basePaths: readonly string[];
  readonly format: keyof typeof FORMATTERS;
  readonly failOn: FailOn;
  readonly tolerance: number;
  readonly date: string | null;
}

const FAIL_ON = ["contradicted", "unverified", "never"] as const;

export function configFor(io: Io, explicit: string | undefined): Config | null {
  const path = findConfig(io.cwd, explicit);
  if (path === null) return null;
  if (explicit !== undefined && !existsSync(path)) throw new UserError(`${explicit}: no such config file`);
  return loadConfig(path, io.cwd);
}

/** Base resolution (CONTRACT §1): --base, the config's base, ./claims in the working directory, the bundled base. */
export function basePathsFor(io: Io, given: readonly string[] | undefined, config: Config | null): string[] {
  if (given && given.length > 0) return [...given];
  if (config?.base && config.base.length > 0) return [...config.base];
  const local = resolve(io.cwd, "claims");
  if (existsSync(local)) return [local];
  return [join(packageRoot, "claims")];
}

export function settingsFor(io: Io, opts: CommandOptions): Settings {
  const config = configFor(io, opts.config);
  const format = opts.format ?? config?.format ?? "human";
  if (!isFormatName(format)) {
    const from = opts.format !== undefined ? "--format" : `${config?.file}: format`;
    const available = Object.keys(FORMATTERS).join(", ");
    if ((PLANNED_FORMATS as readonly string[]).includes(format)) throw new UserError(`${from} ${format} is not available in this version (available: ${available})`);
    throw new UserError(`${from} ${format}: unknown format (available: ${available})`);
  }
  const failOn = opts.failOn ?? config?.failOn ?? "contradicted";
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UserError(`--fail-on ${failOn}: expected contradicted, unverified or never`);
  if (opts.date !== undefined) {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(opts.date) ? parseIso(opts.date) : null;
    if (!d) throw new UserError(`--date ${opts.date}: expected a calendar date YYYY-MM-DD`);
  }
  let tolerance = config?.tolerance ?? 0.1;
  if (opts.tolerance !== undefined) {
    tolerance = Number(opts.tolerance);
    if (opts.tolerance.trim() === "" || !Number.isFinite(tolerance) || tolerance < 0 || tolerance >= 1) {
      throw new UserError(`--tolerance ${opts.tolerance}: expected a fraction between 0 and 1, such as 0.1`);
    }
  }
  return { config, basePaths: basePathsFor(io, opts.base, config), format, failOn: failOn as FailOn, tolerance, date: opts.date ?? null };
}
