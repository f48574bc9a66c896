/**
 * `check` and `extract`: read the inputs, run the core, apply suppressions
 * (inline ignores, the config's ignore list, a baseline), fix if asked, write
 * one report document, and give the exit status of CONTRACT §1.
 */
import { relative, resolve } from "node:path";
import picomatch from "picomatch";
import { UserError } from "../model/errors.js";
import { resolveInputs } from "../load/inputs.js";
import type { Input } from "../load/inputs.js";
import { inShard, parseShard } from "../load/shard.js";
import type { Shard } from "../load/shard.js";
import { formatBaseline, readBaseline } from "../load/baseline.js";
import type { BaselineEntry } from "../load/baseline.js";
import { displayPath } from "../lib/paths.js";
import { createChecker, extractDocuments } from "../engine.js";
import type { CheckedFile } from "../engine.js";
import type { ArticleDocument } from "../model/document.js";
import { buildReport, fails, FORMATTERS, reportFile } from "../report/index.js";
import type { Report, ReportFile } from "../report/index.js";
import type { KnownFinding } from "../report/suppress.js";
import { checkedFileReport } from "../report/checked.js";
import { version, writeAtomically } from "./io.js";
import type { Io } from "./io.js";
import { loadDocuments, MAX_FILE_SIZE, notLoaded, parseSize, readInputs } from "./read.js";
import { documentFromBytes } from "../load/source.js";
import type { ReadDocument, ReadInput } from "./read.js";
import { defaultJobs, jobsFor, Pool } from "./pool.js";
import type { CheckReply } from "../worker.js";
import { applyFixes } from "./fix.js";
import { settingsFor } from "./settings.js";
import { cacheWanted, compiledBaseFor } from "./cache.js";
import type { CommandOptions, Settings } from "./settings.js";
import { colorWanted, startSpinner, terminalStyles } from "./terminal.js";
import { printableLines } from "../report/sanitize.js";

/** Exit code rules of CONTRACT §1 (suppressed findings never fail a run). */
export function exitCodeFor(report: Report): 0 | 1 {
  return report.files.some((f) => f.items.some((i) => fails(i, report.failOn))) ? 1 : 0;
}

function inputsFor(io: Io, paths: readonly string[], settings: Settings, shard: Shard | null): Input[] {
  const config = settings.config;
  let args = [...paths];
  if (args.length === 0 && config && config.include.length > 0) {
    args = config.include.map((g) => resolve(config.dir, g));
  } else if (args.length === 0) {
    if (io.stdin.isTTY) throw new UserError("no input: give files, directories or globs, or pipe an article on stdin (see claimcheck --help)");
    args = ["-"];
  }
  let inputs = resolveInputs(args, io.cwd);
  if (config && config.exclude.length > 0) {
    const excluded = picomatch([...config.exclude], { dot: true });
    inputs = inputs.filter((i) => i.abs === null || !excluded(relative(config.dir, i.abs).split("\\").join("/")));
  }
  // stdin is the first shard's.
  return shard ? inputs.filter((i) => (i.abs === null ? shard.index === 1 : inShard(i.path, shard))) : inputs;
}

function knownFindings(io: Io, opts: CommandOptions, settings: Settings): KnownFinding[] {
  const known: KnownFinding[] = (settings.config?.ignore ?? []).map((r) => ({ path: r.path, fingerprint: r.fingerprint, reason: r.reason, kind: "config" }));
  if (opts.baseline !== undefined) {
    const b = readBaseline(resolve(io.cwd, opts.baseline), opts.baseline);
    for (const f of b.findings) known.push({ path: f.path, fingerprint: f.fingerprint, reason: `in the baseline ${opts.baseline}`, kind: "baseline" });
  }
  return known;
}

/** Documents of this many characters in all are checked by the pool's workers, when there is one. */
const PARALLEL_TEXT = 256 * 1024;

export async function runReport(io: Io, mode: "check" | "extract", paths: readonly string[], opts: CommandOptions): Promise<number> {
  const settings = settingsFor(io, opts);
  const jobs = jobsFor(opts.jobs, io.env);
  if (Number.isNaN(jobs)) throw new UserError(`--jobs ${opts.jobs ?? io.env["CLAIMCHECK_JOBS"]}: expected a whole number of threads from 1 to 256`);
  let pool: Pool | null | undefined;
  const poolFor = () => {
    if (pool === undefined) {
      pool = Pool.create(jobs ?? defaultJobs());
      // CLAIMCHECK_DEBUG=pool: say when the run uses workers (the tests check that large runs do).
      if (pool && /\bpool\b/.test(io.env["CLAIMCHECK_DEBUG"] ?? "")) io.stderr.write(`claimcheck: debug: ${pool.threads} threads (${pool.size} worker${pool.size === 1 ? "" : "s"})\n`);
    }
    return pool;
  };
  try {
    return await report(io, mode, paths, opts, settings, poolFor);
  } finally {
    await pool?.close();
  }
}

