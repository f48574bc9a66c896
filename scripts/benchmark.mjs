#!/usr/bin/env node
// npm run benchmark -- [dev-dir] [base-dir] [--verbose] [--every]
// The verdict benchmark of src/eval/benchmark.ts: planted errors, clean articles, supported rate.
import { parseScriptArgs } from "./args.mjs";
import { formatBenchmark, runBenchmark } from "../dist/eval/benchmark.js";

const { values, positionals } = parseScriptArgs(
  { allowPositionals: true, options: { verbose: { type: "boolean", default: false }, every: { type: "boolean", default: false } } },
  "npm run benchmark -- [articles-dir] [base-dir] [--verbose] [--every]",
);
const [dev = "eval/dev", base = "eval/bench/base"] = positionals;
const result = runBenchmark(dev, base, { every: values.every });
process.stdout.write(formatBenchmark(result, values.verbose));
