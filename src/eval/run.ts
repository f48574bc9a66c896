/**
 * `npm run eval -- <dataset> [--errors N] [--json] [--min-f1 X] [--min-value Y]`:
 * scores `extract` against annotated text and prints, per claim kind,
 * precision, recall, F1 (relaxed span overlap, one-to-one), strict F1, value
 * accuracy and value F1. The dataset is recognised from its layout: our YAML
 * gold (articles/ + gold/), WikiWars (gold.tsv + text/), or Recognizers-Text
 * specs (Number/ + DateTime/).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { EQUAL, SHOW } from "./claims.js";
import type { Kind } from "./claims.js";
import { loadGoldYaml } from "./datasets/gold-yaml.js";
import { loadRecognizers } from "./datasets/recognizers.js";
import { loadWikiwars } from "./datasets/wikiwars.js";
import { emptyTally, metrics, score } from "./score.js";
import type { Metrics, Tally } from "./score.js";

export interface Row {
  readonly name: string;
  readonly tally: Tally;
  readonly metrics: Metrics;
}

export interface EvalResult {
  readonly dataset: string;
  readonly type: "gold-yaml" | "wikiwars" | "recognizers";
  readonly docs: number;
  readonly rows: Row[];
  readonly notes: string[];
}

export function evaluate(dir: string): EvalResult {
  if (existsSync(join(dir, "gold")) && existsSync(join(dir, "articles"))) {
    const loaded = loadGoldYaml(dir);
    const rows = (["count", "date", "treaty"] as Kind[]).map((kind) => {
      const tally = emptyTally();
      score(tally, loaded.system[kind], loaded.gold[kind], EQUAL[kind], SHOW[kind]);
      return { name: kind, tally, metrics: metrics(tally) };
    });
    const p = loaded.published;
    return { dataset: dir, type: "gold-yaml", docs: loaded.docs, rows, notes: [`publication date found for ${p.right}/${p.total} articles${p.wrong.length ? ` (wrong: ${p.wrong.join("; ")})` : ""}`] };
  }
  if (existsSync(join(dir, "gold.tsv"))) {
    const w = loadWikiwars(dir);
    const tally = emptyTally();
    score(tally, w.system, w.gold, EQUAL.date, SHOW.date);
    return { dataset: dir, type: "wikiwars", docs: w.docs, rows: [{ name: "date", tally, metrics: metrics(tally) }], notes: ["no publication date (the dct column is a download date): days without a year are --MM-DD by the contract, so implied-year value accuracy is expected to be low"] };
  }
  if (existsSync(join(dir, "Number")) || existsSync(join(dir, "DateTime"))) {
    const rows = loadRecognizers(dir).map((s) => {
      const tally = emptyTally();
      score(tally, s.system, s.gold, s.equal, s.show);
      return { name: `${s.name} (${s.cases} cases)`, tally, metrics: metrics(tally) };
    });
    return { dataset: dir, type: "recognizers", docs: 0, rows, notes: ["single developer-written sentences, not news: a coverage check"] };
  }
  throw new Error(`${dir}: not a dataset (expected articles/ + gold/, gold.tsv + text/, or Number/ + DateTime/)`);
}

const pct = (x: number) => x.toFixed(3);

export function formatResult(r: EvalResult, errors: number): string {
  const lines = [`dataset ${r.dataset} (${r.type}${r.docs ? `, ${r.docs} documents` : ""})`];
  lines.push(`${"kind".padEnd(30)} ${"gold".padStart(6)} ${"system".padStart(6)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)} ${"strict".padStart(6)} ${"value".padStart(6)} ${"valF1".padStart(6)}`);
  for (const row of r.rows) {
    const m = row.metrics;
    lines.push(`${row.name.padEnd(30)} ${String(row.tally.gold).padStart(6)} ${String(row.tally.system).padStart(6)} ${pct(m.precision).padStart(6)} ${pct(m.recall).padStart(6)} ${pct(m.f1).padStart(6)} ${pct(m.strictF1).padStart(6)} ${pct(m.valueAccuracy).padStart(6)} ${pct(m.valueF1).padStart(6)}`);
    const [wc, wn] = row.tally.written;
    const [ic, inn] = row.tally.implied;
    if (wn + inn > 0) lines.push(`${"".padEnd(30)} value accuracy: year written ${wn ? pct(wc / wn) : "-"} (${wn}), year implied ${inn ? pct(ic / inn) : "-"} (${inn})`);
  }
  for (const n of r.notes) lines.push(`note: ${n}`);
  if (errors > 0) {
    for (const row of r.rows) {
      const shown = row.tally.misses.slice(0, errors);
      if (shown.length === 0) continue;
      lines.push(``, `${row.name}: first ${shown.length} of ${row.tally.misses.length} errors`);
      for (const e of shown) lines.push(`  ${e.kind.padEnd(5)} ${e.doc}: "${e.text}" — ${e.detail}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export interface Thresholds {
  readonly minF1: number | null;
  readonly minValue: number | null;
}

export function belowThresholds(r: EvalResult, t: Thresholds): string[] {
  const out: string[] = [];
  for (const row of r.rows) {
    if (t.minF1 !== null && row.metrics.f1 < t.minF1) out.push(`${row.name}: F1 ${pct(row.metrics.f1)} < ${t.minF1}`);
    if (t.minValue !== null && row.metrics.valueAccuracy < t.minValue) out.push(`${row.name}: value accuracy ${pct(row.metrics.valueAccuracy)} < ${t.minValue}`);
  }
  return out;
}
