/** A problem with an input, located at the edge as file:line:column. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: "error" | "warning";
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`;
}

/**
 * A mistake in what the user gave us (a missing file, a bad flag, an invalid base).
 * The shell prints its lines to stderr and exits 2; never a stack trace.
 */
export class UserError extends Error {
  readonly lines: readonly string[];
  constructor(lines: string | readonly string[]) {
    const all = typeof lines === "string" ? [lines] : lines;
    super(all.join("\n"));
    this.name = "UserError";
    this.lines = all;
  }
}

export class BaseError extends UserError {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem));
    this.name = "BaseError";
    this.problems = problems;
  }
}
