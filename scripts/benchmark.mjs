#!/usr/bin/env node
// npm run benchmark -- [dev-dir] [base-dir] [--verbose] [--every]
// The verdict benchmark of src/eval/benchmark.ts: planted errors, clean articles, supported rate.
import { parseArgs } from "node:util";
import { formatBenchmark, runBenchmark } from "../dist/eval/benchmark.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: "boolean", default: false }, every: { type: "boolean", default: false } } });
const [dev = "eval/dev", base = "eval/bench/base"] = positionals;
const result = runBenchmark(dev, base, { every: values.every });
process.stdout.write(formatBenchmark(result, values.verbose));
