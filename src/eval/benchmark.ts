/**
 * The verdict benchmark: articles with gold claims (eval/dev), a reference
 * base written independently from them (eval/bench/base), and copies of each
 * article with one checkable claim made false by a script (plant.ts). It
 * reports what the held-out benchmark measures:
 * - of the planted errors, how many are contradicted (target ≥ 98 %) and
 *   how many supported (target: none);
 * - contradictions on the unmodified articles (target: none);
 * - of the checkable claims — gold claims whose fact the base holds — how many
 *   are supported (target ≥ 90 %).
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { buildBase } from "../load/base/index.js";
import type { Base, Entry } from "../model/base.js";
import type { Finding } from "../model/finding.js";
import { loadArticle } from "../load/article.js";
import { createChecker } from "../engine.js";
import { compareDates } from "../verify/date.js";
import { qualifierHolds } from "../verify/count.js";
import { nameKeys, wordKeys } from "../link/normalize.js";
import { plant, plantCountWith, plantDate, plantedDateValues, plantTreaty } from "./plant.js";

interface GoldClaim {
  kind: "count" | "date" | "treaty";
  text: string;
  occurrence?: number;
  measure?: string;
  qualifier?: string;
  value?: number | string | null;
  min?: number;
  max?: number;
  name?: string;
  year?: number;
}

export interface Miss {
  readonly article: string;
  readonly text: string;
  readonly detail: string;
}

export interface BenchResult {
  readonly articles: number;
  readonly checkable: number;
  readonly supported: number;
  readonly notSupported: Miss[];
  readonly cleanContradictions: Miss[];
  readonly planted: number;
  readonly plantedContradicted: number;
  readonly plantedSupported: Miss[];
  readonly plantedMissed: Miss[];
}

function nth(text: string, sub: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) if ((at = text.indexOf(sub, at + 1)) < 0) return -1;
  return at;
}

/** Entries about one article: its own file (NN-…) and the shared files (no NN- prefix). */
function entriesFor(base: Base, article: string): Entry[] {
  const prefix = /^(\d+)-/.exec(article)?.[1];
  return base.entries.filter((e) => {
    const file = basename(e.file);
    const p = /^(\d+)-/.exec(file)?.[1];
    return p === undefined || p === prefix;
  });
}

/** The figures of the entries that a gold count's measure may be checked against, with their groups. */
function figuresOf(g: GoldClaim, entries: readonly Entry[]): Array<{ min: number; max: number }> {
  return entries.flatMap((e) =>
    [...e.counts].flatMap(([key, figures]) => {
      const words = wordKeys(key);
      return key === g.measure || words[words.length - 1] === g.measure ? figures.flatMap((f) => [f, ...f.groups.values()]) : [];
    }),
  );
}

const holds = (g: GoldClaim, f: { min: number; max: number }) => qualifierHolds((g.qualifier ?? "exact") as never, Number(g.value ?? 0), g.min ?? 0, g.max ?? 0, f.min, f.max, 0.1, 0);

/** Does the base hold this gold claim's fact (independently of how claimcheck links)? */
function checkable(g: GoldClaim, entries: readonly Entry[]): boolean {
  switch (g.kind) {
    case "count": {
      if (typeof g.value !== "number" && g.qualifier !== "range") return false;
      return figuresOf(g, entries).some((f) => holds(g, f));
    }
    case "date": {
      const v = g.value === null || g.value === undefined ? null : String(g.value);
      if (v === null || v.startsWith("--")) return false;
      return entries.some((e) => e.date !== null && compareDates(v, null, e.date).result === "agree");
    }
    case "treaty": {
      const name = nameKeys(g.name ?? g.text).join(" ");
      return entries.some((e) => e.kind === "treaty" && [e.name, ...e.aliases].some((a) => nameKeys(a).join(" ") === name));
    }
  }
}

function replacementFor(g: GoldClaim, entries: readonly Entry[]): string | null {
  switch (g.kind) {
    case "count": {
      const p = plantCountWith(g.text, g.qualifier ?? "exact", g.qualifier === "range" || g.value === undefined ? undefined : Number(g.value));
      if (!p) return null;
      // A planted count must be false by the base: "up to three" made "up to one" is still true of 1–3.
      const first = p.factors[0]!;
      const last = p.factors[p.factors.length - 1]!;
      const now: GoldClaim = g.qualifier === "range" ? { ...g, min: (g.min ?? 0) * first, max: (g.max ?? 0) * last } : { ...g, value: Number(g.value ?? 0) * first };
      return figuresOf(g, entries).some((f) => holds(g, f) && holds(now, f)) ? null : p.text;
    }
    case "date":
      return /\b(?:yesterday|today|tomorrow|last|next|ago)\b/i.test(g.text) ? null : plantDate(g.text);
    case "treaty":
      return plantTreaty(g.text);
  }
}

const overlapping = (findings: readonly Finding[], start: number, end: number, kind: string) =>
  findings.filter((f) => f.claim.kind === kind && f.claim.start < end && start < f.claim.end);

/**
 * `plantsPerArticle`: copies per article, one per kind (count, date, treaty),
 * each false in the first checkable claim of its kind that can be made false;
 * `every`: a copy for every checkable claim instead (a larger, slower sample).
 */
