/** Process entry: wires the real process into the CLI. Exit status via process.exitCode, so piped output is never cut short. */
import { run } from "./cli.js";

/** Reads stdin to its end, or until it holds more than `limit` bytes (what was read is then returned, over the limit). */
function readStdin(limit = Infinity): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size > limit) {
        process.stdin.off("data", onData);
        process.stdin.pause();
        resolvePromise(Buffer.concat(chunks));
      }
    };
    process.stdin.on("data", onData);
    process.stdin.on("end", () => resolvePromise(Buffer.concat(chunks)));
    process.stdin.on("error", reject);
  });
}

export function main(): void {
  // Interrupted: stop at once with 128 + the signal's number. Every file claimcheck writes is written
  // whole by synchronous calls and renamed into place, and a handler runs only between them, so an
  // interrupt leaves the old file or the complete new one, never a part or a temporary file.
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin is a stream Node.js creates on first use (a few milliseconds): only when asked.
    stdin: {
      get isTTY() {
        return process.stdin.isTTY;
      },
      read: readStdin,
    },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`claimcheck: this is a bug in claimcheck: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
