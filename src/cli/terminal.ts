/** Terminal decisions: colour (NO_COLOR, FORCE_COLOR, a TTY) and the ora spinner (stderr, TTY, several files). */
import type { Io } from "./io.js";
import type { Styles } from "../report/formatters/human.js";

/** Colour on a terminal only; NO_COLOR turns it off, FORCE_COLOR on (https://no-color.org). */
export function colorWanted(io: Pick<Io, "env" | "stdout">, allowed: boolean): boolean {
  if (!allowed) return false;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  if (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") return false;
  if (force === "0" || force === "false") return false;
  return io.stdout.isTTY === true && io.env["TERM"] !== "dumb";
}

/** chalk's styles for a coloured report (chalk is loaded only when colour is wanted). */
export async function terminalStyles(): Promise<Styles> {
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, cyan: c.cyan, green: c.green, yellow: c.yellow, redBold: c.red.bold };
}

export interface Spinner {
  update(done: number, path: string): void;
  stop(): void;
}

/** An ora spinner on stderr, only on a terminal, only for runs over several files, never in CI. */
export async function startSpinner(io: Io, total: number): Promise<Spinner | null> {
  if (total < 2 || io.stderr.isTTY !== true || io.env["CI"]) return null;
  const { default: ora } = await import("ora");
  const spinner = ora({ stream: io.stderr as NodeJS.WritableStream, text: `0/${total} files` }).start();
  return {
    update: (done, path) => {
      spinner.text = `${done}/${total} files · ${path.split("/").at(-1) ?? path}`;
    },
    stop: () => spinner.stop(),
  };
}
