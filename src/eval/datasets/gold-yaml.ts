/**
 * Our own gold format, for news-style articles: `<dir>/articles/<file>` and
 * `<dir>/gold/<name>.yaml`, each listing the claims of one article by their
 * text (and which occurrence), with the values a careful annotator gives.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { extract } from "../../index.js";
import type { Kind, CountV, DateV, TreatyV } from "../claims.js";
import { mentionsOfClaims } from "../claims.js";
import type { Mention } from "../score.js";

interface GoldClaim {
  kind: Kind;
  text: string;
  occurrence?: number;
  measure?: string;
  qualifier?: string;
  value?: number | string | null;
  min?: number;
  max?: number;
  to?: string;
  name?: string;
  year?: number;
}

interface GoldFile {
  article: string;
  published: string | null;
  claims: GoldClaim[];
}

export interface Loaded {
  readonly docs: number;
  readonly system: Record<Kind, Mention[]>;
  readonly gold: Record<Kind, Mention[]>;
  readonly published: { right: number; total: number; wrong: string[] };
}

function nthIndex(text: string, sub: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(sub, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function goldValue(c: GoldClaim): CountV | DateV | TreatyV {
  switch (c.kind) {
    case "count":
      return c.qualifier === "range" ? { measure: c.measure ?? "", qualifier: "range", min: c.min ?? null, max: c.max ?? null } : { measure: c.measure ?? "", qualifier: c.qualifier ?? "exact", value: typeof c.value === "number" ? c.value : null };
    case "date": {
      const value = c.value === null || c.value === undefined ? null : String(c.value);
      return c.to !== undefined ? { value, to: String(c.to) } : { value };
    }
    case "treaty":
      return { name: c.name ?? c.text, year: c.year ?? null };
  }
}

export function loadGoldYaml(dir: string): Loaded {
  const system: Record<Kind, Mention[]> = { count: [], date: [], treaty: [] };
  const gold: Record<Kind, Mention[]> = { count: [], date: [], treaty: [] };
  const published = { right: 0, total: 0, wrong: [] as string[] };
  const files = readdirSync(join(dir, "gold")).filter((f) => f.endsWith(".yaml")).sort();
  for (const f of files) {
    const g = parse(readFileSync(join(dir, "gold", f), "utf8"), { version: "1.2", schema: "core" }) as GoldFile;
    const path = join(dir, "articles", g.article);
    const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    const [file] = extract([{ path: g.article, text }]);
    const claims = file?.claims ?? [];
    published.total++;
    const pub = file?.doc.published ?? null;
    if (pub === (g.published === null || g.published === undefined ? null : String(g.published))) published.right++;
    else published.wrong.push(`${g.article}: system ${pub}, gold ${g.published}`);
    for (const kind of ["count", "date", "treaty"] as const) system[kind].push(...mentionsOfClaims(g.article, claims, kind));
    for (const c of g.claims ?? []) {
      const at = nthIndex(text, c.text, c.occurrence ?? 1);
      if (at < 0) throw new Error(`${f}: "${c.text}" (occurrence ${c.occurrence ?? 1}) is not in ${g.article}`);
      const m: Mention = { doc: g.article, start: at, end: at + c.text.length, text: c.text, value: goldValue(c) };
      gold[c.kind].push(c.kind === "date" ? { ...m, yearWritten: /\b\d{4}\b/.test(c.text) } : m);
    }
  }
  return { docs: files.length, system, gold, published };
}
