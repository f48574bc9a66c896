/**
 * The shell: the command line (commander), turned into calls of the commands
 * in src/cli/, and every outcome turned into an exit status. Only the shell
 * (this file, src/cli/ and bin/) touches the process, the terminal, the
 * file system for writing, and exit codes; it never calls process.exit.
 */
import { Command, CommanderError, Option } from "commander";
import { UserError } from "./model/errors.js";
import { version } from "./cli/io.js";
import type { Io } from "./cli/io.js";
import { runReport } from "./cli/check.js";
import { init, lint, suggest } from "./cli/base.js";
import { merge } from "./cli/merge.js";
import type { CommandOptions } from "./cli/settings.js";

export type { Io, Stream } from "./cli/io.js";
export { exitCodeFor } from "./cli/check.js";
export { colorWanted } from "./cli/terminal.js";
export { version };

const FORMATS = "human, json, diff, sarif, junit, github or line";
const collect = (v: string, prev: string[] = []) => [...prev, v];

export async function run(io: Io): Promise<number> {
  let exit = 0;
  const program = new Command("claimcheck")
    .description("Check the counts, dates and treaty references of news articles against a YAML reference base.")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `claimcheck: ${s}` : s),
    })
    .showSuggestionAfterError(true);

  const common = (cmd: Command) =>
    cmd
      .option("-c, --config <file>", "config file (default: .claimcheck.yaml from here upward)")
      .option("-b, --base <path>", "reference base folder or YAML file (repeatable)", collect)
      .option("-d, --date <YYYY-MM-DD>", "publication date of the input (overrides metadata)")
      .option("-o, --output <file>", "write the output to a file (all or nothing) instead of stdout")
      .option("--no-cache", "read the base from its YAML files, without the compiled-base cache")
      .option("-j, --jobs <n>", "threads for large runs (default: the available cores, at most 8; 1 = no workers)")
      .option("--debug", "print a stack trace for internal errors");
  const reporting = (cmd: Command) =>
    common(cmd)
      .argument("[paths...]", "files, directories or globs; - (or nothing, when piped) reads stdin")
      .option("-f, --format <name>", `report format: ${FORMATS} (default human)`)
      .option("--no-color", "never colour the output")
      .option("--explain", "show each claim's trail: extractor, value, link, candidates, rule")
      .option("-q, --quiet", "human format: print only the claims that fail the run")
      .option("--max-file-size <size>", "refuse articles larger than this, from their size, before reading (default 16M)")
      .option("--shard <i/n>", "check only part i of n of the inputs (split by path hash), for CI matrices; see merge");

  reporting(program.command("check").description("extract the claims, link them to the base and give each a verdict"))
    .addOption(new Option("--fail-on <level>", "lowest verdict that makes the exit status 1 (default contradicted)").choices(["contradicted", "unverified", "never"]))
    .option("--tolerance <fraction>", "tolerance of about/nearly, as a fraction (default 0.1)")
    .option("--fix", "write the corrections the base gives into the files (stdin: the corrected text to stdout)")
    .option("--baseline <file>", "fail only on findings that are not in this baseline")
    .option("--write-baseline <file>", "record the current findings in a baseline file")
    .action(async (paths: string[], opts: CommandOptions) => {
      exit = await runReport(io, "check", paths, opts);
    });
  reporting(program.command("extract").description("list the claims found, without verifying them")).action(async (paths: string[], opts: CommandOptions) => {
    exit = await runReport(io, "extract", paths, opts);
  });
  const baseCmd = program.command("base").description("work with a reference base");
  baseCmd
    .command("lint")
    .description("validate a reference base; every problem as file:line:column (warnings exit 0, errors 2)")
    .argument("[dirs...]", "base folders or files (default: as for check)")
    .option("-c, --config <file>", "config file (default: .claimcheck.yaml from here upward)")
    .action((dirs: string[], opts: { config?: string }) => {
      exit = lint(io, dirs, opts);
    });
  common(baseCmd.command("suggest").description("YAML stubs, in the base format, for the claims that came out unverified"))
    .argument("<paths...>", "articles: files, directories or globs; - reads stdin")
    .action(async (paths: string[], opts: CommandOptions) => {
      exit = await suggest(io, paths, opts);
    });
  program
    .command("merge")
    .description("merge JSON reports of shards (--shard i/n) into one report, with the exit status of one run")
    .argument("<reports...>", "JSON reports written by check -f json (or extract -f json)")
    .option("-o, --output <file>", "write the merged report to a file (all or nothing) instead of stdout")
    .addOption(new Option("--fail-on <level>", "lowest verdict that makes the exit status 1 (default contradicted)").choices(["contradicted", "unverified", "never"]))
    .option("-c, --config <file>", "config file (for fail-on; default: .claimcheck.yaml from here upward)")
    .action((reports: string[], opts: { output?: string; failOn?: string; config?: string }) => {
      exit = merge(io, reports, opts);
    });
  program
    .command("init")
    .description("write a .claimcheck.yaml and a claims/ folder with a documented example entry")
    .argument("[dir]", "where to write them (default: here)")
    .action((dir: string | undefined) => {
      exit = init(io, dir);
    });

  try {
    if (io.argv.length === 0) {
      io.stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync([...io.argv], { from: "user" });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : 2;
    }
    if (e instanceof UserError) {
      for (const line of e.lines) io.stderr.write(`${/^claimcheck:|^[^\s:]+:\d+:\d+: /.test(line) ? line : `claimcheck: ${line}`}\n`);
      return 2;
    }
    io.stderr.write(`claimcheck: this is a bug in claimcheck ${version()}: ${e instanceof Error ? e.message : String(e)}\n`);
    if (io.argv.includes("--debug") && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