export function runBenchmark(devDir: string, baseDir: string, options: { plantsPerArticle?: number; every?: boolean } = {}): BenchResult {
  const files = readdirSync(baseDir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const base = buildBase(files.map((f) => ({ path: join(baseDir, f), bytes: readFileSync(join(baseDir, f)) })), [baseDir]).base;
  const check = createChecker(base);
  const perArticle = options.plantsPerArticle ?? 3;
  const r = { checkable: 0, supported: 0, notSupported: [] as Miss[], cleanContradictions: [] as Miss[], planted: 0, plantedContradicted: 0, plantedSupported: [] as Miss[], plantedMissed: [] as Miss[] };
  const goldFiles = readdirSync(join(devDir, "gold")).filter((f) => f.endsWith(".yaml")).sort();
  for (const gf of goldFiles) {
    const gold = parse(readFileSync(join(devDir, "gold", gf), "utf8"), { version: "1.2", schema: "core" }) as { article: string; claims: GoldClaim[] };
    const text = readFileSync(join(devDir, "articles", gold.article), "utf8").replace(/^\uFEFF/, "");
    const clean = check(loadArticle(gold.article, text));
    for (const f of clean.findings) if (f.verdict === "contradicted") r.cleanContradictions.push({ article: gold.article, text: f.claim.text, detail: f.reason });
    const entries = entriesFor(base, gold.article);
    const candidates: Array<{ g: GoldClaim; start: number; end: number }> = [];
    for (const g of gold.claims ?? []) {
      const start = nth(text, g.text, g.occurrence ?? 1);
      if (start < 0 || !checkable(g, entries)) continue;
      const end = start + g.text.length;
      // Datelines, statements, toll updates and points of comparison are not facts of an event (see DateRole).
      const role = overlapping(clean.findings, start, end, "date").find((f) => f.claim.kind === "date" && f.claim.role !== "event");
      if (role) continue;
      r.checkable++;
      const found = overlapping(clean.findings, start, end, g.kind);
      if (found.some((f) => f.verdict === "supported")) r.supported++;
      else r.notSupported.push({ article: gold.article, text: g.text, detail: found.length ? found.map((f) => f.reason).join(" | ") : "no claim extracted" });
      candidates.push({ g, start, end });
    }
    // One planted error per kind (up to perArticle copies), in a stable order.
    const kinds = ["count", "date", "treaty"] as const;
    let copies = 0;
    for (const kind of kinds) {
      if (copies >= perArticle && !options.every) break;
      for (const c of candidates.filter((x) => x.g.kind === kind)) {
        const replacement = replacementFor(c.g, entries);
        if (replacement === null || replacement === c.g.text) continue;
        // A planted date must be false by the base: a moved weekday may still fall inside the entry's interval.
        if (kind === "date") {
          const vs = plantedDateValues(String(c.g.value), c.g.text);
          if (vs.length === 0 || vs.some((v) => entries.some((e) => e.date !== null && compareDates(v, null, e.date).result === "agree"))) continue;
        }
        const p = plant(text, c.start, c.end, replacement);
        const planted = check(loadArticle(gold.article, p.text));
        const found = overlapping(planted.findings, p.start, p.end, kind);
        r.planted++;
        copies++;
        const label = { article: gold.article, text: `${p.was} → ${p.now}` };
        if (found.some((f) => f.verdict === "contradicted")) r.plantedContradicted++;
        else if (found.some((f) => f.verdict === "supported")) r.plantedSupported.push({ ...label, detail: found.map((f) => f.reason).join(" | ") });
        else r.plantedMissed.push({ ...label, detail: found.length ? found.map((f) => f.reason).join(" | ") : "no claim extracted" });
        if (!options.every) break;
      }
    }
  }
  return { articles: goldFiles.length, ...r };
}

export function formatBenchmark(b: BenchResult, verbose: boolean): string {
  const pct = (a: number, n: number) => (n === 0 ? "-" : `${((100 * a) / n).toFixed(1)} %`);
  const lines = [
    `articles: ${b.articles}`,
    `checkable claims supported: ${b.supported}/${b.checkable} (${pct(b.supported, b.checkable)}; target ≥ 90 %)`,
    `contradictions on the unmodified articles: ${b.cleanContradictions.length} (target 0)`,
    `planted errors contradicted: ${b.plantedContradicted}/${b.planted} (${pct(b.plantedContradicted, b.planted)}; target ≥ 98 %)`,
    `planted errors supported: ${b.plantedSupported.length} (target 0)`,
  ];
  const list = (title: string, ms: readonly Miss[]) => {
    if (ms.length === 0) return;
    lines.push("", `${title}:`);
    for (const m of ms) lines.push(`  ${m.article}: "${m.text}" — ${m.detail}`);
  };
  list("contradicted on unmodified articles", b.cleanContradictions);
  list("planted errors supported", b.plantedSupported);
  if (verbose) {
    list("planted errors not contradicted", b.plantedMissed);
    list("checkable claims not supported", b.notSupported);
  }
  return `${lines.join("\n")}\n`;
}
