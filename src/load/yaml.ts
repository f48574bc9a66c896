/**
 * The one module that calls the `yaml` library. Documents are parsed as YAML 1.2
 * with the core schema (dates stay strings), unique keys, no merge keys and a cap
 * on alias expansion, and every position is a 1-based line:column.
 */
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, isPair, isAlias } from "yaml";
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { Position } from "../model/location.js";

export type { Node, Pair, Scalar, YAMLMap, YAMLSeq };
export { isMap, isSeq, isScalar, isPair, isAlias };

export interface YamlProblem extends Position {
  readonly message: string;
}

export interface ParsedYaml {
  readonly doc: Document.Parsed | null;
  readonly problems: readonly YamlProblem[];
  readonly position: (offset: number) => Position;
}

const OPTIONS = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  merge: false,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/** Parses exactly one YAML document; syntax errors, warnings and extra documents are problems. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...OPTIONS, lineCounter });
  const position = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems: YamlProblem[] = [];
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    for (const e of [...doc.errors, ...doc.warnings]) {
      problems.push({ ...position(e.pos[0]), message: oneLine(e.message) });
    }
  }
  if (list.length > 1) {
    const second = list[1];
    const at = second?.range[0] ?? 0;
    problems.push({ ...position(at), message: "more than one YAML document in the file (use a list of entries instead)" });
  }
  return { doc: list[0] ?? null, problems, position };
}

/** The yaml library's messages can span lines (with a code excerpt); keep the first. */
function oneLine(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}
