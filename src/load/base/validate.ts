/**
 * Turns one parsed base file into entries, collecting every problem with its
 * position instead of stopping at the first (CONTRACT §2).
 */
import { isAlias, isMap, isScalar, isSeq } from "../yaml.js";
import type { Node, ParsedYaml, YAMLMap } from "../yaml.js";
import type { Entry, EntryKind, Figure, Source } from "../../model/base.js";
import type { Problem } from "../../model/errors.js";
import { parseIso, parseIsoInterval } from "../../lib/isodate.js";
import { ENTRY_KEYS, ENTRY_KINDS, FIGURE_KEYS, ID_PATTERN, MEASURE_PATTERN, REQUIRED_KEYS, SOURCE_KEYS } from "./schema.js";

type Report = (node: Node | null | undefined, message: string, severity?: Problem["severity"]) => void;

interface Ctx {
  readonly file: string;
  readonly parsed: ParsedYaml;
  readonly report: Report;
}

export interface FileEntries {
  readonly entries: Entry[];
  readonly problems: Problem[];
  /** Offset → line:column of the id value of each entry, for duplicate-id messages. */
  readonly idPositions: Map<Entry, { line: number; column: number }>;
}

export function entriesOfFile(file: string, parsed: ParsedYaml): FileEntries {
  const problems: Problem[] = parsed.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message, severity: "error" as const }));
  const entries: Entry[] = [];
  const idPositions = new Map<Entry, { line: number; column: number }>();
  const report: Report = (node, message, severity = "error") => {
    const at = parsed.position(node?.range?.[0] ?? 0);
    problems.push({ file, line: at.line, column: at.column, message, severity });
  };
  if (problems.some((p) => p.severity === "error")) return { entries, problems, idPositions };
  const ctx: Ctx = { file, parsed, report };
  const root = parsed.doc?.contents ?? null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ""))) {
    problems.push({ file, line: 1, column: 1, message: "empty file: expected an entry or a list of entries", severity: "error" });
    return { entries, problems, idPositions };
  }
  const items = isSeq(root) ? root.items : [root];
  for (const item of items) {
    const node = deref(ctx, item as Node);
    if (!isMap(node)) {
      report(node ?? (item as Node), "an entry must be a mapping with id, kind, name and sources");
      continue;
    }
    const entry = readEntry(ctx, node);
    if (entry) {
      entries.push(entry);
      const idNode = node.items.find((p) => isScalar(p.key) && p.key.value === "id")?.value as Node | undefined;
      idPositions.set(entry, parsed.position(idNode?.range?.[0] ?? node.range?.[0] ?? 0));
    }
  }
  return { entries, problems, idPositions };
}

function deref(ctx: Ctx, node: Node | null | undefined): Node | null {
  let n: unknown = node;
  for (let i = 0; i < 16 && isAlias(n); i++) n = n.resolve(ctx.parsed.doc!);
  return (n as Node | undefined) ?? null;
}

function keyName(pairKey: unknown): string | null {
  return isScalar(pairKey) && typeof pairKey.value === "string" ? pairKey.value : isScalar(pairKey) ? String(pairKey.value) : null;
}

/** Map pairs as [key, key node, value node], aliases resolved. */
function pairsOf(ctx: Ctx, map: YAMLMap): Array<[string, Node, Node | null]> {
  const out: Array<[string, Node, Node | null]> = [];
  for (const pair of map.items) {
    const key = keyName(pair.key);
    if (key === null) {
      ctx.report(pair.key as Node, "keys must be plain strings");
      continue;
    }
    out.push([key, pair.key as Node, deref(ctx, pair.value as Node)]);
  }
  return out;
}

function str(ctx: Ctx, node: Node | null, what: string): string | null {
  if (isScalar(node) && (typeof node.value === "string" || typeof node.value === "number") && String(node.value).trim() !== "") {
    return String(node.value);
  }
  ctx.report(node, `${what} must be a non-empty string`);
  return null;
}

