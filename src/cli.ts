/**
 * The shell: parses the command line, reads files and stdin, decides colour and
 * spinners, writes the report and returns the exit code. Everything it computes
 * is done by the core (engine, load, report); only this module and bin/ touch
 * the process, the terminal and exit codes.
 */
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import type { ArticleDocument } from "./model/document.js";
import { UserError, formatProblem } from "./model/errors.js";
import type { Base } from "./model/base.js";
import { parseIso } from "./lib/isodate.js";
import { displayPath } from "./lib/paths.js";
import { loadBase } from "./load/base/index.js";
import { resolveInputs, STDIN_PATH } from "./load/inputs.js";
import type { Input } from "./load/inputs.js";
import { documentFromBytes } from "./load/source.js";
import { createChecker, extractDocuments } from "./engine.js";
import { suggestStubs } from "./suggest/index.js";
import { buildReport, fails, FORMATTERS, isFormatName, PLANNED_FORMATS, reportFile } from "./report/index.js";
import type { Report } from "./report/index.js";

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

const FAIL_ON = ["contradicted", "unverified", "never"] as const;
type FailOn = (typeof FAIL_ON)[number];

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, "..");

export function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** Exit code rules of CONTRACT §1 (suppressed findings never fail a run). */
export function exitCodeFor(report: Report): 0 | 1 {
  return report.files.some((f) => f.items.some((i) => fails(i, report.failOn))) ? 1 : 0;
}

interface RunOptions {
  base?: string[];
  date?: string;
  format: string;
  output?: string;
  failOn: string;
  tolerance?: string;
  color?: boolean;
  explain?: boolean;
  debug?: boolean;
}

export async function run(io: Io): Promise<number> {
  let exit = 0;
  const err = (line: string) => io.stderr.write(`${line}\n`);
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

  const reportOptions = (cmd: Command) =>
    cmd
      .argument("[paths...]", "files, directories or globs; - (or nothing, when piped) reads stdin")
      .option("-b, --base <path>", "reference base folder or YAML file (repeatable)", (v: string, prev: string[] = []) => [...prev, v])
      .option("-d, --date <YYYY-MM-DD>", "publication date of the input (overrides metadata)")
      .addOption(new Option("-f, --format <name>", "report format").default("human").argParser((v) => v))
      .option("-o, --output <file>", "write the report to a file instead of stdout")
      .option("--no-color", "never colour the output")
      .option("--explain", "show each claim's trail: extractor, value, link, candidates, rule")
      .option("--debug", "print a stack trace for internal errors");

  const checkCmd = reportOptions(program.command("check").description("extract the claims, link them to the base and give each a verdict"))
    .addOption(new Option("--fail-on <level>", "lowest verdict that makes the exit status 1").choices(FAIL_ON).default("contradicted"))
    .option("--tolerance <fraction>", "tolerance of about/nearly, as a fraction", "0.1")
    .action(async (paths: string[], opts: RunOptions) => {
      exit = await report(io, "check", paths, opts);
    });
  const extractCmd = reportOptions(program.command("extract").description("list the claims found, without verifying them")).action(async (paths: string[], opts: RunOptions) => {
    exit = await report(io, "extract", paths, opts);
  });
  const baseCmd = program.command("base").description("work with a reference base");
  baseCmd
    .command("lint")
    .description("validate a reference base; every problem as file:line:column")
    .argument("[dirs...]", "base folders or files (default: as for check)")
    .action((dirs: string[]) => {
      exit = lint(io, dirs);
    });
  baseCmd
    .command("suggest")
    .description("YAML stubs, in the base format, for the claims that came out unverified")
    .argument("<paths...>", "articles: files, directories or globs; - reads stdin")
    .option("-b, --base <path>", "reference base folder or YAML file (repeatable)", (v: string, prev: string[] = []) => [...prev, v])
    .option("-d, --date <YYYY-MM-DD>", "publication date of the input (overrides metadata)")
    .option("-o, --output <file>", "write the stubs to a file instead of stdout")
    .action(async (paths: string[], opts: { base?: string[]; date?: string; output?: string }) => {
      exit = await suggest(io, paths, opts);
    });
  void checkCmd;
  void extractCmd;

  try {
    if (io.argv.length === 0) {
      io.stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync([...io.argv], { from: "user" });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    if (e instanceof UserError) {
      for (const line of e.lines) err(line.startsWith("claimcheck:") || /^[^\s:]+:\d+:\d+: /.test(line) ? line : `claimcheck: ${line}`);
      return 2;
    }
    const debug = io.argv.includes("--debug");
    err(`claimcheck: this is a bug in claimcheck ${version()}: ${e instanceof Error ? e.message : String(e)}`);
    if (debug && e instanceof Error && e.stack) err(e.stack);
    return 2;
  }
}

/** Base resolution (CONTRACT §1): --base, else ./claims in the working directory, else the bundled base. */
function resolveBasePaths(io: Io, given: readonly string[] | undefined): string[] {
  if (given && given.length > 0) return [...given];
  const local = resolve(io.cwd, "claims");
  if (existsSync(local)) return [local];
  return [join(packageRoot, "claims")];
}

function loadBaseFor(io: Io, given: readonly string[] | undefined): { base: Base; warnings: string[] } {
  const paths = resolveBasePaths(io, given);
  const loaded = loadBase(paths, io.cwd);
  return { base: loaded.base, warnings: loaded.warnings.map(formatProblem) };
}

function lint(io: Io, dirs: readonly string[]): number {
  const { base, warnings } = loadBaseFor(io, dirs);
  for (const w of warnings) io.stderr.write(`${w}\n`);
  const files = new Set(base.entries.map((e) => e.file)).size;
  io.stdout.write(`${base.paths.join(", ")}: ${base.entries.length} ${base.entries.length === 1 ? "entry" : "entries"} in ${files} ${files === 1 ? "file" : "files"}, no errors${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""}\n`);
  return 0;
}

function validateOptions(opts: RunOptions): { format: keyof typeof FORMATTERS; tolerance: number } {
  if (!isFormatName(opts.format)) {
    if ((PLANNED_FORMATS as readonly string[]).includes(opts.format)) {
      throw new UserError(`--format ${opts.format} is not available in this version (available: ${Object.keys(FORMATTERS).join(", ")})`);
    }
    throw new UserError(`--format ${opts.format}: unknown format (available: ${Object.keys(FORMATTERS).join(", ")})`);
  }
  if (opts.date !== undefined) {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(opts.date) ? parseIso(opts.date) : null;
    if (!d) throw new UserError(`--date ${opts.date}: expected a calendar date YYYY-MM-DD`);
  }
  const tolerance = Number(opts.tolerance ?? "0.1");
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance >= 1) throw new UserError(`--tolerance ${opts.tolerance}: expected a fraction between 0 and 1, such as 0.1`);
  return { format: opts.format, tolerance };
}

