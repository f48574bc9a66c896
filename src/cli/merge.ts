/** `claimcheck merge`: JSON reports of shards into one report, with the exit status of CONTRACT §1. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UserError } from "../model/errors.js";
import { LineIndex } from "../load/text.js";
import { asReport, formatMerged, mergedExitCode, mergeReports } from "../report/merge.js";
import type { FailOn } from "../report/model.js";
import { writeAtomically } from "./io.js";
import type { Io } from "./io.js";
import { configFor } from "./settings.js";

export function merge(io: Io, paths: readonly string[], opts: { output?: string; failOn?: string; config?: string }): number {
  const failOn = opts.failOn ?? configFor(io, opts.config)?.failOn ?? "contradicted";
  const reports = paths.map((name) => {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, name), "utf8");
    } catch (e) {
      throw new UserError(`${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const at = /position (\d+)/.exec((e as Error).message);
      const pos = new LineIndex(text).position(at ? Number(at[1]) : text.length);
      throw new UserError(`${name}:${pos.line}:${pos.column}: invalid JSON (${(e as Error).message.split("\n")[0]})`);
    }
    return { name, report: asReport(name, value) };
  });
  const merged = mergeReports(reports);
  const text = formatMerged(merged);
  if (opts.output !== undefined) writeAtomically(resolve(io.cwd, opts.output), text, io.cwd);
  else io.stdout.write(text);
  return mergedExitCode(merged, failOn as FailOn);
}
