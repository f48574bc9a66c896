/**
 * Scoring extraction the TempEval-3 way: system and gold mentions match
 * *relaxed* when their spans overlap (one-to-one, the largest overlap first),
 * *strict* when the spans are identical; precision, recall and F1 are
 * micro-averaged; value accuracy is computed over relaxed matches, and value
 * F1 = value accuracy × relaxed F1.
 */

export interface Mention<V = unknown> {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: V;
  /** For dates: was the year written in the text (or did it need the publication date or context)? */
  readonly yearWritten?: boolean;
}

export interface Tally {
  system: number;
  gold: number;
  relaxed: number;
  strict: number;
  valueCorrect: number;
  /** Value accuracy split for dates: [correct, matched] with the year written, and without. */
  written: [number, number];
  implied: [number, number];
  misses: Array<{ kind: "fp" | "fn" | "value"; doc: string; text: string; detail: string }>;
}

export const emptyTally = (): Tally => ({ system: 0, gold: 0, relaxed: 0, strict: 0, valueCorrect: 0, written: [0, 0], implied: [0, 0], misses: [] });

const overlap = (a: Mention, b: Mention) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function score<V>(tally: Tally, system: readonly Mention<V>[], gold: readonly Mention<V>[], equal: (s: V, g: V) => boolean, show: (v: V) => string): void {
  tally.system += system.length;
  tally.gold += gold.length;
  const pairs: Array<[number, number, number]> = [];
  system.forEach((s, i) => gold.forEach((g, j) => {
    if (s.doc === g.doc) {
      const o = overlap(s, g);
      if (o > 0) pairs.push([o, i, j]);
    }
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedS.has(i) || usedG.has(j)) continue;
    usedS.add(i);
    usedG.add(j);
    const s = system[i]!;
    const g = gold[j]!;
    tally.relaxed++;
    if (s.start === g.start && s.end === g.end) tally.strict++;
    const ok = equal(s.value, g.value);
    if (ok) tally.valueCorrect++;
    else tally.misses.push({ kind: "value", doc: g.doc, text: g.text, detail: `system ${show(s.value)} ≠ gold ${show(g.value)} (system text "${s.text}")` });
    if (g.yearWritten !== undefined) {
      const bucket = g.yearWritten ? tally.written : tally.implied;
      bucket[1]++;
      if (ok) bucket[0]++;
    }
  }
  system.forEach((s, i) => {
    if (!usedS.has(i)) tally.misses.push({ kind: "fp", doc: s.doc, text: s.text, detail: show(s.value) });
  });
  gold.forEach((g, j) => {
    if (!usedG.has(j)) tally.misses.push({ kind: "fn", doc: g.doc, text: g.text, detail: show(g.value) });
  });
}

export interface Metrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly strictF1: number;
  readonly valueAccuracy: number;
  readonly valueF1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function metrics(t: Tally): Metrics {
  const precision = ratio(t.relaxed, t.system);
  const recall = ratio(t.relaxed, t.gold);
  const f1 = harmonic(precision, recall);
  const strictF1 = harmonic(ratio(t.strict, t.system), ratio(t.strict, t.gold));
  const valueAccuracy = ratio(t.valueCorrect, t.relaxed);
  return { precision, recall, f1, strictF1, valueAccuracy, valueF1: valueAccuracy * f1 };
}
