import { isAbsolute, relative, resolve, sep } from "node:path";

/** A path as shown in reports: relative to the working directory when inside it, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel === "" ? "." : rel;
  return sep === "\\" ? shown.split(sep).join("/") : shown;
}
