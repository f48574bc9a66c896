/**
 * The one module that parses YAML. Documents are parsed as YAML 1.2 with the
 * core schema (dates stay strings), unique keys, no merge keys and a cap on
 * alias expansion, and every position is a 1-based line:column.
 *
 * `parseYaml` is the `yaml` library, exact in everything, error messages
 * included. `parseYamlFast` reads the common shape of a reference base about
 * ten times faster: js-yaml's event parser gives the structure and the source
 * offsets, and the nodes are built as `yaml` nodes, with plain scalars
 * resolved by the `yaml` library's own core-schema tags. Anything outside
 * that shape (anchors, aliases, tags, several documents, duplicate keys, a
 * empty nodes, a syntax error) returns null, and the caller parses with
 * `parseYaml`.
 */
import { Document, LineCounter, Pair, Scalar, Schema, YAMLMap, YAMLSeq, parseAllDocuments, isMap, isSeq, isScalar, isPair, isAlias } from "yaml";
import type { Node, ScalarTag } from "yaml";
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from "js-yaml";
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
  // Unique keys are checked below in one pass: the library's own check compares every pair of keys of a
  // mapping (40,000 keys took 10 s) and names only the second of two.
  uniqueKeys: false,
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
    for (const d of duplicateKeys(doc.contents)) {
      const first = position(d.first);
      problems.push({ ...position(d.second), message: `Map keys must be unique: ${JSON.stringify(d.key)} is also at line ${first.line}, column ${first.column}` });
    }
  }
  if (list.length > 1) {
    const second = list[1];
    const at = second?.range[0] ?? 0;
    problems.push({ ...position(at), message: "more than one YAML document in the file (use a list of entries instead)" });
  }
  return { doc: list[0] ?? null, problems, position };
}

/** Keys written twice in one mapping, anywhere in a document: one pass, one set of keys per mapping. */
function duplicateKeys(root: unknown): Array<{ key: string; first: number; second: number }> {
  const out: Array<{ key: string; first: number; second: number }> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const at = pair.key.range?.[0] ?? 0;
          const first = seen.get(pair.key.value);
          if (first === undefined) seen.set(pair.key.value, at);
          else out.push({ key: String(pair.key.value), first, second: at });
        } else stack.push(pair.key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return out.sort((a, b) => a.second - b.second);
}

/** The yaml library's messages can span lines (with a code excerpt); keep the first. */
function oneLine(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}

/** The core schema's tags that resolve a plain scalar, in the order the `yaml` library tries them. */
let plainTags: readonly ScalarTag[] | null = null;

function resolvePlain(source: string): unknown {
  plainTags ??= new Schema({ schema: "core" }).tags.filter((t): t is ScalarTag => !("collection" in t && t.collection) && t.default === true && t.test !== undefined);
  const tag = plainTags.find((t) => t.test!.test(source));
  if (!tag) return source;
  let failed = false;
  const value = tag.resolve(source, () => (failed = true), {});
  return failed ? source : isScalar(value) ? value.value : value;
}

/** Line starts of a text, for the same 1-based positions as the `yaml` library's LineCounter. */
function positionsOf(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const BLOCK_HEADER = /[|>][0-9+-]*[ \t]*(?:#[^\n]*)?\r?\n/y;

/** Where the `yaml` library starts a scalar: at its opening quote, at the header of a block scalar. */
function scalarStart(text: string, style: number, valueStart: number): number {
  if (style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED) return valueStart - 1;
  if (style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK) {
    for (let i = valueStart - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c !== 0x7c && c !== 0x3e) continue;
      BLOCK_HEADER.lastIndex = i;
      if (BLOCK_HEADER.test(text)) return i;
    }
  }
  return valueStart;
}

/**
 * Nodes as plain objects: the `yaml` library tells its nodes apart by a
 * symbol-keyed type (isMap, isScalar...), and the validator reads only their
 * data (items, key, value, range), so the fast reader builds objects with that
 * type and data and none of the classes' cost. The type symbols are read from
 * real nodes; were they ever not to be recognised, the fast reader is off.
 */
interface LightNode {
  [type: symbol]: symbol;
  value?: unknown;
  key?: LightNode;
  items?: LightNode[];
  range?: [number, number, number];
}

const LIGHT = (() => {
  const type = Object.getOwnPropertySymbols(new Scalar(null))[0];
  if (type === undefined) return null;
  const tag = (n: object) => (n as Record<symbol, symbol>)[type]!;
  const light = { type, scalar: tag(new Scalar(null)), map: tag(new YAMLMap()), seq: tag(new YAMLSeq()), pair: tag(new Pair(null)) };
  const ok = isScalar({ [type]: light.scalar }) && isMap({ [type]: light.map }) && isSeq({ [type]: light.seq }) && isPair({ [type]: light.pair });
  return ok ? light : null;
})();

/**
 * The fast reading of one YAML document (see the module comment): the same
 * nodes, values and start offsets as `parseYaml`, or null when the text is
 * not in the shape it reads.
 */
export function parseYamlFast(text: string): ParsedYaml | null {
  if (!LIGHT) return null;
  let events;
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    return null;
  }
  const { type, scalar, map, seq, pair } = LIGHT;
  let documents = 0;
  let root: LightNode | null = null;
  // Open collections; for a mapping, the key waiting for its value and the keys seen.
  const stack: Array<{ node: LightNode | null; isSeq: boolean; key: LightNode | null; keys: Set<unknown> | null }> = [];
  const add = (node: LightNode): boolean => {
    const top = stack.at(-1);
    if (!top || top.node === null) {
      root = node;
      return true;
    }
    if (top.isSeq) {
      top.node.items!.push(node);
      return true;
    }
    if (top.key === null) {
      // Keys are written, plain strings or numbers, and unique: anything else is for the `yaml` library to judge.
      if (node[type] !== scalar || node.value === null || top.keys!.has(node.value)) return false;
      top.keys!.add(node.value);
      top.key = node;
      return true;
    }
    top.node.items!.push({ [type]: pair, key: top.key, value: node });
    top.key = null;
    return true;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) return null;
        stack.push({ node: null, isSeq: false, key: null, keys: null });
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) return null;
        const isSeq = e.type === EVENT_ID.SEQUENCE;
        const node: LightNode = { [type]: isSeq ? seq : map, items: [], range: [e.start, e.start, e.start] };
        if (!add(node)) return null;
        stack.push({ node, isSeq, key: null, keys: isSeq ? null : new Set() });
        break;
      }
      case EVENT_ID.SCALAR: {
        // An empty node (`key:`, `{ key }`) the two libraries build differently.
        if (e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1) return null;
        const source = getScalarValue(text, e);
        const start = scalarStart(text, e.style, e.valueStart);
        const end = Math.max(start, e.valueEnd);
        if (!add({ [type]: scalar, value: e.style === SCALAR_STYLE.PLAIN ? resolvePlain(source) : source, range: [start, end, end] })) return null;
        break;
      }
      case EVENT_ID.ALIAS:
        return null;
      case EVENT_ID.POP:
        if (stack.pop()?.key) return null;
        break;
    }
  }
  if (documents !== 1 || root === null) return null;
  const doc = new Document() as Document.Parsed;
  doc.contents = root as unknown as Document.Parsed["contents"];
  return { doc, problems: [], position: positionsOf(text) };
}