async function report(io: Io, mode: "check" | "extract", paths: readonly string[], opts: CommandOptions, settings: Settings, poolFor: () => Pool | null): Promise<number> {
  const shard = opts.shard !== undefined ? parseShard(opts.shard) : null;
  const limit = opts.maxFileSize !== undefined ? parseSize(opts.maxFileSize) : MAX_FILE_SIZE;
  const inputs = inputsFor(io, paths, settings, shard);
  const loaded = mode === "check" ? await compiledBaseFor(io, settings.basePaths, cacheWanted(io, opts.cache), poolFor) : null;
  const base = loaded?.compiled ?? null;
  // A shard knows only the findings of its own files.
  const known = mode === "check" ? knownFindings(io, opts, settings).filter((k) => !shard || k.path === null || inShard(k.path, shard)) : [];
  const inputsRead = await readInputs(io, inputs, limit);
  const spinner = await startSpinner(io, inputsRead.length);
  const check = base ? createChecker(base, { tolerance: settings.tolerance }) : null;
  const used = new Set<KnownFinding>();
  const explain = opts.explain === true;
  const fileOf = (r: CheckedFile): ReportFile => checkedFileReport(r, explain, known, used);
  const checked = (doc: ArticleDocument): ReportFile => fileOf(check!(doc));
  let files: ReportFile[];
  let read: ReadDocument[];
  try {
    const size = inputsRead.reduce((n, r) => n + r.bytes.length, 0);
    const workers = check && loaded && inputsRead.length >= 2 && size >= PARALLEL_TEXT ? poolFor() : null;
    if (workers && loaded && check) {
      // Workers and the main thread load and check the documents; the main thread builds each file's report as it comes.
      const checkHere = check;
      const bytes = loaded.bytes();
      const shared = new SharedArrayBuffer(bytes.length);
      new Uint8Array(shared).set(bytes);
      await workers.broadcast({ kind: "use-base", bytes: shared, key: loaded.key, tolerance: settings.tolerance, explain, known });
      const replies = await workers.map<ReadInput, CheckReply>(
        inputsRead,
        (r) => ({ kind: "check", path: r.input.path, bytes: r.bytes, published: settings.date }),
        (r) => {
          const doc = documentFromBytes(r.input.path, r.bytes, { published: settings.date });
          return doc.ok ? { ok: true, file: fileOf(checkHere(doc.doc)), used: [] } : { ok: false, message: doc.message };
        },
        (n, r, reply) => {
          spinner?.update(n, r.input.path);
          // What a worker matched of the known findings, by index in the list it was given.
          if (reply.ok) for (const k of reply.used) used.add(known[k]!);
        },
      );
      read = [];
      files = [];
      replies.forEach((reply, i) => {
        const r = inputsRead[i]!;
        if (!reply.ok) return notLoaded(io, r.input, reply.message);
        read.push({ doc: reply.file.doc, input: r.input, bytes: r.bytes });
        files.push(reply.file);
      });
    } else {
      read = loadDocuments(io, inputsRead, settings.date);
      if (check) {
        files = [];
        for (const [i, d] of read.entries()) {
          spinner?.update(i, d.doc.path);
          files.push(checked(d.doc));
          // Between documents, let the process see an interrupt (and the spinner turn).
          if (i % 8 === 7) await new Promise((r) => setImmediate(r));
        }
      } else files = extractDocuments(read.map((d) => d.doc)).map((r) => reportFile(r.doc, r.claims, null));
    }
  } finally {
    spinner?.stop();
  }
  if (opts.fix && check) {
    const fixed = applyFixes(io, read, files, checked);
    files = fixed.files;
    if (fixed.stdinText !== null) {
      // With stdin, the corrected text is the one document on stdout; a report only goes to --output.
      io.stdout.write(fixed.stdinText);
      const rep = buildReport(mode, version(), base, files, settings.failOn);
      if (opts.output !== undefined) writeAtomically(resolve(io.cwd, opts.output), FORMATTERS[settings.format](rep, { explain: opts.explain === true }), io.cwd);
      return exitCodeFor(rep);
    }
  }
  const rep = buildReport(mode, version(), base, files, settings.failOn);
  if (mode === "check") reportStale(io, shard ? known.filter((k) => k.path !== null) : known, used);
  if (opts.writeBaseline !== undefined) {
    writeAtomically(resolve(io.cwd, opts.writeBaseline), formatBaseline(baselineOf(rep)), io.cwd);
    io.stderr.write(`claimcheck: wrote ${baselineOf(rep).length} findings to the baseline ${displayPath(io.cwd, resolve(io.cwd, opts.writeBaseline))}\n`);
  }
  const toFile = opts.output !== undefined;
  const color = settings.format === "human" && !toFile && colorWanted(io, opts.color !== false);
  const styles = color ? await terminalStyles() : undefined;
  const text = FORMATTERS[settings.format](rep, { ...(styles ? { styles } : {}), explain: opts.explain === true, quiet: opts.quiet === true });
  if (toFile) writeAtomically(resolve(io.cwd, opts.output!), text, io.cwd);
  // A diff shown on a terminal cannot drive it; piped, it is a patch and keeps the article's bytes.
  else io.stdout.write(settings.format === "diff" && io.stdout.isTTY === true ? printableLines(text) : text);
  return mode === "check" ? exitCodeFor(rep) : 0;
}

/** The findings a baseline records: every contradicted or unverified claim not ignored in the text. */
function baselineOf(report: Report): BaselineEntry[] {
  return report.files.flatMap((f) =>
    f.items
      .filter((i) => i.finding && i.finding.verdict !== "supported" && i.suppressed?.kind !== "inline")
      .map((i) => ({ path: f.doc.path, fingerprint: i.fingerprint, verdict: i.finding!.verdict, kind: i.claim.kind, text: i.claim.text, entry: i.finding!.entry?.id ?? null })),
  );
}

/** Baseline entries and ignore rules that matched nothing: the finding was fixed or the text changed. */
function reportStale(io: Io, known: readonly KnownFinding[], used: ReadonlySet<KnownFinding>): void {
  const stale = known.filter((k) => !used.has(k));
  for (const k of stale) {
    io.stderr.write(`claimcheck: ${k.kind === "baseline" ? "stale baseline entry" : "ignore rule in the config matches nothing"}: ${k.path ? `${k.path} ` : ""}${k.fingerprint}\n`);
  }
}