function strList(ctx: Ctx, node: Node | null, what: string): string[] {
  if (!isSeq(node)) {
    ctx.report(node, `${what} must be a list of strings`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    const s = str(ctx, deref(ctx, item as Node), `each of ${what}`);
    if (s !== null) out.push(s);
  }
  return out;
}

function readEntry(ctx: Ctx, map: YAMLMap): Entry | null {
  const fields = new Map<string, Node | null>();
  let ok = true;
  for (const [key, keyNode, value] of pairsOf(ctx, map)) {
    if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
      ctx.report(keyNode, `unknown key "${key}" (expected one of ${ENTRY_KEYS.join(", ")})`, "warning");
      continue;
    }
    fields.set(key, value);
  }
  for (const key of REQUIRED_KEYS) {
    if (!fields.has(key)) {
      const idNode = fields.get("id");
      const id = isScalar(idNode) ? ` in entry "${String(idNode.value)}"` : "";
      ctx.report(map, `missing required key "${key}"${id}`);
      ok = false;
    }
  }
  const get = (k: string) => fields.get(k) ?? null;

  let id: string | null = null;
  if (fields.has("id")) {
    id = str(ctx, get("id"), "id");
    if (id !== null && !ID_PATTERN.test(id)) {
      ctx.report(get("id"), `id "${id}" must match [a-z0-9][a-z0-9-]*`);
      id = null;
    }
    if (id === null) ok = false;
  }
  let kind: EntryKind | null = null;
  if (fields.has("kind")) {
    const k = str(ctx, get("kind"), "kind");
    if (k !== null && (ENTRY_KINDS as readonly string[]).includes(k)) kind = k as EntryKind;
    else {
      if (k !== null) ctx.report(get("kind"), `kind must be ${ENTRY_KINDS.join(" or ")}, not "${k}"`);
      ok = false;
    }
  }
  const name = fields.has("name") ? str(ctx, get("name"), "name") : null;
  if (fields.has("name") && name === null) ok = false;
  const aliases = fields.has("aliases") ? strList(ctx, get("aliases"), "aliases") : [];
  const keywords = fields.has("keywords") ? strList(ctx, get("keywords"), "keywords") : [];
  const parties = fields.has("parties") ? strList(ctx, get("parties"), "parties") : [];
  const place = fields.has("place") ? str(ctx, get("place"), "place") : null;

  let date: string | null = null;
  if (fields.has("date")) {
    const node = get("date");
    const raw = isScalar(node) && (typeof node.value === "string" || typeof node.value === "number") ? String(node.value) : null;
    if (raw === null || parseIsoInterval(raw) === null) {
      ctx.report(node, `date must be YYYY, YYYY-MM, YYYY-MM-DD or an A/B interval of those${raw === null ? "" : `, not "${raw}"`}`);
      ok = false;
    } else date = raw;
  }

  const counts = new Map<string, Figure[]>();
  if (fields.has("counts")) {
    const node = get("counts");
    if (!isMap(node)) {
      ctx.report(node, "counts must be a mapping of measure to figure");
      ok = false;
    } else {
      for (const [measure, keyNode, value] of pairsOf(ctx, node)) {
        if (!MEASURE_PATTERN.test(measure)) {
          ctx.report(keyNode, `measure "${measure}" must be a lower-case noun (killed, wounded, district, ...)`);
          ok = false;
          continue;
        }
        const figures = readFigures(ctx, value, measure);
        if (figures === null) ok = false;
        else counts.set(measure, figures);
      }
    }
  }

  let sources: Source[] = [];
  if (fields.has("sources")) {
    const node = get("sources");
    sources = readSources(ctx, node);
    if (sources.length === 0) ok = false;
  }

  if (!ok || id === null || kind === null || name === null) return null;
  const at = ctx.parsed.position(map.range?.[0] ?? 0);
  return { id, kind, name, aliases, keywords, date, place, counts, parties, sources, file: ctx.file, line: at.line };
}