async function readDocuments(io: Io, inputs: readonly Input[], published: string | null): Promise<ArticleDocument[]> {
  const docs: ArticleDocument[] = [];
  for (const input of inputs) {
    let bytes: Uint8Array;
    if (input.abs === null) bytes = await io.stdin.read();
    else {
      try {
        bytes = readFileSync(input.abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
        const line = `${input.path}: cannot read (${code})`;
        if (input.named) throw new UserError(line);
        io.stderr.write(`claimcheck: skipped ${line}\n`);
        continue;
      }
    }
    const loaded = documentFromBytes(input.path, bytes, { published });
    if (!loaded.ok) {
      if (input.named) throw new UserError(loaded.message);
      io.stderr.write(`claimcheck: skipped ${loaded.message}\n`);
      continue;
    }
    docs.push(loaded.doc);
  }
  return docs;
}

async function report(io: Io, mode: "check" | "extract", paths: readonly string[], opts: RunOptions): Promise<number> {
  const { format, tolerance } = validateOptions(opts);
  const failOn = (opts.failOn ?? "contradicted") as FailOn;
  let args = [...paths];
  if (args.length === 0) {
    if (io.stdin.isTTY) throw new UserError("no input: give files, directories or globs, or pipe an article on stdin (see claimcheck --help)");
    args = ["-"];
  }
  const inputs = resolveInputs(args, io.cwd);
  const loaded = mode === "check" ? loadBaseFor(io, opts.base) : null;
  const docs = await readDocuments(io, inputs, opts.date ?? null);
  const spinner = await startSpinner(io, docs.length);
  let files;
  try {
    if (loaded) {
      const check = createChecker(loaded.base, { tolerance });
      files = docs.map((doc, i) => {
        spinner?.update(i, doc.path);
        const r = check(doc);
        return reportFile(r.doc, r.findings.map((f) => f.claim), r.findings, r.inconsistencies);
      });
    } else {
      files = extractDocuments(docs).map((r) => reportFile(r.doc, r.claims, null));
    }
  } finally {
    spinner?.stop();
  }
  const rep = buildReport(mode, version(), loaded?.base ?? null, files, failOn);
  const toFile = opts.output !== undefined;
  const color = format === "human" && !toFile && colorWanted(io, opts.color !== false);
  const text = FORMATTERS[format](rep, { color, explain: opts.explain === true });
  if (toFile) writeAtomically(resolve(io.cwd, opts.output!), text);
  else io.stdout.write(text);
  return mode === "check" ? exitCodeFor(rep) : 0;
}

async function suggest(io: Io, paths: readonly string[], opts: { base?: string[]; date?: string; output?: string }): Promise<number> {
  validateOptions({ format: "human", failOn: "never", ...(opts.date ? { date: opts.date } : {}) });
  const loaded = loadBaseFor(io, opts.base);
  const docs = await readDocuments(io, resolveInputs(paths, io.cwd), opts.date ?? null);
  const check = createChecker(loaded.base);
  const text = suggestStubs(docs.map(check));
  if (opts.output !== undefined) writeAtomically(resolve(io.cwd, opts.output), text);
  else io.stdout.write(text);
  return 0;
}

/** Colour on a terminal only; NO_COLOR turns it off, FORCE_COLOR on (https://no-color.org). */
export function colorWanted(io: Pick<Io, "env" | "stdout">, allowed: boolean): boolean {
  if (!allowed) return false;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  if (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") return false;
  if (force === "0" || force === "false") return false;
  return io.stdout.isTTY === true && io.env["TERM"] !== "dumb";
}

interface Spinner {
  update(done: number, path: string): void;
  stop(): void;
}

/** An ora spinner on stderr, only on a terminal and only for runs over several files. */
async function startSpinner(io: Io, total: number): Promise<Spinner | null> {
  if (total < 2 || io.stderr.isTTY !== true || io.env["CI"]) return null;
  const { default: ora } = await import("ora");
  const spinner = ora({ stream: io.stderr as NodeJS.WritableStream, text: `0/${total} files` }).start();
  return {
    update: (done, path) => {
      spinner.text = `${done}/${total} files · ${basename(path)}`;
    },
    stop: () => spinner.stop(),
  };
}

/** Writes a whole file or nothing: a temporary file in the same folder, then a rename. */
function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new UserError(`${displayPath(dirname(path), path)}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

export { STDIN_PATH };
