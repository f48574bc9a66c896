/**
 * `.claimcheck.yaml`: found from the working directory upward, or named with
 * --config. Keys: base, tolerance, failOn, format, include, exclude, ignore.
 * Paths and globs in it are relative to the file's own folder. Every problem
 * is reported as file:line:column.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { BaseError } from "../model/errors.js";
import type { Problem } from "../model/errors.js";
import { displayPath } from "../lib/paths.js";
import { decodeUtf8 } from "./text.js";
import { isMap, isScalar, isSeq, parseYaml } from "./yaml.js";
import type { Node } from "./yaml.js";

export const CONFIG_NAMES = [".claimcheck.yaml", ".claimcheck.yml"] as const;
const KEYS = ["base", "tolerance", "failOn", "format", "include", "exclude", "ignore"] as const;

export interface IgnoreRule {
  readonly fingerprint: string;
  readonly reason: string;
  /** Only in this file (relative to the working directory), when given. */
  readonly path: string | null;
}

export interface Config {
  /** The file it was read from, as shown in messages. */
  readonly file: string;
  readonly dir: string;
  readonly base: readonly string[] | null;
  readonly tolerance: number | null;
  readonly failOn: string | null;
  readonly format: string | null;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly ignore: readonly IgnoreRule[];
}

/** The config file for a run: --config, else the nearest .claimcheck.yaml from cwd upward. */
export function findConfig(cwd: string, explicit: string | undefined): string | null {
  if (explicit !== undefined) return resolve(cwd, explicit);
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export function loadConfig(abs: string, cwd: string): Config {
  const file = displayPath(cwd, abs);
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw new BaseError([{ file, line: 1, column: 1, message: `cannot read the config file (${(e as NodeJS.ErrnoException).code ?? "error"})`, severity: "error" }]);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new BaseError([{ file, line: 1, column: 1, message: decoded.message, severity: "error" }]);
  return parseConfig(decoded.text, file, dirname(abs));
}

export function parseConfig(text: string, file: string, dir: string): Config {
  const parsed = parseYaml(text);
  const problems: Problem[] = parsed.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message, severity: "error" }));
  const report = (node: Node | null | undefined, message: string) => {
    const at = parsed.position(node?.range?.[0] ?? 0);
    problems.push({ file, line: at.line, column: at.column, message, severity: "error" });
  };
  const config = { file, dir, base: null as string[] | null, tolerance: null as number | null, failOn: null as string | null, format: null as string | null, include: [] as string[], exclude: [] as string[], ignore: [] as IgnoreRule[] };
  const root = parsed.doc?.contents ?? null;
  if (problems.length === 0 && root !== null && !(isScalar(root) && root.value === null)) {
    if (!isMap(root)) report(root, "the config must be a mapping (base, tolerance, failOn, format, include, exclude, ignore)");
    else {
      for (const pair of root.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        const value = pair.value as Node | null;
        const strings = (what: string): string[] => {
          if (isScalar(value) && typeof value.value === "string") return [value.value];
          if (isSeq(value) && value.items.every((i) => isScalar(i) && typeof i.value === "string")) return value.items.map((i) => String((i as { value: unknown }).value));
          report(value, `${what} must be a string or a list of strings`);
          return [];
        };
        switch (key) {
          case "base":
            config.base = strings("base").map((b) => resolve(dir, b));
            break;
          case "include":
            config.include = strings("include");
            break;
          case "exclude":
            config.exclude = strings("exclude");
            break;
          case "tolerance":
            if (isScalar(value) && typeof value.value === "number" && value.value >= 0 && value.value < 1) config.tolerance = value.value;
            else report(value, "tolerance must be a fraction between 0 and 1, such as 0.1");
            break;
          case "failOn":
            if (isScalar(value) && ["contradicted", "unverified", "never"].includes(String(value.value))) config.failOn = String(value.value);
            else report(value, "failOn must be contradicted, unverified or never");
            break;
          case "format":
            if (isScalar(value) && typeof value.value === "string") config.format = value.value;
            else report(value, "format must be a format name");
            break;
          case "ignore":
            if (!isSeq(value)) {
              report(value, "ignore must be a list of fingerprints or of {fingerprint, reason, path}");
              break;
            }
            for (const item of value.items) {
              const n = item as Node;
              // A fingerprint of digits only reads as a number in YAML: take it as written.
              const written = (x: Node) => (isScalar(x) && typeof x.value === "number" && x.range ? text.slice(x.range[0], x.range[1]) : isScalar(x) ? String(x.value) : "");
              if (isScalar(n) && (typeof n.value === "string" || typeof n.value === "number")) config.ignore.push({ fingerprint: written(n), reason: "listed in the config's ignore", path: null });
              else if (isMap(n) && isScalar(n.get("fingerprint", true)) && isScalar(n.get("reason", true))) {
                const path = n.get("path");
                config.ignore.push({ fingerprint: String(n.get("fingerprint")), reason: String(n.get("reason")), path: typeof path === "string" ? path : null });
              } else report(n, "an ignore rule is a fingerprint, or {fingerprint, reason, path}");
            }
            break;
          default:
            report(pair.key as Node, `unknown key "${key}" (expected one of ${KEYS.join(", ")})`);
        }
      }
    }
  }
  if (problems.length > 0) throw new BaseError(problems);
  return config;
}

/** The config written by `claimcheck init`. */
export const INIT_CONFIG = `# yaml-language-server: $schema=https://claimcheck.dev/schemas/config.schema.json
# claimcheck configuration. Command-line options win over these settings.

# Reference base: folders or YAML files, relative to this file.
base: claims

# Tolerance of "about" and "nearly", as a fraction (CONTRACT default: 0.1).
tolerance: 0.1

# The lowest verdict that makes claimcheck exit 1: contradicted, unverified or never.
failOn: contradicted

# Report format: human, json, diff, sarif, junit, github or line.
format: human

# Articles checked when no path is given, and paths never checked (globs, relative to this file).
include:
  - "**/*.md"
exclude:
  - "node_modules/**"
  - "drafts/**"

# Findings accepted on purpose, by fingerprint (see the JSON report's "fingerprint").
ignore: []
#  - fingerprint: 3f1c2a9be4d0a7c1
#    reason: the figure was disputed at the time of writing
`;

export const INIT_CLAIM = `# yaml-language-server: $schema=https://claimcheck.dev/schemas/base.schema.json
# An entry of the reference base (CONTRACT section 2). One file may hold one entry or a list.
- id: example-earthquake-2023           # required: [a-z0-9][a-z0-9-]*, unique in the base
  kind: event                           # required: event or treaty
  name: 2023 Example Valley earthquake  # required
  aliases: [Example Valley quake]       # other names that tie a claim in the same sentence to it
  keywords: [Example Valley, earthquake]   # all of these in a paragraph tie its claims to it
  date: 2023-02-06                      # YYYY, YYYY-MM, YYYY-MM-DD or A/B
  place: Example Valley
  counts:
    killed:                             # revisions, oldest first: checked against the figure of the publication date
      - { value: 120, as_of: 2023-02-07 }
      - { value: 152, as_of: 2023-02-10 }
    wounded: { min: 300, max: 350 }     # a range the truth lies in
  sources:                              # required: at least one
    - title: Example Valley civil protection agency, statement of 10 February 2023
      url: https://example.org/statement
`;
