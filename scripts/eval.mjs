#!/usr/bin/env node
// npm run eval -- <dataset> [--errors N] [--json] [--min-f1 X] [--min-value Y]
// Scores claimcheck's extraction against annotated text (see src/eval/run.ts).
import { parseScriptArgs } from "./args.mjs";
import { belowThresholds, evaluate, formatResult } from "../dist/eval/run.js";

const USAGE = "npm run eval -- <dataset...> [--errors N] [--json] [--min-f1 X] [--min-value Y]";
const { values, positionals } = parseScriptArgs(
  {
    allowPositionals: true,
    options: { errors: { type: "string", default: "0" }, json: { type: "boolean", default: false }, "min-f1": { type: "string" }, "min-value": { type: "string" } },
  },
  USAGE,
);
if (positionals.length === 0) {
  console.error(`usage: ${USAGE}`);
  process.exit(2);
}
const failures = [];
for (const dir of positionals) {
  let result;
  try {
    result = evaluate(dir);
  } catch (e) {
    // A wrong folder is a user's mistake: one line, no stack.
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ dataset: result.dataset, type: result.type, docs: result.docs, rows: result.rows.map((r) => ({ name: r.name, gold: r.tally.gold, system: r.tally.system, ...r.metrics })) })}\n`);
  else process.stdout.write(formatResult(result, Number(values.errors)));
  failures.push(...belowThresholds(result, { minF1: values["min-f1"] ? Number(values["min-f1"]) : null, minValue: values["min-value"] ? Number(values["min-value"]) : null }));
}
for (const f of failures) console.error(`below threshold: ${f}`);
process.exitCode = failures.length ? 1 : 0;
