// Command-line options of the npm scripts (eval, benchmark, bench, fuzz): node's parseArgs, with --help and a
// one-line error naming the script's usage for an unknown or malformed option, never a stack trace.
import { parseArgs } from "node:util";

/** Parses process.argv by `config`; on --help prints `usage` and exits 0, on a bad option prints it and exits 2. */
export function parseScriptArgs(config, usage) {
  const options = { ...config.options, help: { type: "boolean", short: "h", default: false } };
  let parsed;
  try {
    parsed = parseArgs({ ...config, options });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message.split("\n")[0] : String(e)}\nusage: ${usage}\n`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  return parsed;
}