function readSources(ctx: Ctx, node: Node | null): Source[] {
  if (!isSeq(node) || node.items.length === 0) {
    ctx.report(node, "sources must be a list of at least one source (title and url)");
    return [];
  }
  const out: Source[] = [];
  for (const item of node.items) {
    const n = deref(ctx, item as Node);
    if (!isMap(n)) {
      ctx.report(n, "a source must be a mapping with a title and a url");
      continue;
    }
    let title: string | null = null;
    let url: string | undefined;
    let hasTitle = false;
    for (const [key, keyNode, value] of pairsOf(ctx, n)) {
      if (key === "title") {
        hasTitle = true;
        title = str(ctx, value, "source title");
      }
      else if (key === "url") url = str(ctx, value, "source url") ?? undefined;
      else ctx.report(keyNode, `unknown key "${key}" in a source (expected ${SOURCE_KEYS.join(", ")})`, "warning");
    }
    if (title === null) {
      if (!hasTitle) ctx.report(n, 'a source needs a "title"');
      continue;
    }
    out.push(url === undefined ? { title } : { title, url });
  }
  return out.length === node.items.length ? out : [];
}

/** A measure's value: one figure, or a list of figures with `as_of`, oldest first. */
function readFigures(ctx: Ctx, node: Node | null, measure: string): Figure[] | null {
  if (isSeq(node)) {
    const out: Figure[] = [];
    for (const item of node.items) {
      const f = readFigure(ctx, deref(ctx, item as Node), `counts.${measure}`, true);
      if (f === null) return null;
      out.push(f);
    }
    if (out.length === 0) {
      ctx.report(node, `counts.${measure} must not be an empty list`);
      return null;
    }
    return out;
  }
  const f = readFigure(ctx, node, `counts.${measure}`, false);
  return f === null ? null : [f];
}

function num(ctx: Ctx, node: Node | null, what: string): number | null {
  if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value) && node.value >= 0) return node.value;
  ctx.report(node, `${what} must be a non-negative number`);
  return null;
}

function readFigure(ctx: Ctx, node: Node | null, what: string, inList: boolean): Figure | null {
  const line = ctx.parsed.position(node?.range?.[0] ?? 0).line;
  if (isScalar(node)) {
    const n = num(ctx, node, what);
    return n === null ? null : { min: n, max: n, groups: new Map(), asOf: null, line };
  }
  if (!isMap(node)) {
    ctx.report(node, `${what} must be a number or a mapping with value (or min and max)`);
    return null;
  }
  let value: number | null = null;
  let min: number | null = null;
  let max: number | null = null;
  let asOf: string | null = null;
  const groups = new Map<string, Figure>();
  let ok = true;
  for (const [key, keyNode, v] of pairsOf(ctx, node)) {
    switch (key) {
      case "value":
        value = num(ctx, v, `${what}.value`);
        ok &&= value !== null;
        break;
      case "min":
        min = num(ctx, v, `${what}.min`);
        ok &&= min !== null;
        break;
      case "max":
        max = num(ctx, v, `${what}.max`);
        ok &&= max !== null;
        break;
      case "as_of": {
        const raw = isScalar(v) ? String(v.value) : null;
        const d = raw === null ? null : parseIso(raw);
        if (d === null || d.year === null) {
          ctx.report(v, `${what}.as_of must be a date YYYY, YYYY-MM or YYYY-MM-DD`);
          ok = false;
        } else asOf = raw;
        break;
      }
      case "groups":
        if (!isMap(v)) {
          ctx.report(v, `${what}.groups must be a mapping of phrase to figure`);
          ok = false;
          break;
        }
        for (const [phrase, , gv] of pairsOf(ctx, v)) {
          const g = readFigure(ctx, gv, `${what}.groups["${phrase}"]`, false);
          if (g === null) ok = false;
          else groups.set(phrase, g);
        }
        break;
      default:
        ctx.report(keyNode, `unknown key "${key}" in ${what} (expected ${FIGURE_KEYS.join(", ")})`, "warning");
    }
  }
  if (!ok) return null;
  if (value !== null && (min !== null || max !== null)) {
    ctx.report(node, `${what}: give value, or min and max, not both`);
    return null;
  }
  if (value === null && (min === null || max === null)) {
    ctx.report(node, `${what} needs value, or both min and max`);
    return null;
  }
  if (value === null && min !== null && max !== null && min > max) {
    ctx.report(node, `${what}: min ${min} is greater than max ${max}`);
    return null;
  }
  if (inList && asOf === null) {
    ctx.report(node, `${what}: each figure in a list of revisions needs as_of`);
    return null;
  }
  return { min: value ?? min ?? 0, max: value ?? max ?? 0, groups, asOf, line };
}
